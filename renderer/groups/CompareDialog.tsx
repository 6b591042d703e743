/**
 * Compare and reconcile (DESIGN.md §11): the facilitator adds the breakout groups' files, sees
 * where they disagree (flagged first), the chance under each group's map and the consensus, picks
 * a value per person, and applies it to the open map as one undoable step.
 */
import { useMemo, useState, type DragEvent } from 'react';
import type { PowerMap } from '../../shared/model';
import { reconcile, reconciliationOperation, DEFAULT_FLAG_SPREAD, type Choice, type GroupMap, type ReconciledActor } from '../../shared/reconcile';
import { api } from '../api/client';
import { fileToBase64 } from '../export/download';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { ChanceRange } from './ChanceRange';
import { GhostGrid } from './GhostGrid';
import { groupLetter } from './groupLetters';
import './groups.css';

const MAX_FILE_BYTES = 50 * 1024 * 1024;

const choiceValue = (c: Choice) => (c.kind === 'group' ? `g${c.index}` : c.kind);
const parseChoice = (v: string): Choice => (v.startsWith('g') ? { kind: 'group', index: Number(v.slice(1)) } : { kind: v as 'consensus' | 'keep' });

export function CompareDialog({ map, onClose }: { map: PowerMap; onClose: () => void }) {
  const t = useT();
  const perform = useApp((s) => s.perform);
  const [groups, setGroups] = useState<GroupMap[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [flag, setFlag] = useState(DEFAULT_FLAG_SPREAD);
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  const [focused, setFocused] = useState<string | null>(null);
  const result = useMemo(() => (groups.length ? reconcile(map, groups, flag) : null), [map, groups, flag]);
  // Disagreements first: that is where the room needs research or a meeting.
  const rows = useMemo(() => (result ? [...result.actors].sort((a, b) => Number(b.flagged) - Number(a.flagged)) : []), [result]);
  const op = useMemo(() => (result ? reconciliationOperation(map, result, choices) : null), [map, result, choices]);
  const shown = rows.find((r) => r.id === focused) ?? rows.find((r) => r.flagged) ?? rows[0] ?? null;

  async function addFiles(files: File[]) {
    const found: GroupMap[] = [];
    const failed: string[] = [];
    for (const file of files) {
      if (file.size > MAX_FILE_BYTES) {
        failed.push(t('groups.compare.unreadable', { file: file.name, reason: t('export.errors.tooBig') }));
        continue;
      }
      const r = await api()['groups.readMap']({ name: file.name, base64: await fileToBase64(file) });
      if (r.ok) found.push({ file: file.name, map: r.value });
      else {
        const reason = r.error.params?.file ? t(`export.errors.${r.error.params.file}`) : t(`errors.${r.error.code}`, { field: '', message: '', ...r.error.params });
        failed.push(t('groups.compare.unreadable', { file: file.name, reason }));
      }
    }
    setProblems(failed);
    setGroups((g) => [...g, ...found]);
  }

  function onDrop(e: DragEvent) {
    // The window would otherwise open the dropped file as a map of its own.
    e.preventDefault();
    e.stopPropagation();
    void addFiles(Array.from(e.dataTransfer.files));
  }

  function choose(row: ReconciledActor, value: string) {
    setChoices((old) => new Map(old).set(row.id, parseChoice(value)));
  }

  async function apply() {
    if (op && (await perform(op))) onClose();
  }

  const placedCount = (row: ReconciledActor) => row.groups.filter(Boolean).length;
  return (
    <div className="dialog-backdrop">
      <div className="dialog compare-dialog" role="dialog" aria-modal="true" aria-labelledby="compare-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h2 id="compare-title">{t('groups.compare.title')}</h2>
        <div className="compare-drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop} data-testid="compare-drop">
          <p>{t('groups.compare.intro')}</p>
          <label className="button">
            {t('groups.compare.choose')}
            <input
              type="file"
              multiple
              accept=".powermap,.json,.png,.svg"
              className="visually-hidden"
              onChange={(e) => {
                void addFiles(Array.from(e.target.files ?? []));
                e.target.value = '';
              }}
            />
          </label>
          {groups.length > 0 && (
            <ul className="group-files">
              {groups.map((g, i) => (
                <li key={i}>
                  <strong>{t('groups.compare.groupName', { letter: groupLetter(i) })}</strong> {g.map.title || g.file} <small>({g.file})</small>
                </li>
              ))}
            </ul>
          )}
        </div>
        {problems.map((p) => (
          <p key={p} className="field-error" role="alert">
            {p}
          </p>
        ))}
        {result && (
          <>
            <div className="compare-summary">
              <ChanceRange groups={result.groups} consensus={result.consensus.pAdopt} />
              {shown && <GhostGrid row={shown} />}
            </div>
            <label className="flag-setting">
              {t('groups.compare.flagAt')}
              <select value={flag} onChange={(e) => setFlag(Number(e.target.value))}>
                {[1, 2, 3, 4].map((n) => (
                  <option key={n} value={n}>
                    {t('groups.compare.columns', { count: n })}
                  </option>
                ))}
              </select>
            </label>
            <div className="compare-table-wrap">
              <table className="compare-table" data-testid="compare-table">
                <thead>
                  <tr>
                    <th scope="col">{t('groups.compare.person')}</th>
                    {result.groups.map((_, i) => (
                      <th key={i} scope="col">
                        {groupLetter(i)}
                      </th>
                    ))}
                    <th scope="col">{t('groups.compare.consensus')}</th>
                    <th scope="col">{t('groups.compare.spread')}</th>
                    <th scope="col">{t('groups.compare.use')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id} className={row.flagged ? 'flagged' : undefined} data-actor-id={row.id} aria-current={shown?.id === row.id || undefined}>
                      <th scope="row">
                        <button type="button" className="ghost" onClick={() => setFocused(row.id)}>
                          {row.name}
                        </button>
                        {row.flagged && <span className="badge flag">{t('groups.compare.disagree')}</span>}
                        {row.source === 'new' && <span className="badge new">{t('groups.compare.new')}</span>}
                      </th>
                      {row.groups.map((p, i) => (
                        <td key={i}>{p ? <span className={`col-chip col-${p.column}`} title={t(`column.${p.column}`)}>{t(`whip.${p.column}`)}</span> : <span className="col-chip none">·</span>}</td>
                      ))}
                      <td>{row.consensus ? t(`column.${row.consensus.column}`) : '—'}</td>
                      <td className="num">{placedCount(row) > 1 ? row.spread : '—'}</td>
                      <td>
                        <select
                          aria-label={t('groups.compare.useFor', { name: row.name })}
                          value={choiceValue(choices.get(row.id) ?? { kind: 'consensus' })}
                          onChange={(e) => choose(row, e.target.value)}
                          disabled={!row.consensus}
                        >
                          <option value="consensus">{t('groups.compare.useConsensus')}</option>
                          {row.groups.map((p, i) =>
                            p ? (
                              <option key={i} value={`g${i}`}>
                                {t('groups.compare.useGroup', { letter: groupLetter(i), column: t(`column.${p.column}`) })}
                              </option>
                            ) : null,
                          )}
                          <option value="keep">{row.source === 'new' ? t('groups.compare.leaveOut') : t('groups.compare.keep')}</option>
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('groups.compare.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void apply()} disabled={!op}>
            {t('groups.compare.apply')}
          </button>
        </div>
      </div>
    </div>
  );
}
