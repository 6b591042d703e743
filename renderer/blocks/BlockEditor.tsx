/**
 * The side panel for the selected voting block: its name, how often its members vote as one
 * (cohesion), who is in it, and delete. Every change is one operation with its inverse, so one undo
 * step; the block stays selected while its members change.
 */
import { useState } from 'react';
import type { Block, PowerMap } from '../../shared/model';
import type { Operation } from '../../shared/ops';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { selectedBlockOf, useBlockSelection } from './blockSelection';
import './blocks.css';

/** Seated decision-makers in no other block: the ones the projection accepts as members. */
function candidates(map: PowerMap, block: Block) {
  const taken = new Set(map.blocks.flatMap((b) => b.members));
  return map.actors.filter((a) => a.kind === 'decision-maker' && a.seat && !taken.has(a.id) && !block.members.includes(a.id));
}

export function BlockEditor() {
  const t = useT();
  const map = useApp((s) => s.map);
  const selection = useApp((s) => s.selection);
  const readOnly = useApp((s) => s.readOnly);
  const perform = useApp((s) => s.perform);
  const blockId = useBlockSelection((s) => s.id);
  const [adding, setAdding] = useState('');
  const block = selectedBlockOf(blockId, map, selection);
  if (!map || !block) return null;
  const nameOf = (id: string) => map.actors.find((a) => a.id === id)?.name ?? id;
  const run = (op: Operation) => void perform(op);
  const rename = (value: string) => {
    const name = value.trim();
    if (name && name !== block.name) run({ type: 'block.update', id: block.id, patch: { name } });
  };
  const cohesion = Math.round(block.cohesion * 100);
  const commitCohesion = (e: React.SyntheticEvent<HTMLInputElement>) => {
    const value = Number(e.currentTarget.value) / 100;
    if (value !== block.cohesion) run({ type: 'block.update', id: block.id, patch: { cohesion: value } });
  };
  const free = candidates(map, block);
  return (
    <section className="block-editor" aria-labelledby="block-editor-title" data-testid="block-editor">
      <h2 id="block-editor-title">
        {t('blocks.heading')}: {block.name}
      </h2>
      <fieldset disabled={readOnly} className="editor-fields">
        <div className="editor-body">
          <label className="editor-field">
            <span>{t('blocks.name')}</span>
            <input
              name="block-name"
              key={block.name}
              defaultValue={block.name}
              onBlur={(e) => rename(e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
            />
          </label>
          <label className="editor-field">
            <span>{t('blocks.cohesion', { value: cohesion })}</span>
            <input type="range" name="block-cohesion" min={0} max={100} step={5} defaultValue={cohesion} key={cohesion} onPointerUp={commitCohesion} onKeyUp={commitCohesion} />
          </label>
          <p className="muted small">{t('blocks.cohesionHint')}</p>
          <fieldset className="block-members">
            <legend>{t('blocks.members')}</legend>
            {block.members.length === 0 && <p className="muted small">{t('blocks.noMembers')}</p>}
            <ul>
              {block.members.map((id) => (
                <li key={id}>
                  <span>{nameOf(id)}</span>
                  <button
                    type="button"
                    className="ghost small danger"
                    aria-label={t('blocks.removeMember', { name: nameOf(id) })}
                    onClick={() => run({ type: 'block.setMembers', id: block.id, members: block.members.filter((m) => m !== id) })}
                  >
                    {t('blocks.remove')}
                  </button>
                </li>
              ))}
            </ul>
            {free.length > 0 ? (
              <div className="inline-form">
                <select aria-label={t('blocks.addMember')} value={adding} onChange={(e) => setAdding(e.target.value)}>
                  <option value="">{t('blocks.addMember')}</option>
                  {free.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  disabled={!adding}
                  onClick={() => {
                    run({ type: 'block.setMembers', id: block.id, members: [...block.members, adding] });
                    setAdding('');
                  }}
                >
                  {t('blocks.add')}
                </button>
              </div>
            ) : (
              <p className="muted small">{t('blocks.onlySeats')}</p>
            )}
          </fieldset>
          <p className="muted small">{t('blocks.moveHint')}</p>
          <button type="button" className="danger" onClick={() => run({ type: 'block.delete', id: block.id })}>
            {t('blocks.delete')}
          </button>
        </div>
      </fieldset>
    </section>
  );
}
