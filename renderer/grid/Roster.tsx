/**
 * The roster: everyone not on the grid yet, grouped by kind, with a quick-add box ("type a name,
 * Enter") and drag onto the grid. Dropping a placed actor here takes it off the grid.
 */
import { drag } from 'd3-drag';
import { select as d3select } from 'd3-selection';
import { memo, useEffect, useRef, useState, type FormEvent } from 'react';
import { dropPoint } from '../../shared/geometry';
import { ACTOR_KINDS, newActor, type Actor, type ActorKind } from '../../shared/model';
import { useT } from '../i18n/useT';
import { placeInColumn } from '../layout/placeFree';
import { useApp } from '../store';
import { actorLabel } from './actorLabel';
import { newId } from './ids';
import { clientToView, useGridView } from './viewStore';

/** Places an actor without a mouse: in a free spot of the neutral column (never on top of someone). */
export function placeByKeyboard(id: string): void {
  placeInColumn(id, 2);
}

const RosterEntry = memo(function RosterEntry({ actor, readOnly }: { actor: Actor; readOnly: boolean }) {
  const t = useT();
  const perform = useApp((s) => s.perform);
  const selected = useApp((s) => s.selection.includes(actor.id));
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(actor.name);

  async function rename(e: FormEvent) {
    e.preventDefault();
    const next = name.trim();
    if (next && next !== actor.name) await perform({ type: 'actor.update', id: actor.id, patch: { name: next } });
    setEditing(false);
  }

  if (editing) {
    return (
      <li className="actor-row editing" data-actor-row={actor.id}>
        <form onSubmit={rename} className="inline-form">
          <input aria-label={t('actors.nameLabel')} value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          <button type="submit">{t('actors.save')}</button>
          <button type="button" className="ghost" onClick={() => setEditing(false)}>
            {t('actors.cancel')}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className={`actor-row roster-entry${selected ? ' selected' : ''}`} data-actor-row={actor.id} data-roster-id={actor.id} title={t('grid.roster.dragHint')}>
      <span className={`roster-icon ${actor.kind}${actor.seat ? ' seat' : ''}`} aria-hidden="true" />
      <span className="actor-name">{actor.name}</span>
      {actor.role && <span className="actor-meta">{actor.role}</span>}
      {!readOnly && (
        <span className="row-actions">
          <button type="button" className="small place" aria-label={t('grid.roster.placeLabel', { name: actor.name })} onClick={() => placeByKeyboard(actor.id)}>
            {t('grid.roster.place')}
          </button>
          <button type="button" className="ghost small" onClick={() => { setName(actor.name); setEditing(true); }}>
            {t('actors.rename')}
          </button>
          <button type="button" className="ghost small danger" aria-label={`${t('actors.delete')} ${actor.name}`} onClick={() => void perform({ type: 'actor.delete', id: actor.id })}>
            {t('actors.delete')}
          </button>
        </span>
      )}
      <span className="visually-hidden">{actorLabel(t, actor)}</span>
    </li>
  );
});

/** Drag from the roster onto the grid with d3-drag; a ghost follows the pointer. */
function useRosterDrag(listRef: React.RefObject<HTMLDivElement | null>, ghostRef: React.RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    let id: string | null = null;
    let moved = false;
    const at = (e: MouseEvent | TouchEvent) => ('touches' in e ? (e.changedTouches[0] ?? { clientX: 0, clientY: 0 }) : e);
    const behaviour = drag<HTMLDivElement, unknown>()
      .filter((e: MouseEvent | TouchEvent) => {
        const target = e.target as Element;
        return !('button' in e && e.button) && !!target.closest('[data-roster-id]') && !target.closest('button, input, select');
      })
      .on('start', (event) => {
        id = (event.sourceEvent.target as Element).closest('[data-roster-id]')?.getAttribute('data-roster-id') ?? null;
        moved = false;
      })
      .on('drag', (event) => {
        const ghost = ghostRef.current;
        if (!id || !ghost || useApp.getState().readOnly) return;
        const p = at(event.sourceEvent);
        if (!moved) {
          ghost.textContent = useApp.getState().map?.actors.find((a) => a.id === id)?.name ?? '';
          ghost.style.display = 'block';
        }
        moved = true;
        ghost.style.transform = `translate(${p.clientX}px, ${p.clientY}px)`;
      })
      .on('end', (event) => {
        if (ghostRef.current) ghostRef.current.style.display = 'none';
        const { perform, select } = useApp.getState();
        if (!id) return;
        if (!moved) return select([id]);
        const p = at(event.sourceEvent);
        const view = clientToView(p.clientX, p.clientY);
        if (!view) return;
        const { scales, transform } = useGridView.getState();
        const dropped = id;
        void perform({ type: 'actors.move', moves: [{ id: dropped, ...dropPoint(scales, transform, view[0], view[1]) }] }).then((ok) => ok && select([dropped]));
      });
    d3select(list).call(behaviour);
    return () => void d3select(list).on('.drag', null);
  }, [listRef, ghostRef]);
}

export function Roster() {
  const t = useT();
  const actors = useApp((s) => s.map?.actors);
  const perform = useApp((s) => s.perform);
  const readOnly = useApp((s) => s.readOnly);
  const overRoster = useGridView((s) => s.overRoster);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ActorKind>('decision-maker');
  const listRef = useRef<HTMLDivElement>(null);
  const ghostRef = useRef<HTMLDivElement>(null);
  useRosterDrag(listRef, ghostRef);

  async function add(e: FormEvent) {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    setName('');
    // A refused add (a full map) gives the name back, unless something else has been typed since.
    if (!(await perform({ type: 'actor.add', actor: newActor(newId(kind === 'influencer' ? 'i' : 'm'), kind, trimmed) }))) setName((typed) => typed || trimmed);
  }

  const all = actors ?? [];
  const waiting = all.filter((a) => a.x === null);
  const placedCount = all.length - waiting.length;
  return (
    <section className={`roster${overRoster ? ' drop-target' : ''}`} aria-labelledby="roster-title" data-roster-drop>
      <h2 id="roster-title">{t('grid.roster.heading')}</h2>
      {!readOnly && (
        <form className="quick-add" onSubmit={add}>
          <input aria-label={t('actors.nameLabel')} placeholder={t('actors.addPlaceholder')} value={name} onChange={(e) => setName(e.target.value)} />
          <div className="kind-choice" role="radiogroup" aria-label={t('actors.kindLabel')}>
            {ACTOR_KINDS.map((k) => (
              <label key={k} className={kind === k ? 'on' : ''}>
                <input type="radio" name="quick-add-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                {t(`kind.${k}`)}
              </label>
            ))}
          </div>
        </form>
      )}
      <div ref={listRef} className="roster-list">
        {all.length === 0 ? (
          <p className="muted">{t('actors.empty')}</p>
        ) : waiting.length === 0 ? (
          <p className="muted">{t('grid.roster.allPlaced')}</p>
        ) : (
          ACTOR_KINDS.map((k) => {
            const group = waiting.filter((a) => a.kind === k);
            if (!group.length) return null;
            return (
              <div key={k} className="roster-group">
                <h3>{t(`grid.roster.group.${k}`, { count: group.length })}</h3>
                <ul>
                  {group.map((a) => (
                    <RosterEntry key={a.id} actor={a} readOnly={readOnly} />
                  ))}
                </ul>
              </div>
            );
          })
        )}
        {placedCount > 0 && <p className="muted small">{t('grid.roster.placedCount', { count: placedCount })}</p>}
        {overRoster && <p className="drop-hint">{t('grid.roster.dropToUnplace')}</p>}
      </div>
      <div ref={ghostRef} className="drag-ghost" aria-hidden="true" />
    </section>
  );
}
