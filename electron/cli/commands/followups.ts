/** `powermap followups`: the meetings' open follow-ups, overdue and due in the next 7 days, by owner (DESIGN.md §10). */
import { createTranslator } from '../../../shared/i18n';
import { joinNames } from '../../../shared/listFormat';
import { followUpsByOwner, localDay, openFollowUps, type FollowUpStatus, type OwnerFollowUps } from '../../../shared/meetings/followups';
import { calendarMeetings, followUpsIcs } from '../../../shared/meetings/ics';
import { localeOf } from '../../../shared/intlFormats';
import { formatDay, namesMet } from '../../../shared/meetings/words';
import type { PowerMap } from '../../../shared/model';
import { writeExport } from '../../export/exportTarget';
import { StoreError } from '../../store/errors';
import { CliFailure, loadMapFile, type CliContext, type Command } from '../context';
import { systemReason } from '../systemErrors';

const URGENT: readonly FollowUpStatus[] = ['overdue', 'due'];

function asJson(map: PowerMap, today: string, groups: OwnerFollowUps[]) {
  return {
    today,
    owners: groups.map((g) => ({
      owner: g.owner,
      followUps: g.items.map((f) => ({
        meeting: f.meeting.id,
        date: f.meeting.date,
        with: f.meeting.with,
        names: namesMet(map, f.meeting),
        ask: f.meeting.ask,
        due: f.due,
        status: f.status,
      })),
    })),
  };
}

function printGroups(map: PowerMap, today: string, groups: OwnerFollowUps[], hidden: number, ctx: CliContext) {
  const { t, lang } = ctx;
  ctx.out(t('meetings.cli.today', { date: formatDay(today, lang) }));
  if (groups.length === 0) ctx.out(t('meetings.cli.none'));
  for (const g of groups) {
    ctx.out('');
    ctx.out(`${g.owner || t('meetings.cli.noOwner')}:`);
    for (const f of g.items) {
      ctx.out(
        t('meetings.cli.item', {
          status: t(`meetings.status.${f.status}`),
          due: f.due ? formatDay(f.due, lang) : t('meetings.cli.noDate'),
          names: joinNames(namesMet(map, f.meeting), lang),
          ask: f.meeting.ask.trim() || t('meetings.cli.noAsk'),
        }),
      );
    }
  }
  if (hidden > 0) {
    ctx.out('');
    ctx.out(t('meetings.cli.more', { count: hidden }));
  }
}

function writeCalendar(out: string, map: PowerMap, mapFile: string, ctx: CliContext): void {
  // The file's own translator: the terminal's flattens newlines, which the calendar's notes keep.
  const text = followUpsIcs(map, { t: createTranslator(ctx.lang), lang: ctx.lang, now: new Date() });
  try {
    writeExport(out, new TextEncoder().encode(text), [mapFile]);
  } catch (e) {
    if (e instanceof StoreError) throw new CliFailure(ctx.t('cli.refused', { file: out, reason: ctx.t(`errors.${e.code}`, e.params) }));
    throw new CliFailure(ctx.t('safety.writeFailed', { file: out, reason: systemReason(e, ctx.t) }));
  }
  ctx.err(ctx.t('meetings.cli.wrote', { file: out, count: calendarMeetings(map).length }));
}

export const followupsCommand: Command = {
  helpKey: 'meetings.cli.help',
  options: { ics: { type: 'string' }, all: { type: 'boolean' }, json: { type: 'boolean' } },
  async run([file], values, ctx) {
    if (!file) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<map>' }));
    const map = loadMapFile(file, ctx);
    const today = localDay(new Date());
    // The calendar first: a refused target is told before anything is listed.
    if (typeof values.ics === 'string') writeCalendar(values.ics, map, file, ctx);
    const groups = followUpsByOwner(map.meetings, today, localeOf(ctx.lang), values.all ? undefined : URGENT);
    if (values.json) ctx.out(JSON.stringify(asJson(map, today, groups), null, 2));
    else {
      const shown = groups.reduce((n, g) => n + g.items.length, 0);
      printGroups(map, today, groups, openFollowUps(map.meetings, today).length - shown, ctx);
    }
    return 0;
  },
};
