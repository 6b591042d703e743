import { BodyButton } from '../body/BodyButton';
import { ExportMenu } from '../export/ExportMenu';
import { useExportUi } from '../export/exportUi';
import { GroupsDialogs, useGroupsUi } from '../groups/GroupsDialogs';
import { HistoryDialogs, historyItem } from '../history/HistoryButton';
import { useT } from '../i18n/useT';
import { MeetingsButton } from '../meetings/MeetingsButton';
import { useApp } from '../store';
import { PresentButton } from '../present/PresentButton';
import { snapshotsItem } from '../snapshots/SnapshotsButton';
import { MoreMenu } from '../toolbar/MoreMenu';
import '../toolbar/toolbar.css';
import { votesItem } from '../votes/VotesButton';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * One row at 1024×768 in English and Spanish: the commands of every session stay in sight (undo,
 * redo, the deciding body, meetings, export, present, close), those used now and then go in "More".
 */
export function Toolbar({ inert = false }: { inert?: boolean }) {
  const t = useT();
  const map = useApp((s) => s.map);
  const readOnly = useApp((s) => s.readOnly);
  const canUndo = useApp((s) => s.undoStack.length > 0 && !s.readOnly);
  const canRedo = useApp((s) => s.redoStack.length > 0 && !s.readOnly);
  const { undo, redo, closeMap, saveCopy } = useApp.getState();
  return (
    <header className="toolbar" inert={inert}>
      <div className="doc-title">
        <strong>{map?.town}</strong>
        {map?.title && <span>{map.title}</span>}
      </div>
      <div className="toolbar-actions">
        <button type="button" onClick={() => void undo()} disabled={!canUndo} title={t('toolbar.undo')}>
          <span className="tb-short" aria-hidden="true">↶</span>
          <span className="tb-long">{t('toolbar.undo')}</span>
        </button>
        <button type="button" onClick={() => void redo()} disabled={!canRedo} title={t('toolbar.redo')}>
          <span className="tb-short" aria-hidden="true">↷</span>
          <span className="tb-long">{t('toolbar.redo')}</span>
        </button>
        <BodyButton />
        <MeetingsButton />
        <ExportMenu />
        <PresentButton />
        <MoreMenu
          items={[
            historyItem(t),
            votesItem(t, !map),
            snapshotsItem(t, !map),
            { id: 'groups', label: t('groups.button'), hint: t('groups.buttonHint'), disabled: readOnly || !map, run: () => useGroupsUi.getState().show('copies') },
            { id: 'import-roster', label: t('export.ui.importRoster'), disabled: readOnly, run: () => useExportUi.getState().openRoster(null) },
            { id: 'save-copy', label: t('toolbar.saveAs'), run: () => void saveCopy() },
          ]}
        />
        <button type="button" onClick={() => void closeMap()}>
          {t('toolbar.close')}
        </button>
        <LanguageSwitch />
      </div>
      <GroupsDialogs />
      <HistoryDialogs />
    </header>
  );
}
