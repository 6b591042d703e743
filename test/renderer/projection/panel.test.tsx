/** The projection panel and its pure helpers in jsdom, on DESIGN.md §4's example 4 (mayor with a veto). */
import fs from 'node:fs';
import path from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bigMap } from '../../../bench/pages/fixture';
import { applyOperation } from '../../../shared/ops';
import { project, toProjectionInput } from '../../../shared/projection';
import { parseInterchangeText } from '../../../shared/schema';
import { formFromMap, formToOperation } from '../../../renderer/body/bodyForm';
import { ProjectionPanel } from '../../../renderer/projection/ProjectionPanel';
import { inThreadRunner } from '../../../renderer/derived/runner';
import { applyScenarioOp, changeFor } from '../../../renderer/projection/scenarioChanges';
import { useApp } from '../../../renderer/store';

const initial = useApp.getState();
const parsed = parseInterchangeText(fs.readFileSync(path.resolve(__dirname, '../../fixtures/examples/example-4.json'), 'utf8'), '2026-01-01T00:00:00.000Z');
if (!parsed.ok) throw new Error('fixture');
const map = parsed.map;

beforeEach(() => useApp.setState({ ...initial, map, docId: 'd', draft: null, selection: [] }, true));
afterEach(cleanup);

const chanceOf = () => Number(screen.getByTestId('chance').getAttribute('data-value'));

describe('the projection panel', () => {
  it('shows the chance, the veto, the whip count and the swing votes, and selects a member on click', async () => {
    render(<ProjectionPanel />);
    const chance = await screen.findByTestId('chance');
    expect(Number(chance.getAttribute('data-value'))).toBeCloseTo(0.917884, 6);
    expect(chance.getAttribute('aria-label')).toBe('Chance of adoption: 92 percent, very likely');
    expect(screen.getByTestId('expected').textContent).toBe('Expected yes votes: 8.5 of 7 needed');
    expect(screen.getByText('After a possible veto (8 votes override): 92%')).toBeTruthy();
    // Rows are written in background slices that keep to a time budget (jsdom is slow): all of them, in time.
    await waitFor(() => expect(screen.getByTestId('whip-table').querySelectorAll('tbody tr')).toHaveLength(12));
    expect(screen.getByTestId('distribution-chart').getAttribute('aria-label')).toContain('7 needed');
    fireEvent.click(screen.getAllByRole('button', { name: 'Member 7' })[0]!);
    expect(useApp.getState().selection).toEqual(['m7']);
    // The whip count's names are buttons too: a click selects the member, and the row says so.
    const whipName = (id: string) => screen.getByTestId('whip-table').querySelector(`tr[data-member-id="${id}"] .member-link`)!;
    fireEvent.click(whipName('m3'));
    expect(useApp.getState().selection).toEqual(['m3']);
    expect([whipName('m3').getAttribute('aria-pressed'), whipName('m7').getAttribute('aria-pressed')]).toEqual(['true', 'false']);
  }, 30_000);

  it('follows the draft of a drag, and shows a translated refusal instead of crashing', async () => {
    render(<ProjectionPanel />);
    await screen.findByTestId('chance');
    const before = chanceOf();
    act(() => useApp.getState().setDraftMoves([{ id: 'm12', x: 0.9, y: 0.5 }]));
    await waitFor(() => expect(chanceOf()).toBeGreaterThan(before));
    act(() => useApp.setState({ draft: null, language: 'es', map: { ...map, body: { ...map.body, tieBreaker: 'm1' } } }));
    expect((await screen.findByTestId('projection-error')).textContent).toContain('Member 1 decide los empates pero también tiene voto');
  }, 30_000);

  it('keeps the last figures on screen, marked updating, until the newest arrive', async () => {
    render(<ProjectionPanel />);
    // A map just opened is taken in once the grid's first frame is painted, then worked out: until
    // then the panel says its figures are coming.
    expect(screen.getByTestId('projection-panel').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('projection-pending').textContent).toBe('Working out the chance of adoption…');
    expect(screen.queryByTestId('whip-table')).toBeNull();
    await screen.findByTestId('chance');
    const before = chanceOf();
    expect(screen.queryByTestId('projection-updating')).toBeNull();
    act(() => useApp.setState({ language: 'es', map: { ...map, actors: map.actors.map((a) => (a.id === 'm12' ? { ...a, x: 0.9 } : a)) } }));
    // Right after the change: the old chance, and the panel says it is being updated.
    expect(chanceOf()).toBe(before);
    expect(screen.getByTestId('projection-updating').textContent).toBe('Actualizando…');
    expect(screen.getByTestId('projection-panel').getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(screen.queryByTestId('projection-updating')).toBeNull());
    expect(chanceOf()).toBeGreaterThan(before);
  }, 30_000);
});

describe('the projection panel on a 200-seat body', () => {
  it('shows the chance, then the swing votes, path and smallest set; during a drag those stay, marked stale', async () => {
    useApp.setState({ map: bigMap() });
    const { container } = render(<ProjectionPanel />);
    await screen.findByTestId('chance');
    expect(screen.getByTestId('chance').getAttribute('data-value')).toMatch(/^0?\.\d+|^[01]$/);
    expect(container.querySelector('.projection-detail:not(.stale)')).not.toBeNull();
    expect(screen.getByText(/Smallest set to move/)).toBeTruthy();
    expect(screen.getByTestId('path-headline').textContent).toMatch(/^Move .+: 9\d%/);
    expect(screen.getByTestId('path-headline').textContent).toContain('(estimate: body too large for an exact search)');
    const first = bigMap().actors.find((a) => a.seat)!;
    act(() => useApp.getState().setDraftMoves([{ id: first.id, x: 0.95, y: 0.5 }]));
    await waitFor(() => expect(container.querySelector('.projection-detail.stale')).not.toBeNull(), { timeout: 20_000 });
    expect(screen.getByText(/Smallest set to move/)).toBeTruthy();
  }, 30_000);
});

describe('the in-thread runner (where there is no worker)', () => {
  it('delivers only the latest of several requests', async () => {
    const runner = inThreadRunner();
    const delivered: number[] = [];
    const ask = (x: number) => ({ map: { ...map, actors: map.actors.map((a) => (a.id === 'm12' ? { ...a, x } : a)) }, scenarioId: null, dragging: false, target: 0.9 });
    runner.request(ask(-0.9), (f) => delivered.push(f.ok ? f.summary.pAdopt : -1));
    runner.request(ask(0.9), (f) => delivered.push(f.ok ? f.summary.pAdopt : -1));
    await waitFor(() => expect(delivered).toHaveLength(1));
    expect(delivered[0]).toBeCloseTo(project(toProjectionInput(ask(0.9).map)).pAdopt, 12);
    await new Promise((r) => setTimeout(r, 20));
    expect(delivered).toHaveLength(1);
  });
});

describe('what-if changes and the body form', () => {
  it('applies a scenario as one batch whose result the engine scores as the scenario did', () => {
    const scenario = { id: 's', name: 'W', changes: [changeFor('m11', 'column-4'), changeFor('m12', 'absent'), changeFor('m9', 'recuses')] };
    const expected = project(toProjectionInput(map, scenario)).pAdopt;
    const op = applyScenarioOp(map, scenario);
    const applied = applyOperation(map, op).map;
    expect(project(toProjectionInput(applied)).pAdopt).toBeCloseTo(expected, 12);
    expect(applyOperation(applied, applyOperation(map, op).inverse).map.actors).toEqual(map.actors);
  });

  it('turns the form into one batch, and refuses bad numbers', () => {
    const f = formFromMap(map);
    expect(f).toMatchObject({ seats: '12', threshold: 'majority', executive: 'mayor', override: 'two-thirds', quorum: '' });
    const ok = formToOperation(map, { ...f, threshold: 'atLeast', atLeast: '9', quorum: '10' });
    if (!('op' in ok)) throw new Error('expected an op');
    const next = applyOperation(map, ok.op).map;
    expect(next.body.rule).toEqual({ basis: 'whole', threshold: { atLeast: 9 }, quorum: 10 });
    expect(formToOperation(map, { ...f, seats: '11' })).toEqual({ problem: 'tooManyMembers' });
    expect(formToOperation(map, { ...f, seats: 'x' })).toEqual({ problem: 'invalidSeats' });
    expect(formToOperation(map, { ...f, quorum: '13' })).toEqual({ problem: 'invalidQuorum' });
    expect(formToOperation(map, { ...f, stances: ['5', '25', '50', '75', '120'] })).toEqual({ problem: 'invalidStance' });
    // Unseating two members and shrinking the body to 10 seats works in one step.
    const shrink = formToOperation(map, { ...f, seats: '10', seated: f.seated.slice(0, 10) });
    if (!('op' in shrink)) throw new Error('expected an op');
    expect(applyOperation(map, shrink.op).map.actors.filter((a) => a.seat)).toHaveLength(10);
  });
});
