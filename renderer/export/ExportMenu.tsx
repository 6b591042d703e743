import { useMenuEvent } from '../desktop/useMenuEvent';
import { useT } from '../i18n/useT';
import { ExportDialog } from './ExportDialog';
import { useExportUi } from './exportUi';
import { RosterImportDialog } from './RosterImportDialog';
import './export.css';

/** The toolbar's Export button, and the export and roster-import dialogs (import is in the More menu). */
export function ExportMenu() {
  const t = useT();
  const dialog = useExportUi((s) => s.dialog);
  const { openExport } = useExportUi.getState();
  useMenuEvent({ 'map.export': openExport });
  return (
    <>
      <button type="button" onClick={openExport}>
        {t('export.ui.button')}
      </button>
      {dialog === 'export' && <ExportDialog />}
      {dialog === 'roster' && <RosterImportDialog />}
    </>
  );
}
