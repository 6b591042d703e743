/**
 * The editor's column choice: the Spectrum of Allies column as a select, for people who cannot or
 * would rather not drag. Choosing a column moves the actor to that column's centre at the same
 * power (one actors.move, so one undo step); someone not on the grid yet is placed in a free spot
 * of that column.
 */
import { COLUMN_COUNT, column, columnCentre, type Actor } from '../../shared/model';
import { useT } from '../i18n/useT';
import { placeInColumn } from '../layout/placeFree';
import { useApp } from '../store';

export function ColumnChoice({ actor }: { actor: Actor }) {
  const t = useT();
  const current = actor.x === null ? '' : String(column(actor.x));
  const choose = (value: string) => {
    if (value === '' || value === current) return;
    const col = Number(value);
    if (actor.x === null || actor.y === null) return placeInColumn(actor.id, col);
    void useApp.getState().perform({ type: 'actors.move', moves: [{ id: actor.id, x: Math.round(columnCentre(col) * 1e4) / 1e4, y: actor.y }] });
  };
  return (
    <label className="editor-field">
      <span>{t('workspace.column.label')}</span>
      <select value={current} onChange={(e) => choose(e.target.value)} data-testid="column-choice">
        {current === '' && <option value="">{t('workspace.column.unplaced')}</option>}
        {Array.from({ length: COLUMN_COUNT }, (_, c) => (
          <option key={c} value={c}>
            {t(`column.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
