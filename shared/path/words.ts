/**
 * The path in words, shared by the panel, the exports and the command line so all say the same:
 * "Move Tom from passive ally to active ally and Liz from neutral to active ally: 91%".
 */
import type { Translate } from '../i18n';
import type { PowerMap } from '../model';
import { joinNames } from '../listFormat';
import { formatPercent } from '../projectionWords';
import type { Path, PathStep } from './types';
import { numberFormat } from '../intlFormats';

/** "a, b and c" in the language's own way. */
export const joinList = joinNames;

/** A chance to one decimal ("91.3%", "91,3 %"), for the figure the path is judged by. */
export function formatPercentPrecise(p: number, lang: string): string {
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(p);
}

export function columnWord(c: number, t: Translate): string {
  return t(`column.${c}`).toLowerCase();
}

export function stepText(step: PathStep, map: PowerMap, t: Translate, lang: string): string {
  const actor = map.actors.find((a) => a.id === step.id);
  const name = actor?.name ?? step.id;
  const to = columnWord(step.to, t);
  // An override member's start is its own estimate, not a column it stands in.
  if (actor && actor.pYes !== null) return t('path.stepOverride', { name, chance: formatPercent(actor.pYes, lang), to });
  return t('path.step', { name, from: columnWord(step.from, t), to });
}

/** "passive ally → active ally" (or "60% yes → active ally" for an override). */
export function moveText(step: PathStep, map: PowerMap, t: Translate, lang: string): string {
  const actor = map.actors.find((a) => a.id === step.id);
  const from = actor && actor.pYes !== null ? t('path.fromChance', { chance: formatPercent(actor.pYes, lang) }) : columnWord(step.from, t);
  return `${from} → ${columnWord(step.to, t)}`;
}

/** The advice in one sentence, for a path computed against `target`. */
export function pathSentence(path: Path, map: PowerMap, target: number, t: Translate, lang: string): string {
  const steps = joinList(path.steps.map((s) => stepText(s, map, t, lang)), lang);
  const percent = formatPercent(path.pAdopt, lang);
  const goal = formatPercent(target, lang);
  if (!path.reachable) return path.steps.length ? t('path.unreachable', { target: goal, steps, percent }) : t('path.unreachableNone', { target: goal, percent });
  if (path.steps.length === 0) return t('path.none', { target: goal });
  return t('path.headline', { steps, percent });
}

/** Influencers linked to a member, strongest link first. */
export function whoCanReach(map: PowerMap, id: string): string[] {
  return reachIndex(map)(id);
}

/**
 * `whoCanReach` for many members of one map: the names and links are indexed once, so a path of
 * seventy steps over a thousand actors does not rebuild a thousand-name table per step.
 */
export function reachIndex(map: PowerMap): (id: string) => string[] {
  const names = new Map(map.actors.map((a) => [a.id, a.name]));
  const into = new Map<string, PowerMap['links']>();
  for (const l of map.links) {
    const list = into.get(l.to);
    if (list) list.push(l);
    else into.set(l.to, [l]);
  }
  return (id) =>
    (into.get(id) ?? [])
      .slice()
      .sort((a, b) => b.strength - a.strength)
      .map((l) => names.get(l.from) ?? l.from);
}
