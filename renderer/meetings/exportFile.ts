/** Exports the meetings (CSV) or the follow-ups (.ics) through the host's export path. */
import type { ExportFormat } from '../../shared/contract';
import { api } from '../api/client';
import { downloadBase64 } from '../export/download';
import { exportErrorText } from '../export/ExportDialog';
import type { Translate } from '../../shared/i18n';
import { useApp } from '../store';

/** Resolves to the message to show: the saved file's name, or why it failed; null when cancelled. */
export async function exportMemory(format: Extract<ExportFormat, 'meetings' | 'ics'>, t: Translate): Promise<{ ok: boolean; text: string } | null> {
  const { docId, language } = useApp.getState();
  if (!docId) return null;
  const r = await api()['maps.export']({ docId, format, lang: language });
  if (!r.ok) return r.error.code === 'cancelled' ? null : { ok: false, text: exportErrorText(t, r.error) };
  if (r.value.base64 !== null) downloadBase64(r.value.base64, r.value.fileName, r.value.mime);
  return { ok: true, text: t('meetings.exported', { name: r.value.fileName }) };
}
