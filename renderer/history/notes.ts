/** The words behind a change in the history views: its label, its meeting, or undo and redo. */
import type { EntryKind } from '../../shared/history';
import { shortDate } from '../../shared/history/words';
import type { Translate } from '../../shared/i18n';
import type { Language } from '../../shared/contract';
import type { PowerMap } from '../../shared/model';
import { dayStart } from '../../shared/history/timeline';

export interface Noted {
  kind: EntryKind;
  label: string | null;
  meeting: string | null;
}

/** "Meeting of Sep 14, 2026 — Co-sponsor the policy", a label, or null when the change has no note. */
export function noteOf(c: Noted, map: PowerMap, t: Translate, lang: Language): string | null {
  const parts: string[] = [];
  if (c.kind === 'undo') parts.push(t('historyApp.undone'));
  if (c.kind === 'redo') parts.push(t('historyApp.redone'));
  if (c.meeting) {
    const m = map.meetings.find((x) => x.id === c.meeting);
    parts.push(m ? `${t('historyApp.meetingOn', { date: shortDate(dayStart(m.date), lang) })}${m.ask ? ` — ${m.ask}` : ''}` : t('historyApp.aMeeting'));
  }
  if (c.label) parts.push(c.label);
  return parts.length ? parts.join(' · ') : null;
}
