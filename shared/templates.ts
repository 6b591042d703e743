/**
 * Deciding-body templates for a new map. The list is data: adding a town's body is one more entry
 * here and its labels in the `templates` area of the projection catalog.
 */
import { createTranslator, type Translate } from './i18n';
import { newActor, type Actor, type Body, type PowerMap, type Rule, type Threshold } from './model';
import type { Operation } from './ops';

export interface BodyTemplate {
  /** Also names its i18n keys: `templates.<id>.name` (the body's default name) and `templates.<id>.hint`. */
  id: string;
  seats: number;
  /** Whether the seat count can be changed in the chooser (a City Council of N). */
  variableSeats: boolean;
  rule: Rule;
  /** i18n key of each seat's role, e.g. "Selectboard member". */
  seatRoleKey: string;
  /** An executive who can veto, created as an unplaced decision-maker without a seat. */
  executive?: { roleKey: string; override: Threshold };
  /** A presiding officer who votes only on ties, created without a seat. */
  tieBreaker?: { roleKey: string };
  /** A mayor who holds one of the seats and votes like any member (no veto, no tie-break). */
  seatedMayor?: { roleKey: string };
}

const WHOLE_MAJORITY: Rule = { basis: 'whole', threshold: 'majority', quorum: null };

export const BODY_TEMPLATES: readonly BodyTemplate[] = [
  { id: 'selectboard-3', seats: 3, variableSeats: false, rule: WHOLE_MAJORITY, seatRoleKey: 'templates.role.selectboard' },
  { id: 'selectboard-5', seats: 5, variableSeats: false, rule: WHOLE_MAJORITY, seatRoleKey: 'templates.role.selectboard' },
  {
    id: 'council-veto',
    seats: 7,
    variableSeats: true,
    rule: WHOLE_MAJORITY,
    seatRoleKey: 'templates.role.councilor',
    executive: { roleKey: 'templates.role.mayor', override: 'two-thirds' },
  },
  {
    id: 'council-tie',
    seats: 6,
    variableSeats: true,
    rule: WHOLE_MAJORITY,
    seatRoleKey: 'templates.role.councilor',
    tieBreaker: { roleKey: 'templates.role.presidingMayor' },
  },
  {
    id: 'council-mayor-member',
    seats: 5,
    variableSeats: true,
    rule: WHOLE_MAJORITY,
    seatRoleKey: 'templates.role.councilor',
    seatedMayor: { roleKey: 'templates.role.mayor' },
  },
  {
    id: 'administrator',
    seats: 1,
    variableSeats: false,
    rule: { basis: 'whole', threshold: 'majority', quorum: 1 },
    seatRoleKey: 'templates.role.administrator',
  },
];

export const MAX_TEMPLATE_SEATS = 51;

export function findTemplate(id: string): BodyTemplate | undefined {
  return BODY_TEMPLATES.find((tpl) => tpl.id === id);
}

/**
 * The body and the (unplaced) actors a template starts a map with. Seats are named "Seat 1…" in
 * the UI language so the committee can rename them as it places them.
 */
export function buildTemplate(id: string, t: Translate, seats?: number): { body: Body; actors: Actor[] } {
  const tpl = findTemplate(id);
  if (!tpl) throw new Error(`unknown body template "${id}"`);
  const n = tpl.variableSeats && seats !== undefined ? Math.max(1, Math.min(MAX_TEMPLATE_SEATS, Math.round(seats))) : tpl.seats;
  const seatRole = t(tpl.seatRoleKey);
  // A seated mayor takes one of the n seats; the others are the council's ordinary seats.
  const ordinary = tpl.seatedMayor ? n - 1 : n;
  const actors: Actor[] = Array.from({ length: ordinary }, (_, i) =>
    newActor(`seat-${i + 1}`, 'decision-maker', t('templates.seatName', { n: i + 1 }), { role: seatRole, seat: true }),
  );
  if (tpl.seatedMayor) {
    const name = t(tpl.seatedMayor.roleKey);
    actors.push(newActor('mayor', 'decision-maker', name, { role: name, seat: true }));
  }
  let executive: Body['executive'] = null;
  if (tpl.executive) {
    const name = t(tpl.executive.roleKey);
    actors.push(newActor('executive', 'decision-maker', name, { role: name }));
    executive = { actor: 'executive', override: tpl.executive.override };
  }
  let tieBreaker: string | null = null;
  if (tpl.tieBreaker) {
    const name = t(tpl.tieBreaker.roleKey);
    actors.push(newActor('tie-breaker', 'decision-maker', name, { role: name }));
    tieBreaker = 'tie-breaker';
  }
  const body: Body = { name: t(`templates.${tpl.id}.name`), seats: n, rule: { ...tpl.rule }, tieBreaker, executive };
  return { body, actors };
}

/*
 * Roles follow the body. A template names every seat's role after its body ("Selectboard member");
 * when the committee renames the body, the roles that still read as the old body's default move to
 * the new body's default in the same undo step, and roles someone typed stay as they are.
 */

let translators: Translate[] | null = null;
/** Both languages: a map made in Spanish can be renamed with the UI in English, and the other way round. */
function allTranslators(): Translate[] {
  return (translators ??= [createTranslator('en'), createTranslator('es')]);
}

/** Seat roles that earlier versions gave and that no catalogue holds any more. */
const EARLIER_SEAT_ROLES: Record<string, string[]> = { 'templates.role.selectboard': ['Miembro de la Selectboard'] };

const norm = (s: string) => s.trim().toLocaleLowerCase();

/** The template whose body carries this name in either language, if any. */
function templateNamed(name: string): BodyTemplate | undefined {
  const wanted = norm(name);
  if (!wanted) return undefined;
  return BODY_TEMPLATES.find((tpl) => allTranslators().some((tr) => norm(tr(`templates.${tpl.id}.name`)) === wanted));
}

/** The role a seat of a body with this name has by default, in t's language ("" for a body without a name). */
export function defaultSeatRole(bodyName: string, t: Translate): string {
  const tpl = templateNamed(bodyName);
  if (tpl) return t(tpl.seatRoleKey);
  return bodyName.trim() ? t('templates.role.memberOf', { body: bodyName.trim() }) : '';
}

/** Every spelling the default seat role of a body with this name has had, in any language. */
function defaultSeatRoles(bodyName: string): Set<string> {
  const out = new Set(allTranslators().map((tr) => norm(defaultSeatRole(bodyName, tr))));
  const tpl = templateNamed(bodyName);
  for (const earlier of (tpl && EARLIER_SEAT_ROLES[tpl.seatRoleKey]) || []) out.add(norm(earlier));
  out.delete('');
  return out;
}

/**
 * The role updates a rename of the body from `oldName` to `newName` brings: each decision-maker whose
 * role is the old body's default gets the new body's default. A typed role ("Chair") is left alone.
 */
export function seatRoleUpdates(map: PowerMap, oldName: string, newName: string, t: Translate): Operation[] {
  if (norm(oldName) === norm(newName)) return [];
  const olds = defaultSeatRoles(oldName);
  const role = defaultSeatRole(newName, t);
  if (!olds.size || !role) return [];
  return map.actors
    .filter((a) => a.kind === 'decision-maker' && olds.has(norm(a.role)) && a.role !== role)
    .map((a): Operation => ({ type: 'actor.update', id: a.id, patch: { role } }));
}
