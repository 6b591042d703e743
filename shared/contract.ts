/**
 * The one contract between the renderer and its host. Electron's main process serves it over IPC,
 * the loopback host over HTTP; both validate every argument against these schemas first.
 */
import { z } from 'zod';
import { EXPORT_FORMATS, LANGUAGES, PAPERS, type Language, type Method } from './contractNames';
import type { JournalEntry, JournalPage } from './history/types';
import type { Actor, Body, PowerMap } from './model';
import type { Operation } from './ops';
import { operationSchema, actorStrict } from './opSchema';
import { bodySchema, interchangeSchema } from './schema';
import { base64Length, MAX_IMPORT_BYTES } from './limits';
import { MAP_LIMITS } from './mapLimits';

export { EXPORT_FORMATS, exportExtension, LANGUAGES, METHODS, PAPERS, type ExportFormat, type Language, type Method } from './contractNames';

export type ErrorCode =
  | 'invalid-arguments'
  | 'unknown-method'
  | 'not-found'
  | 'not-sqlite'
  | 'empty-file'
  | 'other-app'
  | 'newer-version'
  | 'corrupt'
  | 'read-only'
  | 'disk-full'
  | 'locked'
  | 'file-gone'
  | 'op-rejected'
  | 'invalid-json'
  | 'cancelled'
  | 'unsupported'
  | 'io'
  | 'migration-failed'
  /** An edit made on an older copy of the map clashed with a change made meanwhile in another view. */
  | 'stale'
  /** An export would have replaced a map file. */
  | 'replaces-map'
  | 'foreign-schema'
  | 'too-big'
  /** The map holds more than a map may (shared/mapLimits.ts). */
  | 'too-large'
  | 'internal';

export interface HostError {
  code: ErrorCode;
  /** English detail for logs; the renderer shows its own translation of `code`. */
  message: string;
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: HostError };

export interface Settings {
  language: Language;
}

export interface RecentMap {
  /** Opaque handle issued by the host; the renderer never sees or sends a path. */
  key: string;
  fileName: string;
  town: string;
  title: string;
  updatedAt: string;
  exists: boolean;
}

export interface OpenedMap {
  docId: string;
  fileName: string;
  readOnly: boolean;
  map: PowerMap;
  /** Counts the document's committed edits; a view sends it back as the base of its next edit. */
  revision: number;
  /** Set when this map is a breakout group's copy of another. */
  origin: MapOrigin | null;
}

/** The map a breakout group's copy was made from. */
export interface MapOrigin {
  /** The original's file name (no folder: a copy may travel to another computer). */
  file: string;
  title: string;
  town: string;
  group: string;
  createdAt: string;
}

/**
 * A dropped file, opened. For a `.powermap` the browser host cannot reach the file itself: it opens
 * the original when the same file is in the maps folder or the recent maps, else a copy.
 */
export interface DroppedMap extends OpenedMap {
  dropped?: 'original' | 'copy';
}

export interface Applied {
  inverse: Operation;
  updatedAt: string;
  /** The document's revision after this edit. */
  revision: number;
  /** The edit was based on an older revision and merged field by field: the view should reload. */
  merged: boolean;
}

/** What a view polls to learn of other views' edits and of its file changing under it. */
export interface DocState {
  revision: number;
  problem: 'file-gone' | 'read-only' | null;
}

export interface HostInfo {
  kind: 'electron' | 'browser';
  version: string;
  /** The browser host cannot show native dialogs: its start screen lists the maps folder instead. */
  nativeDialogs: boolean;
}

const docId = z.string().min(1).max(100);

/** An export: its suggested name and, where the host did not save it itself, its bytes. */
export interface ExportedFile {
  fileName: string;
  mime: string;
  /** Base64 bytes for the renderer to download; null when the host wrote the file (Electron). */
  base64: string | null;
}
const noArgs = z.strictObject({});

const createArgs = z.strictObject({
  town: z.string().trim().min(1).max(200),
  title: z.string().max(500),
  body: bodySchema.optional(),
  actors: z.array(actorStrict).max(MAP_LIMITS.actors).optional(),
});

/** Each method: its argument schema and (as a phantom) its result type. */
const method =
  <R>() =>
  <A extends z.ZodTypeAny>(args: A) => ({ args, result: undefined as unknown as R });

/** What every method of the contract is: its arguments' schema and its result's type. */
interface MethodSpec {
  args: z.ZodTypeAny;
  result: unknown;
}

export const contract = {
  'app.info': method<HostInfo>()(noArgs),
  'settings.get': method<Settings>()(noArgs),
  'settings.setLanguage': method<Settings>()(z.strictObject({ language: z.enum(LANGUAGES) })),
  'maps.recent': method<RecentMap[]>()(noArgs),
  'maps.create': method<OpenedMap>()(createArgs),
  'maps.open': method<OpenedMap>()(z.strictObject({ key: z.string().min(1).max(500) })),
  'maps.openDialog': method<OpenedMap>()(noArgs),
  'maps.importJson': method<OpenedMap>()(z.strictObject({ text: z.string().max(MAX_IMPORT_BYTES) })),
  'maps.get': method<OpenedMap>()(z.strictObject({ docId })),
  // `base`: the revision the view's map had; an edit on an older one is merged or refused as `stale`.
  /** `note` names the meeting (or a label) the edit belongs to in the journal (DESIGN.md §10). */
  'maps.apply': method<Applied>()(
    z.strictObject({
      docId,
      op: operationSchema,
      base: z.number().int().min(0).optional(),
      note: z.strictObject({ label: z.string().min(1).max(500).optional(), meeting: z.string().min(1).max(200).optional() }).optional(),
    }),
  ),
  /** The map's journal, oldest first: every committed edit with its inverse; with `last`, its last entries only. */
  'maps.journal': method<JournalEntry[]>()(z.strictObject({ docId, last: z.number().int().min(1).max(1_000_000).optional() })),
  /**
   * A page of the journal as JSON text, for a worker to parse (shared/history JournalText): the
   * entries after seq `after`, up to seq `upTo` (the end a first page gave).
   */
  'maps.journalText': method<JournalPage>()(
    z.strictObject({ docId, after: z.number().int().min(0).optional(), upTo: z.number().int().min(0).optional() }),
  ),
  'maps.state': method<DocState>()(z.strictObject({ docId })),
  // With `map`, the copy holds the window's map (edits its file could not take: disk full,
  // read-only, moved); without, it is a copy of the file.
  'maps.saveAs': method<OpenedMap>()(z.strictObject({ docId, map: interchangeSchema.optional() })),
  'maps.close': method<null>()(z.strictObject({ docId })),
  'maps.export': method<ExportedFile>()(
    z.strictObject({
      docId,
      format: z.enum(EXPORT_FORMATS),
      lang: z.enum(LANGUAGES),
      paper: z.enum(PAPERS).default('letter'),
      /** PDF only: add a "What shifted since" page; a snapshot id or name, a date or a date and time. */
      since: z.string().min(1).max(10_000).optional(),
    }),
  ),
  /** A dropped file: interchange JSON, an exported PNG/SVG with the map inside, or a .powermap. */
  'maps.importFile': method<DroppedMap>()(z.strictObject({ name: z.string().min(1).max(500), base64: z.string().max(base64Length(MAX_IMPORT_BYTES)) })),
  /** A breakout group's map (any file a drop accepts), read for comparison and never opened for writing. */
  /** Writes one copy of the map per breakout group, beside it, each remembering its origin. */
  'groups.makeCopies': method<{ files: string[] }>()(
    z.strictObject({ docId, groups: z.array(z.string().trim().min(1).max(60)).min(1).max(26) }),
  ),
  'groups.readMap': method<PowerMap>()(z.strictObject({ name: z.string().min(1).max(500), base64: z.string().max(base64Length(MAX_IMPORT_BYTES)) })),
} as const satisfies Record<Method, MethodSpec>;

export type Contract = typeof contract;
export type ArgsOf<M extends Method> = z.input<Contract[M]['args']>;
export type ResultOf<M extends Method> = Contract[M]['result'];

/** What a host implements: one async handler per method, given validated arguments. */
export type Handlers = { [M in Method]: (args: z.output<Contract[M]['args']>) => Promise<ResultOf<M>> | ResultOf<M> };

/** What the renderer calls: the same methods, with results as `Result`. */
export type Client = { [M in Method]: (args: ArgsOf<M>) => Promise<Result<ResultOf<M>>> };

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export type CreateArgs = z.output<typeof createArgs>;
export type { Actor, Body };
