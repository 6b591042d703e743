import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyMap, newActor } from '../../../shared/model';
import { project, toProjectionInput } from '../../../shared/projection';
import { DistributionChart } from '../../../renderer/projection/DistributionChart';

afterEach(cleanup);

function summaryFor(seats: number) {
  const map = emptyMap('T', '', 'now');
  map.body = { ...map.body, seats };
  map.actors = Array.from({ length: seats }, (_, i) => newActor(`m${i}`, 'decision-maker', `M${i}`, { seat: true, pYes: 0.5 }));
  return project(toProjectionInput(map), { gains: false });
}

const ticks = () => [...screen.getByTestId('distribution-chart').querySelectorAll('text.axis-label')].map((t) => ({ k: Number(t.textContent), x: Number(t.getAttribute('x')) }));

describe('the distribution chart', () => {
  it('labels every bar of a small board', () => {
    render(<DistributionChart summary={summaryFor(5)} />);
    expect(ticks().map((t) => t.k)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('labels a 200-seat body with round steps that never touch, always showing the votes needed', () => {
    render(<DistributionChart summary={summaryFor(200)} />);
    const labels = ticks();
    expect(labels.map((t) => t.k)).toContain(101);
    const sorted = labels.slice().sort((a, b) => a.x - b.x);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.x - sorted[i - 1]!.x).toBeGreaterThanOrEqual(3 * 6.5 + 6 - 1e-9);
    expect(labels.filter((t) => t.k !== 101).every((t) => t.k % 20 === 0)).toBe(true);
  });
});
