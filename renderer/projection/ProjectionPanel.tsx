/**
 * The vote-count projection beside the grid: chance of adoption, expected votes against those
 * needed, the distribution, the whip count, swing votes and the smallest set to move, for the map
 * or a what-if scenario. It follows the shown map, so it changes while an actor is being dragged.
 */
import { useEffect, useMemo, useState } from 'react';
import { project, toProjectionInput } from '../../shared/projection';
import { projectionErrorText } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { selectShownMap, useApp } from '../store';
import { ChanceHeadline } from './ChanceHeadline';
import { DistributionChart } from './DistributionChart';
import { MinimalSetView } from './MinimalSetView';
import { PathView } from './PathView';
import { targetOf, usePathView } from './pathStore';
import { ScenarioPanel } from './ScenarioPanel';
import { SwingList } from './SwingList';
import { useProjectionStable } from './projectionKey';
import { useProjection } from './useProjection';
import { WhipTable } from './WhipTable';
import './projection.css';

export function ProjectionPanel() {
  const t = useT();
  const map = useProjectionStable(useApp(selectShownMap));
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const scenario = map?.scenarios.find((s) => s.id === scenarioId);
  const docId = useApp((s) => s.docId);
  const target = usePathView((s) => targetOf(s.targets, docId));
  const setTarget = usePathView((s) => s.setTarget);
  const setShownPath = usePathView((s) => s.setShown);
  const { view, detail, minimal, path, stale } = useProjection(map, scenario, target);
  // The grid draws the map's own path; a scenario's path starts from positions the grid does not show.
  const gridPath = scenario ? null : path;
  useEffect(() => {
    setShownPath(gridPath);
    return () => setShownPath(null);
  }, [gridPath, setShownPath]);
  // The map's own chance, to compare a scenario against; only the summary is needed.
  const mapChance = useMemo(() => {
    if (!map || !scenario) return null;
    try {
      return project(toProjectionInput(map), { gains: false }).pAdopt;
    } catch {
      return null;
    }
  }, [map, scenario]);
  if (!map || !view) return null;

  return (
    <div className="projection" data-testid="projection-panel">
      <h2>{t('projection.heading')}</h2>
      {scenario && <p className="scenario-banner">{t('projection.scenarioShown', { name: scenario.name })}</p>}
      {!view.ok ? (
        <div className="projection-error" role="alert" data-testid="projection-error">
          <strong>{t('projection.errorHeading')}</strong>
          <p>{projectionErrorText(view.error, map, t)}</p>
        </div>
      ) : view.summary.threshold.members === 0 ? (
        <p className="hint" data-testid="projection-empty">{t('projection.noMembers')}</p>
      ) : (
        <>
          <ChanceHeadline summary={view.summary} map={map} />
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
      <ScenarioPanel map={map} scenario={scenario} onPick={setScenarioId} mapChance={mapChance} scenarioChance={view.ok ? view.summary.pAdopt : null} />
    </div>
  );
}
