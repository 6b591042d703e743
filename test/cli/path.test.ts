/** `powermap project` carries the path to victory (DESIGN.md §4.1), through the real binary. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toProjectionInput } from '../../shared/projection';
import { pathToVictory } from '../../shared/path';
import { FIXTURES, fixtureMap } from '../store/helpers';
import { powermap } from './run';

const council = path.join(FIXTURES, 'council-path.json');

describe('powermap project: the path to victory', () => {
  it('--json carries path as specified: steps {id, from, to}, cost, pAdopt, reachable, exact', () => {
    const r = powermap(['project', council, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out.path).sort()).toEqual(['cost', 'exact', 'pAdopt', 'reachable', 'steps']);
    expect(out.path.steps).toEqual([
      { id: 'tom', from: 3, to: 4 },
      { id: 'liz', from: 2, to: 4 },
    ]);
    expect(out.path).toMatchObject({ cost: 3, reachable: true, exact: true });
    expect(Math.abs(out.path.pAdopt - 0.912676875)).toBeLessThan(1e-9);
  });

  it('follows --target, and says when it is out of reach', () => {
    const high = JSON.parse(powermap(['project', council, '--json', '--target', '0.999']).stdout);
    const engine = pathToVictory(toProjectionInput(fixtureMap('council-path.json')), 0.999);
    expect(high.path).toEqual(JSON.parse(JSON.stringify(engine)));
    expect(high.path.reachable).toBe(false);
  });

  it('prints the path in the user’s language', () => {
    const en = powermap(['project', council]);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain('Path to victory (target 90%): Move Tom from passive ally to active ally and Liz from neutral to active ally: 91% (3 steps, chance 91.3%)');
    const es = powermap(['project', council], { LANG: 'es_US.UTF-8' });
    expect(es.code, es.stderr).toBe(0);
    expect(es.stdout).toMatch(/Camino a la victoria \(meta 90\s%\): Mueva a Tom de aliado pasivo a aliado activo y a Liz de neutral a aliado activo: 91\s%/);
    expect(es.stdout).toMatch(/3 pasos, probabilidad 91,3\s%/);
  });
});
