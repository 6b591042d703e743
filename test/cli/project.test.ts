/** `powermap project` through the real binary: DESIGN.md §4's worked examples, scenarios, refusals. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalSet, project, toProjectionInput } from '../../shared/projection';
import { FIXTURES, fixtureMap, tempDir } from '../store/helpers';
import { powermap } from './run';

const EXACT = 1e-9;
const example = (n: number) => path.join(FIXTURES, `examples/example-${n}.json`);

function projectJson(args: string[]) {
  const r = powermap(['project', ...args, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('powermap project', () => {
  it('reproduces the five worked examples of DESIGN.md §4', () => {
    const one = projectJson([example(1)]);
    expect(Math.abs(one.pAdopt - 1 / 2)).toBeLessThan(EXACT);
    expect(Math.abs(one.expectedYes - 2.5)).toBeLessThan(EXACT);
    [189, 2433, 7378, 7378, 2433, 189].forEach((x, k) => expect(Math.abs(one.distribution[k] - x / 20000)).toBeLessThan(EXACT));
    expect(one.threshold).toMatchObject({ basis: 'whole', needed: 3, seats: 5 });

    // The fixture's block has cohesion 0.5.
    expect(Math.abs(projectJson([example(2)]).pAdopt - 0.482)).toBeLessThan(EXACT);
    expect(Math.abs(projectJson([example(3)]).pAdopt - 329 / 500)).toBeLessThan(EXACT);

    const four = projectJson([example(4)]);
    expect(Math.abs(four.pPass - 0.954147)).toBeLessThan(1e-6);
    expect(Math.abs(four.distribution.slice(8).reduce((s: number, q: number) => s + q, 0) - 0.809095)).toBeLessThan(1e-6);
    expect(Math.abs(four.pAdopt - 0.917884)).toBeLessThan(1e-6);
    expect(four.threshold).toMatchObject({ needed: 7, override: 8 });
    // And to 1e-9 against the engine run in-process on the same file.
    const engine = project(toProjectionInput(fixtureMap('examples/example-4.json')));
    expect(Math.abs(four.pAdopt - engine.pAdopt)).toBeLessThan(EXACT);
    expect(Math.abs(four.pPass - engine.pPass)).toBeLessThan(EXACT);

    expect(Math.abs(projectJson([example(5)]).pAdopt - 7787 / 12500)).toBeLessThan(EXACT);
  });

  it('lists every member with its name, chance and gains, and the smallest set to move', () => {
    const out = projectJson([example(3), '--target', '0.95']);
    const map = fixtureMap('examples/example-3.json');
    const input = toProjectionInput(map);
    const engine = project(input);
    expect(out.members).toHaveLength(4);
    out.members.forEach((m: Record<string, number | string>, i: number) => {
      expect(m.id).toBe(engine.members[i]!.id);
      expect(m.name).toBe(map.actors.find((a) => a.id === m.id)!.name);
      expect(Math.abs((m.pYes as number) - engine.members[i]!.pYes)).toBeLessThan(EXACT);
      expect(Math.abs((m.gainOneColumn as number) - engine.members[i]!.gainOneColumn)).toBeLessThan(EXACT);
      expect(Math.abs((m.gainToYes as number) - engine.members[i]!.gainToYes)).toBeLessThan(EXACT);
    });
    const expected = minimalSet(input, 0.95);
    expect(out.minimalSet).toMatchObject({ members: expected.members, exact: true, target: 0.95 });
    expect(Math.abs(out.minimalSet.pAdopt - expected.pAdopt)).toBeLessThan(EXACT);
    expect(out.minimalSet.pAdopt).toBeGreaterThanOrEqual(0.95);
  });

  it('works on a .powermap document as on its JSON', () => {
    const dir = tempDir();
    const doc = path.join(dir, 'ex5.powermap');
    expect(powermap(['import', example(5), doc]).code).toBe(0);
    const fromDoc = projectJson([doc]);
    const fromJson = projectJson([example(5)]);
    expect(fromDoc.pAdopt).toBe(fromJson.pAdopt);
    expect(fromDoc.distribution).toEqual(fromJson.distribution);
  });

  it('projects a saved what-if scenario by name, leaving the map as it is', () => {
    const dir = tempDir();
    const data = JSON.parse(fs.readFileSync(example(1), 'utf8'));
    data.scenarios = [{ id: 's1', name: 'Everyone yes', changes: data.actors.map((a: { id: string }) => ({ actor: a.id, pYes: 1 })) }];
    const file = path.join(dir, 'with-scenario.json');
    fs.writeFileSync(file, JSON.stringify(data));
    expect(Math.abs(projectJson([file]).pAdopt - 0.5)).toBeLessThan(EXACT);
    const what = projectJson([file, '--scenario', 'Everyone yes']);
    expect(what.scenario).toBe('Everyone yes');
    expect(what.pAdopt).toBe(1);
    const missing = powermap(['project', file, '--scenario', 'Nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No scenario named “Nope”');
    expect(missing.stderr).toContain('Everyone yes');
  });

  it('prints a readable table in English or Spanish', () => {
    const en = powermap(['project', example(4)]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Chance of adoption: 92% (very likely)');
    expect(en.stdout).toContain('Member 9');
    expect(en.stdout).toMatch(/Smallest set to move/);
    const es = powermap(['project', example(4), '--lang', 'es']);
    expect(es.code).toBe(0);
    expect(es.stdout).toMatch(/Probabilidad de adopción: 92\s% \(muy probable\)/);
    expect(es.stdout).toContain('Tiende a sí');
    expect(powermap(['project', '--help', '--lang', 'es']).stdout).toContain('Uso: powermap project');
  });

  it('refuses bad input with a clear message and exit code 1', () => {
    const badTarget = powermap(['project', example(1), '--target', '2']);
    expect(badTarget.code).toBe(1);
    expect(badTarget.stderr).toContain('--target must be a number between 0 and 1');
    expect(powermap(['project']).code).toBe(1);

    const dir = tempDir();
    const data = JSON.parse(fs.readFileSync(example(1), 'utf8'));
    data.body.tieBreaker = 'm1'; // a member with a seat cannot also break ties
    const file = path.join(dir, 'tie.json');
    fs.writeFileSync(file, JSON.stringify(data));
    const es = powermap(['project', file, '--lang', 'es']);
    expect(es.code).toBe(1);
    expect(es.stderr).toContain('No se puede calcular la proyección: Member 1 decide los empates pero también tiene voto');
  });
});
