/**
 * The toolbar's "Meetings…": opens the meetings and follow-ups dialog; so does the M key anywhere
 * on the map screen but in a text field or over another dialog.
 */
import { useEffect } from 'react';
import type { Meeting } from '../../shared/memory/model';
import { formatDay } from '../../shared/meetings/words';
import { useMenuEvent } from '../desktop/useMenuEvent';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { MeetingsDialog } from './MeetingsDialog';
import { useMeetingsUi } from './meetingsUi';
import './meetings.css';

function isTextField(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function MeetingsButton() {
  const t = useT();
  const map = useApp((s) => s.map);
  const view = useMeetingsUi((s) => s.view);
  useMenuEvent({ 'map.meetings': () => useMeetingsUi.getState().show({ kind: 'list' }) });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'm' || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      if (document.querySelector('.dialog-backdrop, .workspace[inert]')) return;
      e.preventDefault();
      useMeetingsUi.getState().show({ kind: 'list' });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      useMeetingsUi.getState().close();
    };
  }, []);
  if (!map) return null;
  return (
    <>
      <button type="button" onClick={() => useMeetingsUi.getState().show({ kind: 'list' })} title={t('meetings.buttonHint')} aria-haspopup="dialog" aria-keyshortcuts="M">
        {t('meetings.button')}
      </button>
      {view && <MeetingsDialog view={view} />}
    </>
  );
}

/**
 * The decision-maker editor's "Log a meeting…", prefilled with that member and today's date, and
 * the last meeting with them (which opens it).
 */
export function LogMeetingButton({ actorId }: { actorId: string }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const meetings = useApp((s) => s.map?.meetings);
  const last = meetings?.filter((m) => m.with.includes(actorId)).reduce<Meeting | null>((a, m) => (!a || m.date >= a.date ? m : a), null);
  return (
    <div className="log-meeting">
      <button type="button" onClick={() => useMeetingsUi.getState().logMeeting([actorId])}>
        {t('meetings.logFromEditor')}
      </button>
      {last && (
        <button type="button" className="link-like small" onClick={() => useMeetingsUi.getState().show({ kind: 'form', id: last.id, with: last.with, back: null })}>
          {t('meetings.lastMet', { date: formatDay(last.date, lang), response: t(`meetings.response.${last.response}`) })}
        </button>
      )}
    </div>
  );
}
