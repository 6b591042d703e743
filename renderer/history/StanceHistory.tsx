/**
 * One person's stance over time, in their editor: each change of column, when, and the meeting or
 * note behind it. Worked out off the main thread when the section is opened, and again when the map
 * changes while it is open.
 */
import { useEffect, useRef, useState } from 'react';
import type { StanceMove } from '../../shared/history';
import { dateTime, standingWord } from '../../shared/history/words';
import { readJournalText } from './readJournalText';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { historyRunner } from './historyStore';
import { noteOf } from './notes';
import './history.css';

export function StanceHistory({ actorId }: { actorId: string }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const docId = useApp((s) => s.docId);
  const map = useApp((s) => s.map);
  const [open, setOpen] = useState(false);
  const [moves, setMoves] = useState<{ actorId: string; moves: StanceMove[] } | null>(null);
  const runner = useRef<ReturnType<typeof historyRunner> | null>(null);
  useEffect(() => () => runner.current?.dispose(), []);
  useEffect(() => {
    if (!open || !docId || !map) return;
    let live = true;
    void readJournalText(docId).then((r) => {
      if (!live || !r.ok) return;
      runner.current ??= historyRunner();
      runner.current.request({ kind: 'stance', map, journal: r.value, actorId }, (a) => live && a.kind === 'stance' && setMoves({ actorId: a.actorId, moves: a.moves }));
    });
    return () => {
      live = false;
    };
  }, [open, docId, map, actorId]);
  if (!map) return null;
  const shown = moves?.actorId === actorId ? moves.moves : null;
  return (
    <details className="stance-history" data-testid="stance-history" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('historyApp.stance.heading')}</summary>
      {open && !shown && <p className="history-empty">{t('historyApp.computing')}</p>}
      {shown && shown.length === 0 && <p className="history-empty">{t('historyApp.stance.none')}</p>}
      {shown && shown.length > 0 && (
        <ol>
          {[...shown].reverse().map((m) => (
            <li key={m.seq}>
              <time dateTime={m.at}>{dateTime(m.at, lang)}</time>
              <span className="stance-move">{t('historyApp.stance.move', { from: standingWord(m.from, t), to: standingWord(m.to, t) })}</span>
              <span className="stance-note">{noteOf(m, map, t, lang) ?? t('historyApp.stance.noNote')}</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
