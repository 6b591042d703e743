/** Body templates build a ready-to-place body that the interchange schema and the engine accept. */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n';
import { emptyMap } from '../../shared/model';
import { actorStrict } from '../../shared/opSchema';
import { project, toProjectionInput } from '../../shared/projection';
import { bodySchema } from '../../shared/schema';
import { applyOperation } from '../../shared/ops';
import { BODY_TEMPLATES, buildTemplate, defaultSeatRole, MAX_TEMPLATE_SEATS, seatRoleUpdates } from '../../shared/templates';
import { formFromMap, formToOperation } from '../../renderer/body/bodyForm';

const en = createTranslator('en');
const es = createTranslator('es');

function mapOf(id: string, n?: number, t = en) {
  const { body, actors } = buildTemplate(id, t, n);
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
    expect(actors.map((a) => a.name)).toEqual(['Puesto 1', 'Puesto 2', 'Puesto 3']);
    expect(actors[0]!.role).toBe('Integrante de la Junta de Gobierno Local');
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

  it('a City Council of N whose mayor votes as a member: the mayor holds one of the N seats, with no veto or tie-break', () => {
    const map = mapOf('council-mayor-member', 7);
    expect(map.body).toMatchObject({ name: 'City Council', seats: 7, executive: null, tieBreaker: null });
    expect(map.actors.filter((a) => a.seat)).toHaveLength(7);
    expect(map.actors.map((a) => a.name)).toEqual(['Seat 1', 'Seat 2', 'Seat 3', 'Seat 4', 'Seat 5', 'Seat 6', 'Mayor']);
    expect(map.actors.at(-1)).toMatchObject({ id: 'mayor', role: 'Mayor', seat: true, kind: 'decision-maker' });
    expect(map.actors.slice(0, -1).every((a) => a.role === 'City councilor')).toBe(true);
    const th = project(toProjectionInput(map)).threshold;
    expect(th).toMatchObject({ needed: 4, members: 7, override: null, tieBreaker: false });
    // A council of one is the mayor alone.
    expect(mapOf('council-mayor-member', 1).actors.map((a) => a.id)).toEqual(['mayor']);
    expect(mapOf('council-mayor-member', undefined, es).actors.at(-1)).toMatchObject({ name: 'Alcalde', role: 'Alcalde' });
  });
});

describe('seat roles follow the body', () => {
  it('renaming a Selectboard to a City Council renames the default roles in the same undo step, and keeps typed roles', () => {
    const map = mapOf('selectboard-5');
    map.actors[0] = { ...map.actors[0]!, role: 'Chair' };
    const r = formToOperation(map, { ...formFromMap(map), name: 'City Council' }, en);
    if (!('op' in r)) throw new Error('form refused');
    const { map: renamed, inverse } = applyOperation(map, r.op);
    expect(renamed.body.name).toBe('City Council');
    expect(renamed.actors.map((a) => a.role)).toEqual(['Chair', 'City councilor', 'City councilor', 'City councilor', 'City councilor']);
    // One undo puts back the name and every role.
    const undone = applyOperation(renamed, inverse).map;
    expect(undone.body.name).toBe('Selectboard');
    expect(undone.actors.map((a) => a.role)).toEqual(map.actors.map((a) => a.role));
    // Without a rename nothing else changes.
    const same = formToOperation(map, formFromMap(map), en);
    expect('op' in same && same.op.type === 'batch' && same.op.ops.filter((o) => o.type === 'actor.update')).toEqual([]);
  });

  it('a body of any name gets "<name> member"; a map made in Spanish follows a rename made in English', () => {
    const map = mapOf('selectboard-3', undefined, es);
    const ops = seatRoleUpdates(map, map.body.name, 'School Board', en);
    expect(ops).toHaveLength(3);
    const renamed = applyOperation(map, { type: 'batch', ops }).map;
    expect(renamed.actors.every((a) => a.role === 'School Board member')).toBe(true);
    // And onward: the generic role follows the next rename too, in Spanish this time.
    const again = applyOperation(renamed, { type: 'batch', ops: seatRoleUpdates(renamed, 'School Board', 'Junta Escolar', es) }).map;
    expect(again.actors.every((a) => a.role === 'Integrante de Junta Escolar')).toBe(true);
    expect(defaultSeatRole('Concejo Municipal', en)).toBe('City councilor');
    expect(defaultSeatRole('', en)).toBe('');
  });

  it('leaves roles alone when the old body had no name, and maps from before keep following', () => {
    const blank = { ...mapOf('selectboard-3'), body: { ...mapOf('selectboard-3').body, name: '' } };
    expect(seatRoleUpdates(blank, '', 'City Council', en)).toEqual([]);
    const old = mapOf('selectboard-3');
    old.actors = old.actors.map((a) => ({ ...a, role: 'Miembro de la Selectboard' }));
    expect(seatRoleUpdates(old, 'Junta de Gobierno Local (Selectboard)', 'Concejo Municipal', es)).toHaveLength(3);
  });
});
