/**
 * The side-panel editor for the selection: every field of one actor, its voting block and its
 * influence links; for several actors, grouping them into a block or deleting them.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ACTOR_KINDS, type Actor, type PowerMap } from '../../shared/model';
import type { ActorPatch, Operation } from '../../shared/ops';
import { LazyOptionsSelect } from '../components/LazyOptionsSelect';
import { StanceHistory } from '../history/StanceHistory';
import { useT } from '../i18n/useT';
import { LogMeetingButton } from '../meetings/MeetingsButton';
import { useApp } from '../store';
import { actorLabel } from './actorLabel';
import { ColumnChoice } from './ColumnChoice';
import { newId } from './ids';
import { useAfterPaint } from './useAfterPaint';
import { addLink } from './useGridDrag';
import { deleteSelection, EDITOR_NAME_ID, takeNameFocus } from './useGridKeys';

const pct = (p: number) => Math.round(p * 100);

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="editor-field">
      <span>{label}</span>
      {children}
    </label>
  );
}

/** A text field that saves when it loses focus or on Enter (one undo step per edit, not per key). */
function TextField({ id, label, value, multiline, onSave }: { id?: string; label: string; value: string; multiline?: boolean; onSave(v: string): void }) {
  const commit = (v: string) => {
    if (v !== value) onSave(v);
  };
  const common = {
    id,
    defaultValue: value,
    onBlur: (e: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => commit(e.target.value),
  };
  return (
    <Field label={label}>
      {multiline ? (
        <textarea key={value} rows={3} {...common} />
      ) : (
        <input key={value} {...common} onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()} />
      )}
    </Field>
  );
}

/** Ops that move `ids` into block `target` (or out of every block when null), keeping "one block per member". */
function membershipOps(map: PowerMap, ids: string[], target: string | null): Operation[] {
  const ops: Operation[] = [];
  for (const b of map.blocks) {
    const keep = b.members.filter((m) => !ids.includes(m));
    if (b.id === target) ops.push({ type: 'block.setMembers', id: b.id, members: [...keep, ...ids] });
    else if (keep.length !== b.members.length) ops.push({ type: 'block.setMembers', id: b.id, members: keep });
  }
  return ops;
}

function NewBlock({ ids }: { ids: string[] }) {
  const t = useT();
  const [name, setName] = useState('');
  const create = () => {
    const { map, perform } = useApp.getState();
    if (!map || !name.trim()) return;
    const block = { id: newId('b'), name: name.trim(), members: ids, cohesion: 0.8 };
    void perform({ type: 'batch', ops: [...membershipOps(map, ids, null), { type: 'block.create', block }] });
    setName('');
  };
  return (
    <div className="inline-form">
      <input aria-label={t('grid.editor.newBlockName')} placeholder={t('grid.editor.newBlockName')} value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && create()} />
      <button type="button" onClick={create} disabled={!name.trim()}>
        {t('grid.editor.createBlock')}
      </button>
    </div>
  );
}

/**
 * The actor's links, and a list of every other actor to link with. That list is the heaviest part
 * of the editor on a big map: its options are built only when the list is focused or pressed, it
 * follows the map one painted frame behind (a drop on the grid paints first) and is worked out
 * again only when the map's actors or links change.
 */
function LinksEditor({ actor, map: liveMap }: { actor: Actor; map: PowerMap }) {
  const t = useT();
  const perform = useApp((s) => s.perform);
  const [other, setOther] = useState('');
  const map = useAfterPaint(liveMap);
  const { actors, links: allLinks } = map;
  const nameOf = (id: string) => actors.find((a) => a.id === id)?.name ?? id;
  const links = useMemo(() => allLinks.filter((l) => l.from === actor.id || l.to === actor.id), [allLinks, actor.id]);
  const options = useMemo(() => {
    // One set of the linked, not a search of the links per actor: a thousand actors are offered.
    const linked = new Set(links.flatMap((l) => [l.from, l.to]));
    return actors.filter((a) => a.id !== actor.id && !linked.has(a.id));
  }, [actors, links, actor.id]);
  return (
    <fieldset className="editor-links">
      <legend>{t('grid.editor.links')}</legend>
      {links.length === 0 && <p className="muted small">{t('grid.editor.noLinks')}</p>}
      <ul>
        {links.map((l) => (
          <li key={`${l.from}>${l.to}`}>
            <span>{l.from === actor.id ? t('grid.editor.influences', { name: nameOf(l.to) }) : t('grid.editor.influencedBy', { name: nameOf(l.from) })}</span>
            <button
              type="button"
              className="ghost small danger"
              aria-label={t('grid.editor.removeLink', { from: nameOf(l.from), to: nameOf(l.to) })}
              onClick={() => void perform({ type: 'link.remove', from: l.from, to: l.to })}
            >
              {t('grid.editor.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-form">
        <LazyOptionsSelect aria-label={t('grid.editor.linkWith')} value={other} options={options} placeholder={t('grid.editor.linkWith')} onChange={(e) => setOther(e.target.value)} />
        <button type="button" disabled={!other} onClick={() => void addLink(actor.id, other).then(() => setOther(''))}>
          {t('grid.editor.addLink')}
        </button>
      </div>
    </fieldset>
  );
}

function SingleEditor({ actor, map }: { actor: Actor; map: PowerMap }) {
  const t = useT();
  const perform = useApp((s) => s.perform);
  const update = (patch: ActorPatch) => void perform({ type: 'actor.update', id: actor.id, patch });
  const block = map.blocks.find((b) => b.members.includes(actor.id));
  useEffect(() => {
    if (takeNameFocus(actor.id)) document.getElementById(EDITOR_NAME_ID)?.focus();
  }, [actor.id]);
  return (
    <div className="editor-body">
      <p className="editor-where">{actorLabel(t, actor)}</p>
      <TextField id={EDITOR_NAME_ID} label={t('grid.editor.name')} value={actor.name} onSave={(v) => v.trim() && update({ name: v.trim() })} />
      <TextField label={t('grid.editor.role')} value={actor.role} onSave={(role) => update({ role })} />
      <ColumnChoice actor={actor} />
      <StanceHistory actorId={actor.id} />
      {actor.kind === 'decision-maker' && <LogMeetingButton actorId={actor.id} />}
      <Field label={t('grid.editor.kind')}>
        <select value={actor.kind} onChange={(e) => update({ kind: e.target.value as Actor['kind'], ...(e.target.value === 'influencer' ? { seat: false } : {}) })}>
          {ACTOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      {actor.kind === 'decision-maker' && (
        <label className="editor-check">
          <input type="checkbox" checked={actor.seat} onChange={(e) => update({ seat: e.target.checked })} />
          {t('grid.editor.seat')}
        </label>
      )}
      <label className="editor-check">
        <input type="checkbox" checked={actor.pYes !== null} onChange={(e) => update({ pYes: e.target.checked ? 0.5 : null })} />
        {t('grid.editor.pYesOverride')}
      </label>
      {actor.pYes !== null && (
        <Field label={t('grid.editor.pYes', { value: pct(actor.pYes) })}>
          <input type="range" min={0} max={100} step={5} defaultValue={pct(actor.pYes)} key={actor.pYes} onPointerUp={(e) => update({ pYes: Number(e.currentTarget.value) / 100 })} onKeyUp={(e) => update({ pYes: Number(e.currentTarget.value) / 100 })} />
        </Field>
      )}
      <Field label={t('grid.editor.attendance', { value: pct(actor.pPresent) })}>
        <input type="range" min={0} max={100} step={5} defaultValue={pct(actor.pPresent)} key={actor.pPresent} onPointerUp={(e) => update({ pPresent: Number(e.currentTarget.value) / 100 })} onKeyUp={(e) => update({ pPresent: Number(e.currentTarget.value) / 100 })} />
      </Field>
      <label className="editor-check">
        <input type="checkbox" checked={actor.recused} onChange={(e) => update({ recused: e.target.checked })} />
        {t('grid.editor.recused')}
      </label>
      <Field label={t('grid.editor.block')}>
        <select
          value={block?.id ?? ''}
          onChange={(e) => {
            const ops = membershipOps(map, [actor.id], e.target.value || null);
            if (ops.length) void perform(ops.length === 1 ? ops[0]! : { type: 'batch', ops });
          }}
        >
          <option value="">{t('grid.editor.noBlock')}</option>
          {map.blocks.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </Field>
      {!block && <NewBlock ids={[actor.id]} />}
      <TextField label={t('grid.editor.notes')} value={actor.notes} multiline onSave={(notes) => update({ notes })} />
      <LinksEditor actor={actor} map={map} />
      <button type="button" className="danger" onClick={deleteSelection}>
        {t('grid.editor.delete')}
      </button>
    </div>
  );
}

/**
 * Editor for the selected actor(s); a hint when nothing is selected. It follows the selection one
 * painted frame behind (useAfterPaint): a press on the grid is on screen first, and the editor,
 * with its list of every actor to link with, mounts after. Its fields follow the map at once
 * (a checkbox shows its own click), its list of actors to link with a frame behind.
 */
export function ActorEditor() {
  const t = useT();
  const map = useApp((s) => s.map);
  const selection = useAfterPaint(useApp((s) => s.selection));
  const readOnly = useApp((s) => s.readOnly);
  if (!map) return null;
  const chosen = map.actors.filter((a) => selection.includes(a.id));
  if (chosen.length === 0) return <p className="editor-hint muted">{t('grid.editor.hint')}</p>;
  return (
    <section className="actor-editor" aria-labelledby="editor-title" data-editing={chosen.length === 1 ? chosen[0]!.id : undefined}>
      <h2 id="editor-title">{chosen.length === 1 ? chosen[0]!.name : t('grid.editor.manySelected', { count: chosen.length })}</h2>
      <fieldset disabled={readOnly} className="editor-fields">
        {chosen.length === 1 ? (
          <SingleEditor key={chosen[0]!.id} actor={chosen[0]!} map={map} />
        ) : (
          <div className="editor-body">
            <p className="muted small">{t('grid.editor.groupHint')}</p>
            <NewBlock ids={chosen.map((a) => a.id)} />
            <button type="button" className="danger" onClick={deleteSelection}>
              {t('grid.editor.deleteMany', { count: chosen.length })}
            </button>
          </div>
        )}
      </fieldset>
    </section>
  );
}
