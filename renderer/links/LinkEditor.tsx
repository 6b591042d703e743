/** The side panel for the link picked on the grid: who reaches whom, its strength (one undo step per change), delete. */
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { useLinkSelection } from './linkSelection';
import './links.css';

export function LinkEditor() {
  const t = useT();
  const map = useApp((s) => s.map);
  const readOnly = useApp((s) => s.readOnly);
  const perform = useApp((s) => s.perform);
  const ref = useLinkSelection((s) => s.link);
  const setLink = useLinkSelection((s) => s.setLink);
  const link = ref && map?.links.find((l) => l.from === ref.from && l.to === ref.to);
  if (!map || !link) return null;
  const nameOf = (id: string) => map.actors.find((a) => a.id === id)?.name ?? id;
  const names = { from: nameOf(link.from), to: nameOf(link.to) };
  const value = Math.round(link.strength * 100);
  // A slider commits when it is let go (pointer or key), so a drag along it is one undo step.
  const commit = (e: React.SyntheticEvent<HTMLInputElement>) => {
    const strength = Number(e.currentTarget.value) / 100;
    if (strength !== link.strength) void perform({ type: 'link.update', from: link.from, to: link.to, strength });
  };
  return (
    <section className="link-editor" aria-labelledby="link-editor-title" data-testid="link-editor">
      <h2 id="link-editor-title">{t('links.heading')}</h2>
      <fieldset disabled={readOnly} className="editor-fields">
        <div className="editor-body">
          <p className="link-ends">{t('links.fromTo', names)}</p>
          <label className="editor-field">
            <span>{t('links.strength', { value })}</span>
            <input type="range" name="link-strength" min={0} max={100} step={10} defaultValue={value} key={`${link.from}>${link.to}:${value}`} onPointerUp={commit} onKeyUp={commit} />
          </label>
          <p className="muted small">{t('links.strengthHint', names)}</p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              void perform({ type: 'link.remove', from: link.from, to: link.to });
              setLink(null);
            }}
          >
            {t('links.delete')}
          </button>
        </div>
      </fieldset>
    </section>
  );
}
