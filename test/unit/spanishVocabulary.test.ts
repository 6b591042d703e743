/**
 * The Spanish catalogue speaks one plain vocabulary (DESIGN.md §2): a seat is always a "puesto", a
 * member an "integrante", the body the "Órgano que decide", and a Selectboard is named only as
 * "Junta de Gobierno Local (Selectboard)".
 */
import { describe, expect, it } from 'vitest';
import { CATALOGS, catalogKeys, createTranslator, type Catalog } from '../../shared/i18n';
import { joinNames } from '../../shared/listFormat';

function lookup(c: Catalog, key: string): string {
  return key.split('.').reduce<unknown>((node, k) => (node as Catalog)[k], c) as string;
}

const spanish = catalogKeys(CATALOGS.es).map((key) => ({ key, text: lookup(CATALOGS.es, key) }));

/** Words that name the same thing as the design's word, or translate too literally. */
const NOT_OURS: { word: RegExp; use: string }[] = [
  { word: /asiento/i, use: 'puesto' },
  { word: /escaño/i, use: 'puesto' },
  { word: /\bcuerpo\b/i, use: 'órgano que decide' },
  { word: /\bmiembros?\b/i, use: 'integrante' },
  { word: /sin ubicar/i, use: 'sin colocar' },
];

describe('the Spanish catalogue', () => {
  it('uses "puesto", "integrante" and "órgano que decide", never their rivals', () => {
    const found = spanish.flatMap(({ key, text }) => NOT_OURS.filter(({ word }) => word.test(text)).map(({ word, use }) => `${key}: ${word} in “${text}” (use “${use}”)`));
    expect(found).toEqual([]);
  });

  it('names a Selectboard only as "Junta de Gobierno Local (Selectboard)"', () => {
    const found = spanish.filter(({ text }) => /selectboard/i.test(text.replaceAll('Junta de Gobierno Local (Selectboard)', '')));
    expect(found).toEqual([]);
    // The check above has something to find: the template names the body that way.
    expect(createTranslator('es')('templates.selectboard-5.name')).toBe('Junta de Gobierno Local (Selectboard)');
  });

  it('keeps the design vocabulary for the deciding body, seats and members', () => {
    const es = createTranslator('es');
    expect(es('body.title')).toBe('Órgano que decide');
    expect(es('templates.seatName', { n: 1 })).toBe('Puesto 1');
    expect(es('projection.whipMember')).toBe('Integrante');
    expect(es('templates.council-veto.name')).toBe('Concejo Municipal');
    expect(es('blocks.heading')).toBe('Bloque de votación');
    expect(es('vocab.influencer')).toBe('Persona o grupo influyente');
    expect(es('vocab.swingVote')).toBe('Voto decisivo');
  });

  it('quotes with « » as Spanish does', () => {
    expect(spanish.filter(({ text }) => /[“”]/.test(text))).toEqual([]);
  });
});

describe('lists of names', () => {
  it('end with "and" / "y" in the UI language', () => {
    expect(joinNames(['Ana', 'Bob', 'Carla'], 'en')).toBe('Ana, Bob, and Carla');
    expect(joinNames(['Ana', 'Bob', 'Carla'], 'es')).toBe('Ana, Bob y Carla');
    expect(joinNames(['Ana'], 'es')).toBe('Ana');
    const es = createTranslator('es');
    expect(es('projection.minimalBody', { names: joinNames(['Ana', 'Bob'], 'es'), percent: '91 %' })).toBe('Mover a Ana y Bob a aliado activo: probabilidad de 91 %.');
  });
});
