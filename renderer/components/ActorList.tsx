import { useState, type FormEvent } from 'react';
import { ACTOR_KINDS, column, newActor, type Actor, type ActorKind } from '../../shared/model';
import { useT } from '../i18n/useT';
import { useApp } from '../store';

export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

function ActorRow({ actor }: { actor: Actor }) {
  const t = useT();
  const perform = useApp((s) => s.perform);
  const readOnly = useApp((s) => s.readOnly);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(actor.name);

  async function rename(e: FormEvent) {
    e.preventDefault();
    const next = name.trim();
    if (next && next !== actor.name) await perform({ type: 'actor.update', id: actor.id, patch: { name: next } });
    setEditing(false);
  }

  const where = actor.x === null ? t('actors.unplaced') : t(`column.${column(actor.x)}`);
  return (
    <li className="actor-row" data-actor-row={actor.id}>
      {editing ? (
        <form onSubmit={rename} className="inline-form">
          <input aria-label={t('actors.nameLabel')} value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          <button type="submit">{t('actors.save')}</button>
          <button type="button" className="ghost" onClick={() => setEditing(false)}>
            {t('actors.cancel')}
          </button>
        </form>
      ) : (
        <>
          <span className={`kind-dot ${actor.kind}`} aria-hidden="true" />
          <span className="actor-name">{actor.name}</span>
          <span className="actor-meta">
            {t(`kind.${actor.kind}`)} · {where}
          </span>
          {!readOnly && (
            <span className="row-actions">
              <button type="button" className="ghost small" onClick={() => { setName(actor.name); setEditing(true); }}>
                {t('actors.rename')}
              </button>
              <button
                type="button"
                className="ghost small danger"
                aria-label={`${t('actors.delete')} ${actor.name}`}
                onClick={() => void perform({ type: 'actor.delete', id: actor.id })}
              >
                {t('actors.delete')}
              </button>
            </span>
          )}
        </>
      )}
    </li>
  );
}

/** The people and groups on the map, with a quick-add box for entering a whole board fast. */
export function ActorList() {
  const t = useT();
  const actors = useApp((s) => s.map?.actors ?? []);
  const perform = useApp((s) => s.perform);
  const readOnly = useApp((s) => s.readOnly);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ActorKind>('decision-maker');

  async function add(e: FormEvent) {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    setName('');
    await perform({ type: 'actor.add', actor: newActor(newId(kind === 'influencer' ? 'i' : 'm'), kind, trimmed) });
  }

  return (
    <section className="actor-list" aria-labelledby="actors-title">
      <h2 id="actors-title">{t('actors.heading')}</h2>
      {!readOnly && (
        <form className="quick-add" onSubmit={add}>
          <input aria-label={t('actors.nameLabel')} placeholder={t('actors.addPlaceholder')} value={name} onChange={(e) => setName(e.target.value)} />
          <select aria-label={t('actors.kindLabel')} value={kind} onChange={(e) => setKind(e.target.value as ActorKind)}>
            {ACTOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
          <button type="submit">{t('actors.add')}</button>
        </form>
      )}
      {actors.length === 0 ? (
        <p className="muted">{t('actors.empty')}</p>
      ) : (
        <>
          <p className="muted small">{t('actors.count', { count: actors.length })}</p>
          <ul>
            {actors.map((a) => (
              <ActorRow key={a.id} actor={a} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
