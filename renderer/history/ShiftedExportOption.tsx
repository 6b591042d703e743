/** The export dialog's option (PDF only): add a "What shifted since …" page after the reportback. */
import type { Snapshot } from '../../shared/memory/model';
import { useT } from '../i18n/useT';
import { choiceMoment, type SinceChoice } from '../../shared/history';
import { SinceChooser } from './SinceChooser';

export function ShiftedExportOption({ value, onChange, snapshots, disabled }: { value: SinceChoice | null; onChange(v: SinceChoice | null): void; snapshots: readonly Snapshot[]; disabled?: boolean }) {
  const t = useT();
  return (
    <div className="export-shifted">
      <label>
        <input type="checkbox" name="shifted-page" checked={value !== null} disabled={disabled} onChange={(e) => onChange(e.target.checked ? { kind: 'last' } : null)} />
        {t('historyApp.shifted.exportOption')}
      </label>
      {value && <SinceChooser value={value} onChange={onChange} snapshots={snapshots} disabled={disabled} />}
      {value && !choiceMoment(value, snapshots) && <p className="field-error">{t('historyApp.shifted.needSnapshot')}</p>}
    </div>
  );
}
