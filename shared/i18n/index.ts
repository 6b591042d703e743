/**
 * The i18n catalog: one JSON file per area and language, merged into one i18next resource per
 * language, so each feature keeps its strings apart. A test checks both languages have the same keys.
 */
import i18next from 'i18next';
import type { Language } from '../contract';
import enCommon from './locales/en/common.json';
import enGrid from './locales/en/grid.json';
import enProjection from './locales/en/projection.json';
import enExport from './locales/en/export.json';
import enDesktop from './locales/en/desktop.json';
import enCli from './locales/en/cli.json';
import enReconcile from './locales/en/reconcile.json';
import enPresent from './locales/en/present.json';
import enGroups from './locales/en/groups.json';
import enHistory from './locales/en/history.json';
import enPath from './locales/en/path.json';
import enWorkspace from './locales/en/workspace.json';
import enSafety from './locales/en/safety.json';
import enConnection from './locales/en/connection.json';
import enDerived from './locales/en/derived.json';
import enLaunch from './locales/en/launch.json';
import enReportback from './locales/en/reportback.json';
import enEditors from './locales/en/editors.json';
import enMeetings from './locales/en/meetings.json';
import enVotes from './locales/en/votes.json';
import enSnapshots from './locales/en/snapshots.json';
import enHistoryApp from './locales/en/historyApp.json';
import esCommon from './locales/es/common.json';
import esGrid from './locales/es/grid.json';
import esProjection from './locales/es/projection.json';
import esExport from './locales/es/export.json';
import esDesktop from './locales/es/desktop.json';
import esCli from './locales/es/cli.json';
import esReconcile from './locales/es/reconcile.json';
import esPresent from './locales/es/present.json';
import esGroups from './locales/es/groups.json';
import esHistory from './locales/es/history.json';
import esPath from './locales/es/path.json';
import esWorkspace from './locales/es/workspace.json';
import esSafety from './locales/es/safety.json';
import esConnection from './locales/es/connection.json';
import esDerived from './locales/es/derived.json';
import esLaunch from './locales/es/launch.json';
import esReportback from './locales/es/reportback.json';
import esEditors from './locales/es/editors.json';
import esMeetings from './locales/es/meetings.json';
import esVotes from './locales/es/votes.json';
import esSnapshots from './locales/es/snapshots.json';
import esHistoryApp from './locales/es/historyApp.json';

export type Catalog = { [key: string]: string | Catalog };

export const CATALOGS: Record<Language, Catalog> = {
  en: Object.assign({}, enCommon, enGrid, enProjection, enExport, enDesktop, enCli, enReconcile, enPresent, enGroups, enHistory, enPath, enWorkspace, enSafety, enConnection, enDerived, enLaunch, enReportback, enEditors, enMeetings, enVotes, enSnapshots, enHistoryApp) as Catalog,
  es: Object.assign({}, esCommon, esGrid, esProjection, esExport, esDesktop, esCli, esReconcile, esPresent, esGroups, esHistory, esPath, esWorkspace, esSafety, esConnection, esDerived, esLaunch, esReportback, esEditors, esMeetings, esVotes, esSnapshots, esHistoryApp) as Catalog,
};

/** Deliberately plain: keys are checked by the catalog test, not by the type system. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** A translator bound to one language; every call falls back to English, never to a raw key. */
export function createTranslator(language: Language): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: CATALOGS.en }, es: { translation: CATALOGS.es } },
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  // The catalog is fixed once loaded, so a sentence depends only on its key and parameters: a
  // panel re-rendered after an edit asks for the same few hundred sentences again, and i18next's
  // lookup, plural and interpolation cost a fraction of a millisecond each.
  const said = new Map<string, string>();
  return (key, params) => {
    const memo = memoKey(key, params);
    if (memo === null) return String(instance.t(key, params as never));
    let s = said.get(memo);
    if (s === undefined) {
      if (said.size >= MEMO_LIMIT) said.clear();
      said.set(memo, (s = String(instance.t(key, params as never))));
    }
    return s;
  };
}

const MEMO_LIMIT = 5000;

/** The memo key of a call whose parameters are plain strings, numbers and booleans; null otherwise. */
function memoKey(key: string, params: Record<string, unknown> | undefined): string | null {
  if (!params) return key;
  let out = key;
  for (const k in params) {
    const v = params[k];
    const type = typeof v;
    if (type !== 'string' && type !== 'number' && type !== 'boolean' && v !== undefined) return null;
    out += `\u0000${k}\u0001${type[0]}${String(v)}`;
  }
  return out;
}

/** Picks the UI language from a locale string such as `es_US.UTF-8` or `es-MX`. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^es([-_.]|$)/i.test(locale) ? 'es' : 'en';
}

/** Flattened keys (`a.b.c`), plural suffixes included, for completeness checks. */
export function catalogKeys(c: Catalog, prefix = ''): string[] {
  return Object.entries(c).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : catalogKeys(v, `${prefix}${k}.`)));
}
