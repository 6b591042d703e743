/**
 * The host side of the contract, shared by Electron's main process and the loopback host. Paths
 * never come from the renderer: new files go where a dialog (Electron) or the maps folder (browser
 * host) says, and recent maps are named by opaque keys.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers, HostInfo, Language, OpenedMap, RecentMap } from '../../shared/contract';
import { emptyMap, type PowerMap } from '../../shared/model';
import { parseInterchange, parseInterchangeText } from '../../shared/schema';
import type { HistoryEntry } from '../../shared/interchange';
import { MapDocument } from '../store/document';
import { StoreError } from '../store/errors';
import { readSummary, type MapSummary } from '../store/summary';
import { isSameFile } from '../store/fileIdentity';
import type { Rasterizer } from '../export/rasterizer';
import { exportHandlers } from './exportHandler';
import { groupHandlers } from './groupHandlers';
import { suggestedFileName } from '../../shared/fileName';
import { uniquePath } from './paths';
import { SettingsFile } from './settings';

/**
 * Journal entries per page of maps.journalText: about 2.6 MB of text, which the page receives and
 * hands to a worker in 10 to 20 ms. A whole 200,000-entry journal in one answer (52 MB) held it 117 to 137 ms.
 */
export const JOURNAL_PAGE = 10_000;

export interface Dialogs {
  chooseNewMapPath(suggestedName: string): Promise<string | null>;
  chooseMapToOpen(): Promise<string | null>;
  chooseSaveAsPath(suggestedName: string): Promise<string | null>;
  /** Where to write an export; without it the bytes go back to the renderer to download. */
  chooseExportPath?(suggestedName: string): Promise<string | null>;
}

export interface HostOptions {
  kind: HostInfo['kind'];
  version: string;
  dataDir: string;
  /** Where the browser host creates maps and looks for them. */
  mapsDir: string;
  /** Native dialogs (Electron); null in the browser host. */
  dialogs: Dialogs | null;
  systemLanguage: Language;
  now?: () => Date;
  /** Told whenever a map is opened or created, e.g. for the OS recent-documents list. */
  onOpened?: (file: string) => void;
  /** Draws PNG and PDF exports; absent means those formats are unsupported in this host. */
  rasterizer?: Rasterizer | null;
}

export const keyOf = (file: string) => crypto.createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 24);

export class Host {
  readonly settings: SettingsFile;
  /**
   * Open views (a tab, a window) by docId. Several views of one file share one MapDocument, which
   * closes when its last view does: "Close map" in one tab must not break the others.
   */
  private readonly docs = new Map<string, MapDocument>();
  private readonly now: () => Date;
  readonly handlers: Handlers;

  constructor(private readonly opts: HostOptions) {
    this.settings = new SettingsFile(opts.dataDir, opts.systemLanguage);
    this.now = opts.now ?? (() => new Date());
    this.handlers = this.makeHandlers();
  }

  /** Opens a file by path (from the command line, the OS or a dialog); reuses it if already open. */
  openPath(file: string): OpenedMap {
    const resolved = path.resolve(file);
    const shared = this.openDocs().find((doc) => doc.file === resolved);
    if (shared) return this.addView(shared);
    const doc = MapDocument.open(resolved, { now: () => this.now().toISOString(), journal: this.settings.journalContext() });
    return this.register(doc);
  }

  /** Every open document once, however many views show it. */
  openDocs(): MapDocument[] {
    return [...new Set(this.docs.values())];
  }

  private addView(doc: MapDocument): OpenedMap {
    const docId = crypto.randomUUID();
    this.docs.set(docId, doc);
    return this.describe(docId, doc);
  }

  /** Forgets one view; the document closes with its last view. */
  private releaseView(docId: string): void {
    const doc = this.docs.get(docId);
    if (!doc) return;
    this.docs.delete(docId);
    if (![...this.docs.values()].includes(doc)) doc.close();
  }

  docById(docId: string): MapDocument {
    const doc = this.docs.get(docId);
    if (!doc) throw new StoreError('not-found', 'this map is not open');
    return doc;
  }

  closeAll(): void {
    for (const doc of this.openDocs()) doc.close();
    this.docs.clear();
  }

  private register(doc: MapDocument): OpenedMap {
    const opened = this.addView(doc);
    this.remember(doc);
    this.opts.onOpened?.(doc.file);
    return opened;
  }

  private remember(doc: MapDocument): void {
    const { town, title, updatedAt } = doc.map;
    this.settings.touchRecent({ path: doc.file, town, title, updatedAt }, this.now().toISOString());
  }

  private describe(docId: string, doc: MapDocument): OpenedMap {
    return { docId, fileName: path.basename(doc.file), readOnly: doc.readOnly, map: doc.map, origin: doc.origin, revision: doc.revision };
  }

  /** Whether a name reaches a map open here (its real path, or the same file under another name). */
  isOpen(file: string): boolean {
    return this.openDocs().some((d) => isSameFile(d.file, file));
  }

  private async newFilePath(town: string): Promise<string> {
    const name = suggestedFileName(town, this.now());
    if (this.opts.dialogs) {
      const chosen = await this.opts.dialogs.chooseNewMapPath(name);
      if (!chosen) throw new StoreError('cancelled', 'cancelled');
      // The dialog already asked about replacing; a map that is open here must not be replaced.
      if (this.isOpen(chosen)) throw new StoreError('locked', 'that map is open');
      fs.rmSync(chosen, { force: true });
      return chosen;
    }
    fs.mkdirSync(this.opts.mapsDir, { recursive: true });
    return uniquePath(this.opts.mapsDir, name);
  }

  /** A new map file; with `history` (an import) its journal starts from that history. */
  private async createFrom(map: PowerMap, history?: readonly HistoryEntry[]): Promise<OpenedMap> {
    const file = await this.newFilePath(map.town);
    return this.register(MapDocument.create(file, map, { now: () => this.now().toISOString(), journal: this.settings.journalContext(), history }));
  }

  /** Recent maps, and in the browser host every map in the maps folder: each file once, resolved. */
  private mapFiles(): { path: string; recent: MapSummary | null }[] {
    const found = new Map<string, MapSummary | null>();
    for (const r of this.settings.read().recent) {
      const resolved = path.resolve(r.path);
      if (!found.has(resolved)) found.set(resolved, r);
    }
    if (!this.opts.dialogs && fs.existsSync(this.opts.mapsDir)) {
      for (const f of fs.readdirSync(this.opts.mapsDir)) {
        const resolved = path.resolve(this.opts.mapsDir, f);
        if (f.endsWith('.powermap') && !found.has(resolved)) found.set(resolved, null);
      }
    }
    return [...found].map(([file, recent]) => ({ path: file, recent }));
  }

  /** Recent maps, and in the browser host every map in the maps folder. */
  listMaps(): (RecentMap & { path: string })[] {
    const open = new Map(this.openDocs().map((d) => [d.file, d]));
    const out: (RecentMap & { path: string })[] = [];
    for (const { path: file, recent } of this.mapFiles()) {
      const exists = fs.existsSync(file);
      const summary = open.get(file)?.map ?? (exists ? summarize(file) : null) ?? recent;
      if (!summary) continue;
      out.push({ key: keyOf(file), path: file, fileName: path.basename(file), town: summary.town, title: summary.title, updatedAt: summary.updatedAt, exists });
    }
    return out;
  }

  /** The file behind a listed map's key, if it is still there: found without reading any map. */
  pathOfKey(key: string): string | null {
    const found = this.mapFiles().find((m) => keyOf(m.path) === key);
    return found && fs.existsSync(found.path) ? found.path : null;
  }

  private makeHandlers(): Handlers {
    return {
      'app.info': () => ({ kind: this.opts.kind, version: this.opts.version, nativeDialogs: this.opts.dialogs !== null }),
      'settings.get': () => ({ language: this.settings.language() }),
      'settings.setLanguage': ({ language }) => {
        this.settings.update((s) => ({ ...s, language }));
        return { language };
      },
      'maps.recent': () => this.listMaps().map(({ path: _p, ...r }) => r),
      'maps.create': async ({ town, title, body, actors }) => {
        const base = emptyMap(town, title, this.now().toISOString());
        return this.createFrom({ ...base, body: body ?? base.body, actors: actors ?? [] });
      },
      'maps.open': ({ key }) => {
        const file = this.pathOfKey(key);
        if (!file) throw new StoreError('not-found', 'no such map');
        return this.openPath(file);
      },
      'maps.openDialog': async () => {
        if (!this.opts.dialogs) throw new StoreError('unsupported', 'no file dialogs in the browser host');
        const file = await this.opts.dialogs.chooseMapToOpen();
        if (!file) throw new StoreError('cancelled', 'cancelled');
        return this.openPath(file);
      },
      'maps.importJson': async ({ text }) => {
        const parsed = parseInterchangeText(text, this.now().toISOString());
        if (!parsed.ok) {
          const p = parsed.problems[0]!;
          throw new StoreError('invalid-json', `${p.field}: ${p.message}`, { field: p.field, message: p.message });
        }
        return this.createFrom(parsed.map, parsed.history);
      },
      'maps.get': ({ docId }) => this.describe(docId, this.docById(docId)),
      'maps.apply': ({ docId, op, base, note }) => this.docById(docId).apply(op, note, base),
      'maps.journal': ({ docId, last }) => this.docById(docId).journal(last === undefined ? {} : { last }),
      'maps.journalText': ({ docId, after = 0, upTo }) => {
        const doc = this.docById(docId);
        const end = upTo ?? doc.journalEnd();
        const entries = doc.journal({ after, upTo: end, limit: JOURNAL_PAGE });
        const last = entries.at(-1)?.seq ?? end;
        return { text: JSON.stringify(entries), last, upTo: end, done: entries.length < JOURNAL_PAGE || last >= end };
      },
      'maps.state': ({ docId }) => {
        const doc = this.docById(docId);
        return { revision: doc.revision, problem: doc.readOnly ? null : doc.fileProblem() };
      },
      'maps.saveAs': async ({ docId, map }) => {
        const doc = this.docById(docId);
        const name = suggestedFileName(doc.map.town, this.now());
        let target: string;
        if (this.opts.dialogs) {
          const chosen = await this.opts.dialogs.chooseSaveAsPath(name);
          if (!chosen) throw new StoreError('cancelled', 'cancelled');
          if (this.isOpen(chosen)) throw new StoreError('locked', 'that map is open');
          fs.rmSync(chosen, { force: true });
          target = chosen;
        } else {
          fs.mkdirSync(this.opts.mapsDir, { recursive: true });
          target = uniquePath(this.opts.mapsDir, name);
        }
        if (map) {
          const parsed = parseInterchange(map, this.now().toISOString());
          if (!parsed.ok) throw new StoreError('invalid-json', 'invalid map', { ...parsed.problems[0]! });
          MapDocument.create(target, parsed.map, { now: () => this.now().toISOString(), journal: this.settings.journalContext(), history: parsed.history }).close();
        } else {
          await doc.saveCopy(target);
        }
        // The window continues on the copy, as in any document app (other views keep the original).
        this.releaseView(docId);
        return this.openPath(target);
      },
      ...exportHandlers(this, {
        rasterizer: this.opts.rasterizer ?? null,
        chooseExportPath: this.opts.dialogs?.chooseExportPath?.bind(this.opts.dialogs) ?? null,
        now: this.now,
      }),
      ...groupHandlers(this, { now: this.now, mapsDir: this.opts.mapsDir, besideOriginal: this.opts.dialogs !== null }),
      'maps.close': ({ docId }) => {
        const doc = this.docs.get(docId);
        if (doc) {
          if (!doc.readOnly) this.remember(doc);
          this.releaseView(docId);
        }
        return null;
      },
    };
  }
}

/** A listed map's town, title and last save: read lightly, or (an older file, an interrupted write) by opening it read-only. */
function summarize(file: string): MapSummary | null {
  const light = readSummary(file);
  if (light) return light;
  try {
    const doc = MapDocument.open(file, { readOnly: true });
    try {
      const { town, title, updatedAt } = doc.map;
      return { town, title, updatedAt };
    } finally {
      doc.close();
    }
  } catch {
    return null;
  }
}
