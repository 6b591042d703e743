/**
 * The vote-count projection beside the grid: chance of adoption, expected votes against those
 * needed, the distribution, the whip count, swing votes and the smallest set to move, for the map
 * or a what-if scenario. It follows the shown map, so it changes while an actor is being dragged.
 * The figures arrive from a worker: until the newest arrives, the last ones stay, marked updating.
 */
import { memo, useEffect, useState } from 'react';
import type { PowerMap } from '../../shared/model';
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
import { useProjection } from './useProjection';
import { WhipTable } from './WhipTable';
import './projection.css';

/**
 * The panel follows the map once the grid has painted it (useAfterPaint): a drop or a column
 * crossing is on screen first, and the panel catches up in an interruptible render.
 */
export function ProjectionPanel() {
  const live = useApp(selectShownMap);
  const shown = useAfterPaint(live);
  return <PanelFor map={useProjectionStable(shown)} catchingUp={shown !== live} />;
}

/** `catchingUp`: the map has changed and the panel has not taken the change in yet. */
const PanelFor = memo(function PanelFor({ map, catchingUp }: { map: PowerMap | null; catchingUp: boolean }) {
  const t = useT();
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const scenario = map?.scenarios.find((s) => s.id === scenarioId);
  const docId = useApp((s) => s.docId);
  const target = usePathView((s) => targetOf(s.targets, docId));
  const setTarget = usePathView((s) => s.setTarget);
  const setShownPath = usePathView((s) => s.setShown);
  const projection = useProjection(map, scenario ? scenario.id : null, target);
  const { view, detail, minimal, path, stale } = projection;
  const updating = projection.updating || catchingUp;
  // The grid draws the map's own path; a scenario's path starts from positions the grid does not show.
  const gridPath = scenario ? null : path;
  useEffect(() => {
    setShownPath(gridPath);
    return () => setShownPath(null);
  }, [gridPath, setShownPath]);
  if (!map) return null;

  return (
    <div className={updating ? 'projection updating' : 'projection'} data-testid="projection-panel" aria-busy={updating}>
      <h2>{t('projection.heading')}</h2>
      {scenario && <p className="scenario-banner">{t('projection.scenarioShown', { name: scenario.name })}</p>}
      {updating && view && (
        <p className="projection-updating" role="status" data-testid="projection-updating">
          {t('derived.updating')}
        </p>
      )}
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
              <PathView path={path} map={map} target={target} onTarget={(v) => docId && setTarget(docId, v)} onTried={setScenarioId} />
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
        onPick={setScenarioId}
        mapChance={view?.ok ? view.mapChance : null}
        scenarioChance={view?.ok ? view.summary.pAdopt : null}
      />
    </div>
  );
});
