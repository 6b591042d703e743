import { useEffect, useState } from 'react';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from '../../shared/limits';
import { api } from '../api/client';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { fileToBase64 } from './download';
import { useExportUi } from './exportUi';

const ROSTER = /\.(csv|tsv|txt)$/i;

/**
 * Files dropped anywhere on the window: a list of people goes to the roster preview (when a map is
 * open); a map (.powermap, .json, or an exported PNG/SVG) is opened as a new map.
 */
export function FileDrop() {
  const t = useT();
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = async (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      const { openResult, map } = useApp.getState();
      setProblem(null);
      if (file.size > MAX_IMPORT_BYTES) return setProblem(t('export.errors.tooBig', { limit: MAX_IMPORT_MB }));
      if (ROSTER.test(file.name)) {
        if (map) useExportUi.getState().openRoster({ name: file.name, text: await file.text() });
        else setProblem(t('export.errors.roster'));
        return;
      }
      const r = await api()['maps.importFile']({ name: file.name, base64: await fileToBase64(file) });
      if (!r.ok && r.error.code === 'too-big') return setProblem(t('export.errors.tooBig', { limit: MAX_IMPORT_MB }));
      if (!r.ok && r.error.params?.file) return setProblem(t(`export.errors.${r.error.params.file}`));
      if (!r.ok && r.error.code === 'invalid-json') {
        return setProblem(t('export.errors.unreadable', { reason: t('errors.invalid-json', { field: '', message: '', ...r.error.params }) }));
      }
      openResult(r);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [t]);

  return (
    <>
      {over && (
        <div className="file-drop" aria-hidden="true">
          <span>{t('export.ui.dropHint')}</span>
        </div>
      )}
      {problem && (
        <div className="error-banner drop-problem" role="alert">
          <span>{problem}</span>
          <button type="button" className="ghost" onClick={() => setProblem(null)} aria-label="×">
            ×
          </button>
        </div>
      )}
    </>
  );
}
