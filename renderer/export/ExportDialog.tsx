import { useEffect, useMemo, useState } from 'react';
import type { HostError } from '../../shared/contract';
import { EXPORT_FORMATS, exportExtension, type ExportFormat } from '../../shared/contractNames';
import { suggestedFileName } from '../../shared/fileName';
import { paperForLocale, type Paper } from '../../shared/export/format';
import { mapSvg } from '../../shared/export/mapSvg';
import { voteCount } from '../../shared/export/voteCount';
import { api } from '../api/client';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { ReportbackSnapshot, useSnapshotOffer } from '../snapshots/ReportbackSnapshot';
import '../snapshots/snapshots.css';
import { downloadBase64 } from './download';
import { useExportUi } from './exportUi';
import { choiceSpec, type SinceChoice } from '../../shared/history';
import { ShiftedExportOption } from '../history/ShiftedExportOption';

/** Exports slower than this show a progress indicator. */
const PROGRESS_DELAY_MS = 500;

/** The message for a failed export, in the user's language. */
export function exportErrorText(t: ReturnType<typeof useT>, e: HostError): string {
  if (e.params?.chromium) return t('export.errors.noChromium', { path: e.params.chromium });
  if (e.params?.render) return t('export.errors.renderFailed', { message: e.message });
  return t(`errors.${e.code}`, { field: '', message: '', ...e.params });
}

export function ExportDialog() {
  const t = useT();
  const lang = useApp((s) => s.language);
  const map = useApp((s) => s.map);
  const docId = useApp((s) => s.docId);
  const readOnly = useApp((s) => s.readOnly);
  const close = useExportUi((s) => s.close);
  const [format, setFormat] = useState<ExportFormat>('png');
  const [paper, setPaper] = useState<Paper>(() => paperForLocale(navigator.language));
  // The map the dialog opened on: its next steps are saved only if the user changed them here.
  const [seen] = useState(map);
  const [nextSteps, setNextSteps] = useState(map?.nextSteps ?? '');
  const [shiftedSince, setShiftedSince] = useState<SinceChoice | null>(null);
  const [busy, setBusy] = useState(false);
  const [slow, setSlow] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const snapshot = useSnapshotOffer(format);

  const preview = useMemo(() => {
    if (!map) return '';
    const svg = mapSvg(map, { t, lang, date: new Date(), voteCount: voteCount(map, t), embed: false });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }, [map, t, lang]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !busy && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, close]);

  if (!map || !docId) return null;
  const fileName = suggestedFileName(map.town, new Date(), exportExtension(format));

  async function saveNextSteps(): Promise<boolean> {
    if (readOnly || !seen || nextSteps === seen.nextSteps) return true;
    return useApp.getState().perform({ type: 'map.update', patch: { nextSteps } }, seen);
  }

  async function run() {
    setBusy(true);
    setMessage(null);
    const timer = setTimeout(() => setSlow(true), PROGRESS_DELAY_MS);
    try {
      // Refused (changed meanwhile in another view): the message says so; no export of a map the user did not see.
      if (!(await saveNextSteps())) return;
      const at = new Date();
      const since = format === 'pdf' && shiftedSince ? choiceSpec(shiftedSince, map!.snapshots) : null;
      const r = await api()['maps.export']({ docId: docId!, format, lang, paper, ...(since ? { since } : {}) });
      if (!r.ok) {
        if (r.error.code !== 'cancelled') setMessage({ ok: false, text: exportErrorText(t, r.error) });
        return;
      }
      if (r.value.base64 !== null) downloadBase64(r.value.base64, r.value.fileName, r.value.mime);
      const taken = await snapshot.take(at);
      const done = t('export.ui.done', { name: r.value.fileName });
      setMessage({ ok: true, text: taken ? `${done} ${t('snapshots.export.taken', { name: taken })}` : done });
    } finally {
      clearTimeout(timer);
      setBusy(false);
      setSlow(false);
    }
  }

  return (
    <div className="dialog-backdrop">
      <div className="dialog export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title">
        <h2 id="export-title">{t('export.ui.title')}</h2>
        <div className="export-body">
          <fieldset className="export-formats">
            <legend>{t('export.ui.format')}</legend>
            {EXPORT_FORMATS.map((f) => (
              <label key={f}>
                <input type="radio" name="export-format" value={f} checked={format === f} onChange={() => setFormat(f)} disabled={busy} />
                {t(`export.ui.formats.${f}`)}
              </label>
            ))}
            {format === 'pdf' && (
              <label className="export-paper">
                {t('export.ui.paper')}
                <select name="paper" value={paper} onChange={(e) => setPaper(e.target.value as Paper)} disabled={busy}>
                  <option value="letter">{t('export.ui.letter')}</option>
                  <option value="a4">{t('export.ui.a4')}</option>
                </select>
              </label>
            )}
            {format === 'pdf' && <ShiftedExportOption value={shiftedSince} onChange={setShiftedSince} snapshots={map.snapshots} disabled={busy} />}
            <label className="export-next-steps">
              {t('export.ui.nextSteps')}
              <textarea
                name="nextSteps"
                rows={4}
                value={nextSteps}
                placeholder={t('export.ui.nextStepsPlaceholder')}
                readOnly={readOnly}
                onChange={(e) => setNextSteps(e.target.value)}
                onBlur={() => void saveNextSteps()}
              />
            </label>
            <ReportbackSnapshot offer={snapshot} disabled={busy} />
          </fieldset>
          <figure className="export-preview">
            <figcaption>{t('export.ui.preview')}</figcaption>
            <img src={preview} alt={t('export.ui.preview')} />
          </figure>
        </div>
        <p className="export-file-name">{t('export.ui.fileName', { name: fileName })}</p>
        {slow && (
          <div className="export-progress" role="status">
            <progress aria-label={t('export.ui.working')} />
            <span>{t('export.ui.working')}</span>
          </div>
        )}
        {message && (
          <p className={message.ok ? 'export-done' : 'field-error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={close} disabled={busy}>
            {t('export.ui.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void run()} disabled={busy}>
            {t('export.ui.export')}
          </button>
        </div>
      </div>
    </div>
  );
}
