/**
 * The meetings dialog: the list of constituent meetings, the open follow-ups by owner, and the
 * form to log or edit a meeting. Every change is one operation, so one undo step.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { ShowOlder } from '../components/ShowOlder';
import { usePages } from '../components/usePages';
import { joinNames } from '../../shared/listFormat';
import type { Meeting } from '../../shared/memory/model';
import { formatDay, namesMet } from '../../shared/meetings/words';
import type { PowerMap } from '../../shared/model';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { exportMemory } from './exportFile';
import { FollowUpsList } from './FollowUpsList';
import { MeetingForm } from './MeetingForm';
import { useMeetingsUi, type MeetingsView } from './meetingsUi';

type Message = { ok: boolean; text: string } | null;

const MeetingRow = memo(function MeetingRow({ map, meeting }: { map: PowerMap; meeting: Meeting }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const readOnly = useApp((s) => s.readOnly);
  const date = formatDay(meeting.date, lang);
  const names = joinNames(namesMet(map, meeting), lang);
  const f = meeting.followUp;
  const followUp = f && [f.owner.trim(), f.due ? t('meetings.followUps.dueOn', { date: formatDay(f.due, lang) }) : ''].filter(Boolean).join(', ');
  return (
    <li className="meeting-row" data-meeting-id={meeting.id}>
      <div className="meeting-head">
        <strong>{date}</strong> · <span>{names}</span>
        <span className={`response-badge response-${meeting.response}`}>{t(`meetings.response.${meeting.response}`)}</span>
      </div>
      {meeting.ask && <p className="meeting-ask">{t('meetings.ics.ask', { text: meeting.ask })}</p>}
      {meeting.commitment && <p className="meeting-commitment">{t('meetings.ics.commitment', { text: meeting.commitment })}</p>}
      {followUp && <p className="muted small">{t(f.done ? 'meetings.list.followUpDone' : 'meetings.list.followUp', { what: followUp })}</p>}
      <div className="meeting-actions">
        <button type="button" className="small" aria-label={t('meetings.list.editLabel', { date, names })} onClick={() => useMeetingsUi.getState().show({ kind: 'form', id: meeting.id, with: meeting.with, back: 'list' })}>
          {t('meetings.list.edit')}
        </button>
        <button
          type="button"
          className="small danger"
          disabled={readOnly}
          aria-label={t('meetings.list.deleteLabel', { date, names })}
          onClick={() => void useApp.getState().perform({ type: 'meeting.delete', id: meeting.id }, undefined, { meeting: meeting.id })}
        >
          {t('meetings.list.delete')}
        </button>
      </div>
    </li>
  );
});

/**
 * Meetings listed at first, and added by each "Show older": a campaign's log can hold thousands,
 * and drawing a thousand rows held the page 330 ms when the dialog opened.
 */
const MEETINGS_PER_PAGE = 50;

function MeetingList({ map, onMessage }: { map: PowerMap; onMessage(m: Message): void }) {
  const t = useT();
  const readOnly = useApp((s) => s.readOnly);
  // Newest first: the last meeting is the one a committee talks about.
  const meetings = useMemo(() => [...map.meetings].sort((a, b) => b.date.localeCompare(a.date)), [map.meetings]);
  const { shown, older, showOlder, list } = usePages(meetings, MEETINGS_PER_PAGE);
  return (
    <div className="meetings-pane">
      <div className="meetings-toolbar">
        <button type="button" className="primary" disabled={readOnly} onClick={() => useMeetingsUi.getState().logMeeting([], 'list')}>
          {t('meetings.list.log')}
        </button>
        <span className="muted small">{t('meetings.list.count', { count: meetings.length })}</span>
        <button type="button" disabled={meetings.length === 0} onClick={() => void exportMemory('meetings', t).then(onMessage)}>
          {t('meetings.list.exportCsv')}
        </button>
      </div>
      {meetings.length === 0 ? (
        <p className="muted">{t('meetings.list.empty')}</p>
      ) : (
        <>
          <ul className="meeting-list" aria-label={t('meetings.tabs.meetings')} ref={list}>
            {shown.map((m) => (
              <MeetingRow key={m.id} map={map} meeting={m} />
            ))}
          </ul>
          <ShowOlder older={older} onClick={showOlder} label={t('meetings.list.showOlder', { count: older })} />
        </>
      )}
    </div>
  );
}

export function MeetingsDialog({ view }: { view: MeetingsView }) {
  const t = useT();
  const map = useApp((s) => s.map);
  const { show, close } = useMeetingsUi.getState();
  const [message, setMessage] = useState<Message>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  // Focus moves into the dialog when it opens and goes back where it was when it closes.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    return () => before?.focus?.({ preventScroll: true });
  }, []);
  useEffect(() => {
    setMessage(null);
    const first = dialogRef.current?.querySelector<HTMLElement>(view.kind === 'form' ? '.meeting-form input, .meeting-form select' : '[role="tab"][aria-selected="true"]');
    first?.focus();
  }, [view.kind]);
  // On the window, not the dialog: Escape works wherever focus is (a follow-up just marked done leaves none).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      if (view.kind === 'form' && view.back) show({ kind: view.back });
      else close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view, show, close]);
  if (!map) return null;
  const tab = view.kind === 'form' ? null : view.kind;
  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog meetings-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="meetings-title"
      >
        <div className="meetings-title-row">
          <h2 id="meetings-title">{view.kind === 'form' ? t(view.id ? 'meetings.form.titleEdit' : 'meetings.form.titleNew') : t('meetings.title')}</h2>
          <button type="button" className="ghost" onClick={close}>
            {t('meetings.close')}
          </button>
        </div>
        {tab && (
          <div className="meetings-tabs" role="tablist">
            {(['list', 'followUps'] as const).map((k) => (
              <button
                key={k}
                type="button"
                role="tab"
                id={`meetings-tab-${k}`}
                aria-selected={tab === k}
                aria-controls="meetings-panel"
                tabIndex={tab === k ? 0 : -1}
                onClick={() => show({ kind: k })}
                onKeyDown={(e) => (e.key === 'ArrowRight' || e.key === 'ArrowLeft') && show({ kind: k === 'list' ? 'followUps' : 'list' })}
              >
                {t(k === 'list' ? 'meetings.tabs.meetings' : 'meetings.tabs.followUps')}
              </button>
            ))}
          </div>
        )}
        <div className="meetings-body" id="meetings-panel" role={tab ? 'tabpanel' : undefined} aria-labelledby={tab ? `meetings-tab-${tab}` : undefined}>
          {view.kind === 'list' && <MeetingList map={map} onMessage={setMessage} />}
          {view.kind === 'followUps' && <FollowUpsList map={map} onMessage={setMessage} />}
          {view.kind === 'form' && <MeetingForm key={view.id ?? 'new'} map={map} view={view} />}
        </div>
        {message && (
          <p className={message.ok ? 'export-done' : 'field-error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
      </div>
    </div>
  );
}
