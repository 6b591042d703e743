/**
 * The chance of adoption over time (DESIGN.md §10): one point per journal change (an even sample
 * above a few hundred), a step line between them, and the map's meetings, snapshots and recorded
 * votes marked. D3 does the scales and the line; React draws the SVG. A table gives the same
 * figures to a screen reader (and to anyone who wants the numbers).
 */
import { useMemo, useState } from 'react';
import { ShowOlder } from '../components/ShowOlder';
import { usePages } from '../components/usePages';
import { scaleLinear, scaleTime } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { Timeline as TimelineData, TimelineMark, TimelinePoint } from '../../shared/history';
import { dateTime, shortDate } from '../../shared/history/words';
import { dateFormat, localeOf } from '../../shared/intlFormats';
import type { PowerMap } from '../../shared/model';
import { formatPercent } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { noteOf } from './notes';

const WIDTH = 640;
const HEIGHT = 230;
const M = { top: 18, right: 16, bottom: 28, left: 48 };

export const MARK_COLOURS: Record<TimelineMark['kind'], string> = { meeting: '#7a4fb0', snapshot: '#1d6fa5', vote: '#b5532a' };
const MARK_SHAPES: Record<TimelineMark['kind'], string> = { meeting: 'M0,-5L5,0L0,5L-5,0Z', snapshot: 'M-4.5,-4.5H4.5V4.5H-4.5Z', vote: 'M0,-5.5L5,4L-5,4Z' };

/** A mark's tooltip names at most this many of the marks drawn at its pixel. */
const NAMED_PER_MARK = 2;

/** Table rows written at first, and added by each "Show earlier": at the limits it has some 3,000, 400 ms to lay out. */
const ROWS_PER_PAGE = 100;

/**
 * The marks of one kind that fall on the same pixel, drawn as one: a long campaign's thousands of
 * meetings would otherwise be thousands of SVG groups on a 600-pixel axis (200 ms to draw 3,000).
 */
function marksByPixel(marks: readonly TimelineMark[], x: (m: TimelineMark) => number): { kind: TimelineMark['kind']; x: number; marks: TimelineMark[] }[] {
  const groups = new Map<string, { kind: TimelineMark['kind']; x: number; marks: TimelineMark[] }>();
  for (const m of marks) {
    const px = Math.round(x(m));
    const key = `${m.kind} ${px}`;
    const g = groups.get(key);
    if (g) g.marks.push(m);
    else groups.set(key, { kind: m.kind, x: px, marks: [m] });
  }
  return [...groups.values()];
}

export function Timeline({ data, map }: { data: TimelineData; map: PowerMap }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  // The table is written when opened: it has a row per point and per mark, thousands on a long campaign.
  const [tableOpen, setTableOpen] = useState(false);
  const { points, marks } = data;
  const known = points.filter((p): p is TimelinePoint & { pAdopt: number } => p.pAdopt !== null);
  if (!points.length) return <p className="history-empty">{t('historyApp.timeline.empty')}</p>;
  const times = [...points.map((p) => Date.parse(p.at)), ...marks.map((m) => Date.parse(m.at))];
  let [lo, hi] = [Math.min(...times), Math.max(...times, Date.now())];
  if (hi - lo < 3_600_000) lo = hi - 3_600_000;
  const x = scaleTime().domain([new Date(lo), new Date(hi)]).range([M.left, WIDTH - M.right]);
  const y = scaleLinear().domain([0, 1]).range([HEIGHT - M.bottom, M.top]);
  // The chance holds until the next change, and up to now after the last one.
  const path =
    line<{ at: number; p: number }>()
      .x((d) => x(d.at))
      .y((d) => y(d.p))
      .curve(curveStepAfter)([...known.map((p) => ({ at: Date.parse(p.at), p: p.pAdopt })), ...(known.length ? [{ at: hi, p: known.at(-1)!.pAdopt }] : [])]) ?? '';
  const ticks = x.ticks(5);
  const tickText = (d: Date) => dateFormat(localeOf(lang), { month: 'short', day: 'numeric' }).format(d);
  const first = known[0];
  const last = known.at(-1);
  const aria =
    first && last
      ? t('historyApp.timeline.a11y', { from: formatPercent(first.pAdopt, lang), first: shortDate(first.at, lang), to: formatPercent(last.pAdopt, lang), last: shortDate(last.at, lang), count: data.total })
      : t('historyApp.timeline.heading');
  // Each kind's word once: a long campaign's marks are thousands.
  const kinds = { meeting: t('historyApp.timeline.kinds.meeting'), snapshot: t('historyApp.timeline.kinds.snapshot'), vote: t('historyApp.timeline.kinds.vote') };
  const markText = (m: TimelineMark) => t('historyApp.timeline.mark', { kind: kinds[m.kind], name: m.name, when: shortDate(m.at, lang) });
  return (
    <figure className="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={aria} data-testid="timeline-chart">
        {[0, 0.25, 0.5, 0.75, 1].map((v) => (
          <g key={v}>
            <line className="timeline-grid" x1={M.left} x2={WIDTH - M.right} y1={y(v)} y2={y(v)} />
            <text className="axis-label" x={M.left - 5} y={y(v) + 4} textAnchor="end">
              {formatPercent(v, lang)}
            </text>
          </g>
        ))}
        {ticks.map((d) => (
          <text key={d.getTime()} className="axis-label" x={x(d)} y={HEIGHT - 6} textAnchor={x(d) > WIDTH - M.right - 24 ? 'end' : 'middle'} data-testid="timeline-tick">
            {tickText(d)}
          </text>
        ))}
        {marksByPixel(marks, (m) => x(Date.parse(m.at))).map((g) => (
          <g key={`${g.kind}-${g.marks[0]!.id}`} className={`timeline-mark mark-${g.kind}`} data-mark={g.kind} transform={`translate(${g.x},0)`}>
            <title>
              {[...g.marks.slice(0, NAMED_PER_MARK).map(markText), ...(g.marks.length > NAMED_PER_MARK ? [t('historyApp.timeline.moreMarks', { count: g.marks.length - NAMED_PER_MARK })] : [])].join('\n')}
            </title>
            <line y1={M.top} y2={HEIGHT - M.bottom} stroke={MARK_COLOURS[g.kind]} strokeDasharray="4 3" />
            <path d={MARK_SHAPES[g.kind]} transform={`translate(0,${M.top - 8})`} fill={MARK_COLOURS[g.kind]} />
          </g>
        ))}
        <path className="timeline-line" d={path} />
        {known.map((p) => (
          <circle key={p.seq} className="timeline-point" cx={x(Date.parse(p.at))} cy={y(p.pAdopt)} r={known.length > 60 ? 1.8 : 3.2}>
            <title>{`${dateTime(p.at, lang)}: ${formatPercent(p.pAdopt, lang)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="timeline-legend">
        {(['meeting', 'snapshot', 'vote'] as const).map((k) => (
          <span key={k}>
            <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true">
              <path d={MARK_SHAPES[k]} fill={MARK_COLOURS[k]} />
            </svg>
            {t(`historyApp.timeline.kinds.${k}`)}
          </span>
        ))}
        {data.total > points.length && <span>{t('historyApp.timeline.sampled', { shown: points.length, total: data.total })}</span>}
      </figcaption>
      <details className="timeline-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{t('historyApp.timeline.table')}</summary>
        {tableOpen && <TimelineTable points={points} marks={marks} map={map} markText={markText} />}
      </details>
    </figure>
  );
}

type TableRow = { at: string; key: string; point?: TimelinePoint; mark?: TimelineMark };

/** The timeline as a table, newest first, a page of rows at a time; each row's words are written only when shown. */
function TimelineTable({ points, marks, map, markText }: { points: readonly TimelinePoint[]; marks: readonly TimelineMark[]; map: PowerMap; markText(m: TimelineMark): string }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const rows = useMemo(
    () => [...points.map((p): TableRow => ({ at: p.at, key: `p${p.seq}`, point: p })), ...marks.map((m): TableRow => ({ at: m.at, key: `m${m.kind}${m.id}`, mark: m }))].sort((a, b) => b.at.localeCompare(a.at)),
    [points, marks],
  );
  const { shown, older, showOlder, list } = usePages<TableRow, HTMLTableSectionElement>(rows, ROWS_PER_PAGE);
  return (
    <>
      <table>
        <thead>
          <tr>
            <th>{t('historyApp.timeline.when')}</th>
            <th>{t('historyApp.timeline.chance')}</th>
            <th>{t('historyApp.timeline.why')}</th>
          </tr>
        </thead>
        <tbody ref={list}>
          {shown.map(({ at, key, point, mark }) => (
            <tr key={key} tabIndex={-1}>
              <td>{dateTime(at, lang)}</td>
              <td className="num">{point ? (point.pAdopt === null ? '—' : formatPercent(point.pAdopt, lang)) : ''}</td>
              <td>{point ? (noteOf(point, map, t, lang) ?? t('historyApp.timeline.edit')) : markText(mark!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowOlder older={older} onClick={showOlder} label={t('historyApp.timeline.showEarlier', { count: older })} />
    </>
  );
}
