import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInterchange, parseInterchangeText, toInterchange } from '../../shared/schema';
import { FIXTURES } from '../store/helpers';

const minimal = { format: 'powermap', version: 1, town: 'Riverton', body: { seats: 5 } };

describe('the interchange format', () => {
  it('reads every worked example and writes it back unchanged', () => {
    for (let i = 1; i <= 5; i++) {
      const parsed = parseInterchangeText(fs.readFileSync(path.join(FIXTURES, `examples/example-${i}.json`), 'utf8'), 'T');
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      const again = parseInterchange(JSON.parse(JSON.stringify(toInterchange(parsed.map))), 'other');
      expect(again).toEqual(parsed);
    }
  });

  it('fills defaults for missing optional fields and ignores unknown ones', () => {
    const parsed = parseInterchange({ ...minimal, extra: 1, actors: [{ id: 'a', kind: 'influencer', name: 'A', colour: 'red' }] }, 'T');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.map.stances).toEqual([0.05, 0.25, 0.5, 0.75, 0.95]);
    expect(parsed.map.body.rule).toEqual({ basis: 'whole', threshold: 'majority', quorum: null });
    expect(parsed.map.actors[0]).toEqual({
      id: 'a', kind: 'influencer', name: 'A', role: '', notes: '', x: null, y: null, seat: false, pYes: null, pPresent: 1, recused: false,
    });
    expect(parsed.map).not.toHaveProperty('extra');
  });

  it.each([
    [{ ...minimal, format: 'other' }, 'format'],
    [{ ...minimal, version: 3 }, 'version'],
    [{ ...minimal, town: 3 }, 'town'],
    [{ ...minimal, body: { seats: 0 } }, 'body.seats'],
    [{ ...minimal, actors: [{ id: 'a', kind: 'mayor', name: 'A' }] }, 'actors[0].kind'],
    [{ ...minimal, actors: [{ id: 'a', kind: 'influencer', name: 'A', x: 1.5, y: 0.5 }] }, 'actors[0].x'],
    [{ ...minimal, actors: [{ id: 'a', kind: 'influencer', name: 'A' }, { id: 'a', kind: 'influencer', name: 'B' }] }, 'actors[1].id'],
    [{ ...minimal, links: [{ from: 'x', to: 'y' }] }, 'links[0].from'],
    [{ ...minimal, body: { seats: 5, tieBreaker: 'ghost' } }, 'body.tieBreaker'],
    [{ ...minimal, body: { seats: 3, rule: { quorum: 4 } } }, 'body.rule.quorum'],
    [{ ...minimal, stances: [0, 0.2, 0.5, 2, 1] }, 'stances[3]'],
  ])('names the bad field (%#)', (data, field) => {
    const parsed = parseInterchange(data, 'T');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.field)).toContain(field);
  });

  it('reports a JSON syntax error, a BOM is fine', () => {
    expect(parseInterchangeText('{"format": "powermap",', 'T')).toMatchObject({ ok: false, problems: [{ field: '(json)' }] });
    expect(parseInterchangeText(`\uFEFF${JSON.stringify(minimal)}`, 'T').ok).toBe(true);
  });

  it('puts a member in at most one block', () => {
    const data = {
      ...minimal,
      actors: [{ id: 'a', kind: 'decision-maker', name: 'A', seat: true }],
      blocks: [
        { id: 'b1', members: ['a'] },
        { id: 'b2', members: ['a'] },
      ],
    };
    const parsed = parseInterchange(data, 'T');
    expect(parsed).toMatchObject({ ok: false, problems: [{ field: 'blocks[1].members[0]' }] });
  });
});
