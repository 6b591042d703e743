/**
 * The vote-count projection beside the grid: chance of adoption, expected votes against those
 * needed, the distribution, the whip count, swing votes and the smallest set to move, for the map
 * or a what-if scenario. It follows the shown map, so it changes while an actor is being dragged.
 * The figures arrive from a worker: until the newest arrives, the last ones stay, marked updating.
 */
import { memo, useEffect, useMemo, useState } from 'react';
import type { PowerMap, Scenario } from '../../shared/model';
import { projectionErrorText } from '../../shared/projectionWords';
import { useAfterPaint } from '../grid/useAfterPaint';
import { useT } from '../i18n/useT';
import { selectShownMap, useApp } from '../store';
import { ChanceHeadline } from './ChanceHeadline';
import { DistributionChart } from './DistributionChart';
import { MinimalSetView } from './MinimalSetView';
import { PathView } from './PathView';
import { targetOf, usePathView } from './pathStore';
import { PlacedNote } from './PlacedNote';
import { ScenarioPanel } from './ScenarioPanel';
import { SwingList } from './SwingList';
import { useProjectionStable } from './projectionKey';
import { useProjection, type ShownProjection } from './useProjection';
import { WhipTable } from './WhipTable';
import './projection.css';

const NOT_YET = { map: null, dragging: false };

/**
 * The panel follows the map once the grid has painted it (useAfterPaint): a drop or a column
 * crossing is on screen first, and the panel catches up in an interruptible render. Whether a drag
 * is on follows the same way, so a release asks the worker for the full figures after its frame.
 * It is background work, and a map just opened is not shown in it until its grid is painted: the
 * first frame carries the people, and a large map's people are all drawn before the panel (and
 * the worker it asks) takes the map in.
 */
export function ProjectionPanel() {
  const live = useApp(selectShownMap);
  const dragging = useApp((s) => s.draft !== null);
  const shown = useAfterPaint(useMemo(() => ({ map: live, dragging }), [live, dragging]), NOT_YET, 'background');
  const map = useProjectionStable(shown.map);
  // Until then, its heading and a line saying the figures are coming: a few elements, not a second of empty column.
  if (!map && live) return <PanelWaiting />;
  return <PanelFor map={map} dragging={shown.dragging} catchingUp={shown.map !== live} />;
}

function PanelWaiting() {
  const t = useT();
  return (
    <div className="projection updating" data-testid="projection-panel" aria-busy="true">
      <h2>{t('projection.heading')}</h2>
      <p className="hint" role="status" data-testid="projection-pending">
        {t('derived.pending')}
      </p>
    </div>
  );
}

interface PanelProps {
  map: PowerMap | null;
  dragging: boolean;
  /** The map has changed and the panel has not taken the change in yet. */
  catchingUp: boolean;
}

/** The panel's frame: marked updating at once, while its figures (PanelBody) wait for the worker. */
const PanelFor = memo(function PanelFor({ map, dragging, catchingUp }: PanelProps) {
  const t = useT();
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const scenario = map?.scenarios.find((s) => s.id === scenarioId);
  const docId = useApp((s) => s.docId);
  const target = usePathView((s) => targetOf(s.targets, docId));
  const setShownPath = usePathView((s) => s.setShown);
  const projection = useProjection(map, scenario ? scenario.id : null, dragging, target);
  const updating = projection.updating || catchingUp;
  // The grid draws the map's own path; a scenario's path starts from positions the grid does not show.
  const gridPath = scenario ? null : projection.path;
  useEffect(() => {
    setShownPath(gridPath);
    return () => setShownPath(null);
  }, [gridPath, setShownPath]);
  if (!map) return null;

  return (
    <div className={updating ? 'projection updating' : 'projection'} data-testid="projection-panel" aria-busy={updating}>
      <h2>{t('projection.heading')}</h2>
      {scenario && <p className="scenario-banner">{t('projection.scenarioShown', { name: scenario.name })}</p>}
      {updating && projection.view && (
        <p className="projection-updating" role="status" data-testid="projection-updating">
          {t('derived.updating')}
        </p>
      )}
      <PanelBody
        map={map}
        scenario={scenario}
        view={projection.view}
        detail={projection.detail}
        minimal={projection.minimal}
        path={projection.path}
        stale={projection.stale}
        target={target}
        onScenario={setScenarioId}
      />
    </div>
  );
});

interface BodyProps extends Omit<ShownProjection, 'updating'> {
  map: PowerMap;
  scenario: Scenario | undefined;
  target: number;
  onScenario(id: string | null): void;
}

/** The figures: rendered again only when they (or the map they describe) change. */
const PanelBody = memo(function PanelBody({ map, scenario, view, detail, minimal, path, stale, target, onScenario }: BodyProps) {
  const t = useT();
  const docId = useApp((s) => s.docId);
  const setTarget = usePathView((s) => s.setTarget);
  return (
    <>
      {!view ? (
        <p className="hint" role="status" data-testid="projection-pending">
          {t('derived.pending')}
        </p>
      ) : !view.ok ? (
        <div className="projection-error" role="alert" data-testid="projection-error">
          <strong>{t('projection.errorHeading')}</strong>
          <p>{projectionErrorText(view.error, map, t)}</p>
        </div>
      ) : view.summary.threshold.members === 0 ? (
        <p className="hint" data-testid="projection-empty">{t('projection.noMembers')}</p>
      ) : (
        <>
          <ChanceHeadline summary={view.summary} map={map} />
          <PlacedNote map={map} />
          {path && (
            <div className={stale ? 'projection-detail stale' : 'projection-detail'}>
              <PathView path={path} map={map} target={target} onTarget={(v) => docId && setTarget(docId, v)} onTried={onScenario} />
              {minimal && <MinimalSetView minimal={minimal} map={map} target={target} />}
            </div>
          )}
          <DistributionChart summary={view.summary} />
          <div className={stale ? 'projection-detail stale' : 'projection-detail'}>
            {detail && <SwingList detail={detail} map={map} />}
          </div>
          <WhipTable members={view.members} map={map} />
        </>
      )}
      <ScenarioPanel
        map={map}
        scenario={scenario}
        onPick={onScenario}
        mapChance={view?.ok ? view.mapChance : null}
        scenarioChance={view?.ok ? view.summary.pAdopt : null}
      />
    </>
  );
});
