/** The open follow-ups by owner, overdue first, each marked done with one operation. */
import { joinNames } from '../../shared/listFormat';
import { followUpsByOwner, localDay, type OpenFollowUp } from '../../shared/meetings/followups';
import { localeOf } from '../../shared/intlFormats';
import { formatDay, namesMet } from '../../shared/meetings/words';
import type { PowerMap } from '../../shared/model';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { exportMemory } from './exportFile';
import { useMeetingsUi } from './meetingsUi';

/** Marks it done; focus moves to the next follow-up's checkbox (or the tab), not off into the page. */
function markDone(f: OpenFollowUp) {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('.follow-up input[type="checkbox"]')];
  const at = boxes.findIndex((b) => b.closest('[data-meeting-id]')?.getAttribute('data-meeting-id') === f.meeting.id);
  const followUp = { ...f.meeting.followUp!, done: true };
  void useApp.getState().perform({ type: 'meeting.update', id: f.meeting.id, patch: { followUp } }, undefined, { meeting: f.meeting.id });
  requestAnimationFrame(() => {
    const left = [...document.querySelectorAll<HTMLInputElement>('.follow-up input[type="checkbox"]')];
    (left[Math.min(at, left.length - 1)] ?? document.querySelector<HTMLElement>('.meetings-tabs [aria-selected="true"]'))?.focus();
  });
}

function FollowUpItem({ map, f }: { map: PowerMap; f: OpenFollowUp }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const readOnly = useApp((s) => s.readOnly);
  const what = t('meetings.followUps.met', { names: joinNames(namesMet(map, f.meeting), lang), date: formatDay(f.meeting.date, lang) });
  return (
    <li className={`follow-up follow-up-${f.status}`} data-meeting-id={f.meeting.id}>
      <input type="checkbox" checked={false} disabled={readOnly} aria-label={t('meetings.followUps.markDone', { what })} onChange={() => markDone(f)} />
      <span className={`status-badge status-${f.status}`}>{t(`meetings.status.${f.status}`)}</span>
      <span className="follow-up-due">{f.due ? formatDay(f.due, lang) : ''}</span>
      <button type="button" className="link-like" onClick={() => useMeetingsUi.getState().show({ kind: 'form', id: f.meeting.id, with: f.meeting.with, back: 'followUps' })}>
        {what}
      </button>
      {f.meeting.commitment && <span className="muted small follow-up-commitment">{f.meeting.commitment}</span>}
    </li>
  );
}

export function FollowUpsList({ map, onMessage }: { map: PowerMap; onMessage(m: { ok: boolean; text: string } | null): void }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const today = localDay(new Date());
  const groups = followUpsByOwner(map.meetings, today, localeOf(lang));
  const dated = groups.some((g) => g.items.some((f) => f.due));
  return (
    <div className="meetings-pane">
      <div className="meetings-toolbar">
        <span className="muted">{t('meetings.followUps.today', { date: formatDay(today, lang, 'full') })}</span>
        <button type="button" disabled={!dated} onClick={() => void exportMemory('ics', t).then(onMessage)}>
          {t('meetings.followUps.exportIcs')}
        </button>
      </div>
      {groups.length === 0 ? (
        <p className="muted">{t('meetings.followUps.empty')}</p>
      ) : (
        groups.map((g) => (
          <section key={g.owner || '-'} className="owner-group" aria-label={g.owner || t('meetings.followUps.noOwner')}>
            <h3>{g.owner || t('meetings.followUps.noOwner')}</h3>
            <ul>
              {g.items.map((f) => (
                <FollowUpItem key={f.meeting.id} map={map} f={f} />
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
