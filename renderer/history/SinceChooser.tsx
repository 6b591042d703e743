/** Since when: the last reportback (the latest snapshot), one snapshot, or a date. */
import type { Snapshot } from '../../shared/memory/model';
import { lastReportback } from '../../shared/history';
import { shortDate } from '../../shared/history/words';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import type { SinceChoice } from '../../shared/history';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function SinceChooser({ value, onChange, snapshots, disabled }: { value: SinceChoice; onChange(v: SinceChoice): void; snapshots: readonly Snapshot[]; disabled?: boolean }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const last = lastReportback(snapshots);
  const selected = value.kind === 'snapshot' ? `s:${value.id}` : value.kind;
  const sorted = [...snapshots].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <span className="since-chooser">
      <select
        aria-label={t('historyApp.shifted.since')}
        value={selected}
        disabled={disabled}
        onChange={(e) => {
          const v = e.target.value;
          if (v === 'last') onChange({ kind: 'last' });
          else if (v === 'date') onChange({ kind: 'date', date: value.kind === 'date' ? value.date : today() });
          else onChange({ kind: 'snapshot', id: v.slice(2) });
        }}
      >
        <option value="last">{last ? t('historyApp.shifted.lastReportback', { name: last.name }) : t('historyApp.shifted.noReportback')}</option>
        {sorted.map((s) => (
          <option key={s.id} value={`s:${s.id}`}>
            {t('historyApp.shifted.snapshot', { name: `${s.name} (${shortDate(s.at, lang)})` })}
          </option>
        ))}
        <option value="date">{t('historyApp.shifted.aDate')}</option>
      </select>
      {value.kind === 'date' && (
        <input type="date" aria-label={t('historyApp.shifted.date')} value={value.date} disabled={disabled} max={today()} onChange={(e) => e.target.value && onChange({ kind: 'date', date: e.target.value })} />
      )}
    </span>
  );
}
