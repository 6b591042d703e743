/**
 * Words for a projection, shared by the panel and the command line so both say the same thing:
 * the verdict for a chance, percentages, and translated engine refusals naming people, not ids.
 */
import type { Translate } from './i18n';
import type { PowerMap } from './model';
import type { ProjectionError } from './projection';
import { numberFormat } from './intlFormats';

const VERDICTS: readonly [number, string][] = [
  [0.9, 'veryLikely'],
  [0.65, 'likely'],
  [0.35, 'tossUp'],
  [0.1, 'unlikely'],
  [0, 'veryUnlikely'],
];

/** i18n key of the verdict for a chance of adoption. */
export function verdictKey(p: number): string {
  const found = VERDICTS.find(([floor]) => p >= floor) ?? VERDICTS[VERDICTS.length - 1]!;
  return `projection.verdict.${found[1]}`;
}

/** A whole percentage that never rounds a possibility to 0 % or a doubt to 100 %. */
export function formatPercent(p: number, lang: string): string {
  const fmt = (v: number, digits = 0) => numberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(v);
  if (p > 0 && p < 0.005) return `< ${fmt(0.01)}`;
  if (p < 1 && p > 0.995) return `> ${fmt(0.99)}`;
  return fmt(p);
}

export function formatNumber(v: number, lang: string, digits = 1): string {
  return numberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v);
}

/** The engine's refusal in the user's language, with actor ids replaced by their names. */
export function projectionErrorText(e: ProjectionError, map: PowerMap, t: Translate): string {
  const params: Record<string, unknown> = { ...e.params };
  if (typeof params.actor === 'string') params.actor = map.actors.find((a) => a.id === params.actor)?.name ?? params.actor;
  return t(`projection.errors.${e.code}`, params);
}
