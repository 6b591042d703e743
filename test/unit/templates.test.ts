/** Body templates build a ready-to-place body that the interchange schema and the engine accept. */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n';
import { emptyMap } from '../../shared/model';
import { actorStrict } from '../../shared/opSchema';
import { project, toProjectionInput } from '../../shared/projection';
import { bodySchema } from '../../shared/schema';
import { BODY_TEMPLATES, buildTemplate, MAX_TEMPLATE_SEATS } from '../../shared/templates';

const en = createTranslator('en');
const es = createTranslator('es');

function mapOf(id: string, n?: number) {
  const { body, actors } = buildTemplate(id, en, n);
  return { ...emptyMap('Riverton', '', '2026-01-01T00:00:00.000Z'), body, actors };
}

describe('body templates', () => {
  it('every template builds a body and unplaced actors the contract accepts', () => {
    for (const tpl of BODY_TEMPLATES) {
      const { body, actors } = buildTemplate(tpl.id, en);
      expect(bodySchema.safeParse(body).success, tpl.id).toBe(true);
      for (const a of actors) expect(actorStrict.safeParse(a).success, `${tpl.id}/${a.id}`).toBe(true);
      expect(actors.every((a) => a.x === null && a.y === null)).toBe(true);
      expect(actors.filter((a) => a.seat)).toHaveLength(body.seats);
      // And the engine can project the empty body straight away (every seat neutral).
      expect(() => project(toProjectionInput(mapOf(tpl.id)))).not.toThrow();
    }
  });

  it('a Vermont Selectboard of 5 needs a majority of the whole board: 3 votes', () => {
    const map = mapOf('selectboard-5');
    expect(map.body).toMatchObject({ name: 'Selectboard', seats: 5, rule: { basis: 'whole', threshold: 'majority' }, tieBreaker: null, executive: null });
    expect(map.actors.map((a) => a.name)).toEqual(['Seat 1', 'Seat 2', 'Seat 3', 'Seat 4', 'Seat 5']);
    expect(project(toProjectionInput(map)).threshold.needed).toBe(3);
    expect(project(toProjectionInput(mapOf('selectboard-3'))).threshold.needed).toBe(2);
  });

  it('names seats and roles in Spanish', () => {
    const { body, actors } = buildTemplate('selectboard-3', es);
    expect(actors.map((a) => a.name)).toEqual(['Asiento 1', 'Asiento 2', 'Asiento 3']);
    expect(actors[0]!.role).toBe('Miembro de la Selectboard');
    expect(body.name).toBe('Junta de Gobierno Local (Selectboard)');
  });

  it('a council of N with a veto mayor: an unseated executive and a two-thirds override', () => {
    const map = mapOf('council-veto', 9);
    expect(map.body.seats).toBe(9);
    expect(map.body.executive).toEqual({ actor: 'executive', override: 'two-thirds' });
    const mayor = map.actors.find((a) => a.id === 'executive')!;
    expect(mayor).toMatchObject({ name: 'Mayor', seat: false, kind: 'decision-maker' });
    expect(project(toProjectionInput(map)).threshold.override).toBe(6);
    expect(mapOf('council-veto', 500).body.seats).toBe(MAX_TEMPLATE_SEATS);
    expect(mapOf('council-veto', 0).body.seats).toBe(1);
  });

  it('a council with a presiding mayor who breaks ties', () => {
    const map = mapOf('council-tie', 4);
    expect(map.body.tieBreaker).toBe('tie-breaker');
    expect(map.actors.find((a) => a.id === 'tie-breaker')!.seat).toBe(false);
    expect(project(toProjectionInput(map)).threshold.tieBreaker).toBe(true);
  });

  it('a police chief or town manager decides alone, and fixed-size templates ignore a seat count', () => {
    const map = mapOf('administrator', 7);
    expect(map.body.seats).toBe(1);
    expect(project(toProjectionInput(map)).threshold).toMatchObject({ needed: 1, quorum: 1 });
    expect(() => buildTemplate('nope', en)).toThrow(/unknown body template/);
  });

  it('every template has a name and hint in both languages', () => {
    for (const tpl of BODY_TEMPLATES) {
      for (const t of [en, es]) {
        expect(t(`templates.${tpl.id}.name`)).not.toContain('templates.');
        expect(t(`templates.${tpl.id}.hint`)).not.toContain('templates.');
      }
    }
  });
});
