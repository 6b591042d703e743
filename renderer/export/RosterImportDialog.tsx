import { useMemo, useState } from 'react';
import { parseRoster, rosterActors } from '../../shared/export/rosterCsv';
import { column } from '../../shared/model';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { useExportUi } from './exportUi';

const newId = () => `a-${crypto.randomUUID().slice(0, 8)}`;

/** Shows what a roster file will add and which rows it cannot read; writes only on confirm. */
export function RosterImportDialog() {
  const t = useT();
  const roster = useExportUi((s) => s.roster);
  const openRoster = useExportUi((s) => s.openRoster);
  const close = useExportUi((s) => s.close);
  const [busy, setBusy] = useState(false);
  const parsed = useMemo(() => (roster ? parseRoster(roster.text, roster.name) : null), [roster]);

  async function pick(file: File | undefined) {
    if (file) openRoster({ name: file.name, text: await file.text() });
  }

  async function confirm() {
    if (!parsed || parsed.rows.length === 0) return;
    setBusy(true);
    const actors = rosterActors(parsed.rows, newId);
    // One batch: one save, one undo step.
    const ok = await useApp.getState().perform({ type: 'batch', ops: actors.map((actor) => ({ type: 'actor.add', actor })) });
    setBusy(false);
    if (ok) close();
  }

  return (
    <div className="dialog-backdrop">
      <div className="dialog roster-dialog" role="dialog" aria-modal="true" aria-labelledby="roster-title">
        <h2 id="roster-title">{t('export.roster.title')}</h2>
        <input type="file" name="roster" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" onChange={(e) => void pick(e.target.files?.[0])} />
        {parsed && (
          <>
            {parsed.rows.length > 0 ? (
              <section className="roster-preview">
                <p>{t('export.roster.willAdd', { count: parsed.rows.length })}</p>
                <table>
                  <tbody>
                    {parsed.rows.map((r) => (
                      <tr key={r.line}>
                        <td>{r.name}</td>
                        <td>{r.role}</td>
                        <td>{t(`kind.${r.kind}`)}</td>
                        <td>{r.x === null ? t('export.roster.unplaced') : t(`column.${column(r.x)}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ) : (
              <p>{t('export.roster.nothing')}</p>
            )}
            {parsed.problems.length > 0 && (
              <section className="roster-problems" role="alert">
                <p>{t('export.roster.problems')}</p>
                <ul>
                  {parsed.problems.map((p, i) => (
                    <li key={i}>
                      {p.line > 0 && <strong>{t('export.roster.row', { line: p.line })}: </strong>}
                      {t(`export.roster.problem.${p.code}`, { value: p.value ?? '', max: p.max ?? 0 })}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={close} disabled={busy}>
            {t('export.roster.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void confirm()} disabled={busy || !parsed || parsed.rows.length === 0}>
            {t('export.roster.add', { count: parsed?.rows.length ?? 0 })}
          </button>
        </div>
      </div>
    </div>
  );
}
