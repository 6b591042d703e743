import { BodyButton } from '../body/BodyButton';
import { ExportMenu } from '../export/ExportMenu';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { PresentButton } from '../present/PresentButton';
import { GroupsButton } from '../groups/GroupsButton';
import { MeetingsButton } from '../meetings/MeetingsButton';
import { SnapshotsButton } from '../snapshots/SnapshotsButton';
import { VotesButton } from '../votes/VotesButton';
import { HistoryButton } from '../history/HistoryButton';
import { LanguageSwitch } from './LanguageSwitch';

export function Toolbar({ inert = false }: { inert?: boolean }) {
  const t = useT();
  const map = useApp((s) => s.map);
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
        <ExportMenu />
        <GroupsButton />
        <MeetingsButton />
        <VotesButton />
        <SnapshotsButton />
        <HistoryButton />
        <PresentButton />
        <button type="button" onClick={() => void saveCopy()}>
          {t('toolbar.saveAs')}
        </button>
        <button type="button" onClick={() => void closeMap()}>
          {t('toolbar.close')}
        </button>
        <LanguageSwitch />
      </div>
    </header>
  );
}
