import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { mapSvg, readSvgInterchange } from '../../../shared/export/mapSvg';
import { EmbeddedMapDamaged } from '../../../shared/export/xml';
import { voteCount } from '../../../shared/export/voteCount';
import { createTranslator } from '../../../shared/i18n';
import { parseInterchangeText } from '../../../shared/schema';
import { loadFixture, trickyMap } from './fixtures';

const date = new Date('2026-06-01T12:00:00Z');
function render(map = loadFixture(), lang: 'en' | 'es' = 'en') {
  const t = createTranslator(lang);
  return mapSvg(map, { t, lang, date, voteCount: voteCount(map, t) });
}

function texts(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const out: string[] = [];
  const els = doc.getElementsByTagName('text');
  for (let i = 0; i < els.length; i++) out.push(els[i]!.textContent ?? '');
  return out;
}

describe('map SVG', () => {
  it('parses as XML and holds every actor name, title, town, date and labels as text', () => {
    const map = loadFixture();
    const svg = render(map);
    const all = texts(svg).join('\n');
    for (const a of map.actors) expect(all).toContain(a.name);
    for (const s of [map.title, 'Winooski', 'June 1, 2026', 'Active opponent', 'Lean yes', 'Power / influence', 'Legend', 'Chance of adoption', 'Progressive caucus']) {
      expect(all).toContain(s);
    }
    expect(all).toMatch(/Needed: 5 of 9 seats/);
  });

  it('follows the language', () => {
    const all = texts(render(loadFixture(), 'es')).join('\n');
    for (const s of ['1 de junio de 2026', 'Oponente activo', 'Tiende a sí', 'Poder / influencia', 'Probabilidad de adopción', 'Leyenda']) expect(all).toContain(s);
  });

  it('keeps markup in names as literal text and embeds the map so it re-imports unchanged', () => {
    const map = trickyMap();
    const svg = render(map);
    expect(svg).not.toContain('<img');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('img').length).toBe(0);
    expect(texts(svg)).toContain('<img src=x onerror=alert(1)>');
    const back = parseInterchangeText(readSvgInterchange(svg)!);
    expect(back.ok && back.map).toEqual(map);
  });

  it('still draws a map the projection refuses, naming why', () => {
    const map = loadFixture();
    map.body.seats = 3; // nine members now hold seats on a body of three
    const all = texts(render(map)).join(' ');
    expect(all).toMatch(/No projection yet/);
  });

  it('has no embedded map in a preview rendering', () => {
    const map = loadFixture();
    const t = createTranslator('en');
    expect(readSvgInterchange(mapSvg(map, { t, lang: 'en', date, voteCount: voteCount(map, t), embed: false }))).toBeNull();
  });

  it('reads metadata in one pass: 5 MB of "<metadata " without a ">" is answered, not scanned once per repetition', () => {
    // A quadratic scan takes about 45 minutes here; a linear one well under the test's timeout.
    expect(readSvgInterchange(`<svg>${'<metadata '.repeat(500_000)}`)).toBeNull();
    expect(readSvgInterchange(`<svg>${'<metadata x="1">'.repeat(300_000)}</svg>`)).toBeNull();
    const svg = mapSvg(loadFixture(), { t: createTranslator('en'), lang: 'en', date, voteCount: voteCount(loadFixture(), createTranslator('en')) });
    expect(readSvgInterchange(`${'<metadata '.repeat(1000)}>${svg}`)).not.toBeNull();
  });

  it('refuses character references no XML may hold, as a damaged embedded map', () => {
    for (const ref of ['&#x110000;', '&#0;', '&#xD800;', '&#99999999999;']) {
      expect(() => readSvgInterchange(`<svg><metadata id="powermap-interchange">"${ref}"</metadata></svg>`), ref).toThrow(EmbeddedMapDamaged);
    }
  });
});
