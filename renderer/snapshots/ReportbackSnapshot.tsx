/**
 * The export dialog's offer: take a snapshot named for this reportback once the PNG, PDF or deck is
 * written, so "what shifted since the last reportback" can start from it.
 */
import { useState } from 'react';
import type { ExportFormat } from '../../shared/contract';
import { longDate } from '../../shared/export/format';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { takeSnapshot } from './takeSnapshot';

const REPORTBACK_FORMATS: ReadonlySet<ExportFormat> = new Set(['png', 'pdf', 'deck']);

export interface SnapshotOffer {
  offered: boolean;
  checked: boolean;
  name: string;
  setChecked(v: boolean): void;
  setName(v: string): void;
  /** After a successful export: takes the snapshot if asked; its name, or null. */
  take(at: Date): Promise<string | null>;
}

export function useSnapshotOffer(format: ExportFormat): SnapshotOffer {
  const t = useT();
  const lang = useApp((s) => s.language);
  const readOnly = useApp((s) => s.readOnly);
  const fallback = () => t('snapshots.export.defaultName', { date: longDate(new Date(), lang) });
  const [checked, setChecked] = useState(false);
  const [name, setName] = useState(fallback);
  const offered = REPORTBACK_FORMATS.has(format) && !readOnly;
  return {
    offered,
    checked,
    name,
    setChecked,
    setName,
    async take(at) {
      if (!offered || !checked) return null;
      const chosen = name.trim() || fallback();
      if (!(await takeSnapshot(chosen, at))) return null;
      // Another export from the same dialog is not another reportback.
      setChecked(false);
      return chosen;
    },
  };
}

export function ReportbackSnapshot({ offer, disabled }: { offer: SnapshotOffer; disabled: boolean }) {
  const t = useT();
  if (!offer.offered) return null;
  return (
    <div className="export-snapshot">
      <label className="check">
        <input type="checkbox" name="take-snapshot" checked={offer.checked} onChange={(e) => offer.setChecked(e.target.checked)} disabled={disabled} />
        {t('snapshots.export.take')}
      </label>
      {offer.checked && (
        <input
          name="reportback-snapshot-name"
          aria-label={t('snapshots.export.name')}
          title={t('snapshots.export.hint')}
          value={offer.name}
          maxLength={200}
          onChange={(e) => offer.setName(e.target.value)}
          disabled={disabled}
        />
      )}
    </div>
  );
}
