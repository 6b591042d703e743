/**
 * The Deciding body form as plain data: read from the map, checked, and turned into one batch
 * (seat changes, one map.update, and the seat roles that follow a renamed body), so the whole
 * dialog is a single undo step.
 */
import { MAP_LIMITS } from '../../shared/mapLimits';
import type { Actor, Body, PowerMap, Stances, Threshold } from '../../shared/model';
import type { Translate } from '../../shared/i18n';
import type { Operation } from '../../shared/ops';
import { seatRoleUpdates } from '../../shared/templates';

export type ThresholdKind = 'majority' | 'two-thirds' | 'atLeast';

export interface BodyForm {
  name: string;
  seats: string;
  basis: 'whole' | 'cast';
  threshold: ThresholdKind;
  atLeast: string;
  /** Empty: the default, a majority of the seats. */
  quorum: string;
  tieBreaker: string;
  executive: string;
  override: ThresholdKind;
  overrideAtLeast: string;
  /** Percentages, as typed. */
  stances: [string, string, string, string, string];
  /** Decision-makers who have a vote. */
  seated: string[];
}

const kindOf = (th: Threshold): ThresholdKind => (typeof th === 'string' ? th : 'atLeast');
const atLeastOf = (th: Threshold, fallback: number) => String(typeof th === 'object' ? th.atLeast : fallback);

export function formFromMap(map: PowerMap): BodyForm {
  const b = map.body;
  return {
    name: b.name,
    seats: String(b.seats),
    basis: b.rule.basis,
    threshold: kindOf(b.rule.threshold),
    atLeast: atLeastOf(b.rule.threshold, Math.floor(b.seats / 2) + 1),
    quorum: b.rule.quorum === null ? '' : String(b.rule.quorum),
    tieBreaker: b.tieBreaker ?? '',
    executive: b.executive?.actor ?? '',
    override: kindOf(b.executive?.override ?? 'two-thirds'),
    overrideAtLeast: atLeastOf(b.executive?.override ?? 'two-thirds', Math.ceil((2 * b.seats) / 3)),
    stances: map.stances.map((s) => String(Math.round(s * 1000) / 10)) as BodyForm['stances'],
    seated: map.actors.filter((a) => a.kind === 'decision-maker' && a.seat).map((a) => a.id),
  };
}

export type FormProblem = 'invalidSeats' | 'invalidAtLeast' | 'invalidQuorum' | 'invalidStance' | 'tooManyMembers';

const wholeIn = (text: string, lo: number, hi: number): number | null => {
  const v = Number(text);
  return text.trim() !== '' && Number.isInteger(v) && v >= lo && v <= hi ? v : null;
};

function thresholdOf(kind: ThresholdKind, atLeast: string, seats: number): Threshold | null {
  if (kind !== 'atLeast') return kind;
  const k = wholeIn(atLeast, 1, seats);
  return k === null ? null : { atLeast: k };
}

/**
 * The operation the form asks for, or the first problem with it. With `t`, a rename of the body
 * also renames the seat roles that were the old body's default (written in t's language).
 */
export function formToOperation(map: PowerMap, f: BodyForm, t?: Translate): { op: Operation } | { problem: FormProblem } {
  const seats = wholeIn(f.seats, 1, MAP_LIMITS.seats);
  if (seats === null) return { problem: 'invalidSeats' };
  if (f.seated.length > seats) return { problem: 'tooManyMembers' };
  const threshold = thresholdOf(f.threshold, f.atLeast, seats);
  const override = thresholdOf(f.override, f.overrideAtLeast, seats);
  if (threshold === null || (f.executive && override === null)) return { problem: 'invalidAtLeast' };
  const quorum = f.quorum.trim() === '' ? null : wholeIn(f.quorum, 0, seats);
  if (f.quorum.trim() !== '' && quorum === null) return { problem: 'invalidQuorum' };
  const stances = f.stances.map((s) => (s.trim() === '' ? NaN : Number(s) / 100));
  if (stances.some((s) => !(s >= 0 && s <= 1))) return { problem: 'invalidStance' };

  // A tie-breaker or executive votes apart from the body: they cannot keep a seat.
  const seated = new Set(f.seated.filter((id) => id !== f.tieBreaker && id !== f.executive));
  const seatOps = (want: boolean) =>
    map.actors
      .filter((a: Actor) => a.kind === 'decision-maker' && a.seat !== want && seated.has(a.id) === want)
      .map((a): Operation => ({ type: 'actor.update', id: a.id, patch: { seat: want } }));
  const body: Body = {
    name: f.name.trim(),
    seats,
    rule: { basis: f.basis, threshold, quorum },
    tieBreaker: f.tieBreaker || null,
    executive: f.executive ? { actor: f.executive, override: override! } : null,
  };
  // Unseat first and seat last, so the seat count is never exceeded half-way through.
  const roles = t ? seatRoleUpdates(map, map.body.name, body.name, t) : [];
  return { op: { type: 'batch', ops: [...seatOps(false), { type: 'map.update', patch: { body, stances: stances as Stances } }, ...seatOps(true), ...roles] } };
}
