/**
 * Deciding-body templates for a new map. The list is data: adding a town's body is one more entry
 * here and its labels in the `templates` area of the projection catalog.
 */
import type { Translate } from './i18n';
import { newActor, type Actor, type Body, type Rule, type Threshold } from './model';

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
  const actors: Actor[] = Array.from({ length: n }, (_, i) =>
    newActor(`seat-${i + 1}`, 'decision-maker', t('templates.seatName', { n: i + 1 }), { role: seatRole, seat: true }),
  );
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
