/** Accessible names of actors, built from cached sentences per language, kind and column. */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n';
import { newActor } from '../../../shared/model';
import { actorLabel, linkLabel } from '../../../renderer/grid/actorLabel';

describe('actorLabel', () => {
  const en = createTranslator('en');
  const es = createTranslator('es');

  it('names the actor, its kind and its column in the language of the translator', () => {
    const ana = newActor('a', 'decision-maker', 'Ana Ruiz', { x: 0.3, y: 0.5 });
    expect(actorLabel(en, ana)).toBe('Ana Ruiz, decision-maker, passive ally');
    expect(actorLabel(es, ana)).toBe('Ana Ruiz, persona que decide, aliado pasivo');
    // The same kind and column with another name reuses the sentence, not the name.
    expect(actorLabel(en, { ...ana, name: 'Bob Chen' })).toBe('Bob Chen, decision-maker, passive ally');
    expect(actorLabel(en, { ...ana, x: -0.9 })).toBe('Ana Ruiz, decision-maker, active opponent');
    expect(actorLabel(es, newActor('b', 'influencer', 'Iglesia', {}))).toBe('Iglesia, persona o grupo influyente, todavía sin colocar');
  });

  it('keeps a name literally, whatever characters it holds', () => {
    for (const name of ['$& $1 $$', '{{name}}', 'Ana\u0000name\u0000', '<b>x</b>']) {
      expect(actorLabel(en, newActor('c', 'influencer', name, { x: 0, y: 0 }))).toBe(`${name}, influencer, neutral`);
    }
  });

  it('names a link by both ends, in each language, with names kept literally', () => {
    expect(linkLabel(en, 'Migrant Justice', 'Gina Patel')).toBe('Migrant Justice influences Gina Patel');
    expect(linkLabel(es, 'Migrant Justice', 'Gina Patel')).toBe('Migrant Justice influye en Gina Patel');
    expect(linkLabel(en, 'A\u0000to\u0000', '$& {{from}}')).toBe('A\u0000to\u0000 influences $& {{from}}');
  });
});
