import { useMenuEvent } from '../desktop/useMenuEvent';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { ExportDialog } from './ExportDialog';
import { useExportUi } from './exportUi';
import { RosterImportDialog } from './RosterImportDialog';
import './export.css';

/** The toolbar's Export and roster-import buttons, and the dialogs they open. */
export function ExportMenu() {
  const t = useT();
  const dialog = useExportUi((s) => s.dialog);
  const { openExport, openRoster } = useExportUi.getState();
  const readOnly = useApp((s) => s.readOnly);
  useMenuEvent({ 'map.export': openExport });
  return (
    <>
      <button type="button" onClick={openExport}>
        {t('export.ui.button')}
      </button>
      <button type="button" onClick={() => openRoster(null)} disabled={readOnly}>
        {t('export.ui.importRoster')}
      </button>
      {dialog === 'export' && <ExportDialog />}
      {dialog === 'roster' && <RosterImportDialog />}
    </>
  );
}
