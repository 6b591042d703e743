/** What every CLI command gets: its arguments, a translator, and where to write. */
import fs from 'node:fs';
import type { Language } from '../../shared/contract';
import type { Translate } from '../../shared/i18n';
import type { PowerMap } from '../../shared/model';
import { journalSeed, type HistoryEntry, type HistorySource } from '../../shared/interchange';
import { parseInterchangeText } from '../../shared/schema';
import { MapDocument } from '../store/document';
import { BadJournal } from '../store/journal';
import { StoreError } from '../store/errors';
import { systemReason } from './systemErrors';

export interface CliContext {
  t: Translate;
  lang: Language;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Resolves when the process is asked to stop (Ctrl+C, SIGTERM); used by `serve`. */
  stopSignal: Promise<void>;
}

export interface Command {
  helpKey: string;
  /** Options this command accepts beyond --lang and --help, in util.parseArgs form. */
  options?: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  run(positionals: string[], values: Record<string, string | boolean | undefined>, ctx: CliContext): Promise<number>;
}

/** Thrown for a user mistake; printed as is, exit code 1. */
export class CliFailure extends Error {}

const isJson = (file: string) => /\.json$/i.test(file);

function readInterchangeFile(file: string, ctx: CliContext): { map: PowerMap; history: HistoryEntry[] } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliFailure(ctx.t('safety.readFailed', { file, reason: systemReason(e, ctx.t) }));
  }
  const parsed = parseInterchangeText(text);
  if (!parsed.ok) throw new CliFailure(ctx.t("cli.invalidField", { ...parsed.problems[0]! }));
  return parsed;
}

/** Reads a map from a `.powermap` document (never modifying it) or interchange JSON. */
export function loadMapFile(file: string, ctx: CliContext): PowerMap {
  if (isJson(file)) return readInterchangeFile(file, ctx).map;
  const doc = openReadOnly(file, ctx);
  try {
    return doc.map;
  } finally {
    doc.close();
  }
}

/**
 * A map with its journal: a document's own (a damaged journal is refused like a damaged map), or
 * for interchange JSON the journal that importing it would start with.
 */
export function loadMapWithJournal(file: string, ctx: CliContext): { map: PowerMap; journal: HistorySource[] } {
  if (isJson(file)) {
    const { map, history } = readInterchangeFile(file, ctx);
    return { map, journal: journalSeed(map, history, new Date().toISOString()) };
  }
  const doc = openReadOnly(file, ctx);
  try {
    return { map: doc.map, journal: doc.journal() };
  } catch (e) {
    if (e instanceof BadJournal) throw new CliFailure(ctx.t('cli.refused', { file, reason: `${ctx.t('errors.corrupt')} (${e.message})` }));
    throw e;
  } finally {
    doc.close();
  }
}

export function openReadOnly(file: string, ctx: CliContext): MapDocument {
  try {
    return MapDocument.open(file, { readOnly: true });
  } catch (e) {
    if (e instanceof StoreError) throw new CliFailure(ctx.t('cli.refused', { file, reason: refusalReason(e, ctx) }));
    throw e;
  }
}

/** The translated reason, naming the broken reference when that is what was found. */
function refusalReason(e: StoreError, ctx: CliContext): string {
  const reason = ctx.t(`errors.${e.code}`, e.params);
  const table = e.params.brokenIn;
  if (table === undefined) return reason;
  const [a, b] = [String(e.params.brokenA ?? ''), String(e.params.brokenB ?? '')];
  const detail =
    table === 'links'
      ? ctx.t('safety.broken.links', { from: a, to: b })
      : table === 'block_members'
        ? ctx.t('safety.broken.block_members', { actor: a, block: b })
        : table === 'meta'
          ? ctx.t('safety.broken.meta')
          : ctx.t('safety.broken.other', { count: e.params.brokenCount });
  return `${reason} (${detail})`;
}
