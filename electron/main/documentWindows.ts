/**
 * One window per open map. Tracks which window shows which document, gives each window handlers
 * that can only reach its own document, and routes a file to open (from a dialog, the recent list,
 * the file manager or a second launch) to the window that already shows it, or to a new one.
 */
import path from 'node:path';
import type { Handlers, OpenedMap } from '../../shared/contract';
import { keyOf, type Host } from '../host/handlers';
import { StoreError } from '../store/errors';

export interface DocWindow {
  readonly id: number;
  focus(): void;
}

export interface WindowFactory<W extends DocWindow> {
  /** A new window showing the start screen, or told to open the map with this key. */
  create(openKey: string | null): W;
  /** Points an empty window at a map (the window was already showing the start screen). */
  show(win: W, openKey: string): void;
}

const OPENS = ['maps.open', 'maps.openDialog', 'maps.create', 'maps.importJson', 'maps.saveAs'] as const;
const NEEDS_OWN_DOC = ['maps.get', 'maps.state', 'maps.apply', 'maps.journal', 'maps.journalText', 'maps.saveAs', 'maps.close'] as const;

export class DocumentWindows<W extends DocWindow> {
  private readonly windows = new Map<number, W>();
  private readonly docOf = new Map<number, string>();

  constructor(
    private readonly host: Host,
    private readonly factory: WindowFactory<W>,
    /** Told whenever a window's document changes, e.g. to rebuild the menu or retitle the window. */
    private readonly onChange: (win: W) => void = () => {},
  ) {}

  add(win: W): void {
    this.windows.set(win.id, win);
  }

  /** A new window showing the start screen. */
  newWindow(): W {
    const win = this.factory.create(null);
    this.add(win);
    return win;
  }

  all(): W[] {
    return [...this.windows.values()];
  }

  docIdOf(winId: number): string | null {
    return this.docOf.get(winId) ?? null;
  }

  /** The file shown in a window, for Reveal in folder and the remembered window size. */
  fileOf(winId: number): string | null {
    const docId = this.docOf.get(winId);
    if (!docId) return null;
    try {
      return this.host.docById(docId).file;
    } catch {
      return null;
    }
  }

  windowShowing(file: string): W | null {
    const resolved = path.resolve(file);
    for (const [winId, win] of this.windows) if (this.fileOf(winId) === resolved) return win;
    return null;
  }

  /** A window closed: its document closes too, so the file is unlocked and on the recent list. */
  remove(winId: number): void {
    const docId = this.docOf.get(winId);
    this.docOf.delete(winId);
    this.windows.delete(winId);
    if (docId) void this.host.handlers['maps.close']({ docId });
  }

  /**
   * Opens a file the user asked for outside the page. Focuses the window that shows it, else uses
   * `preferred` if it is an empty window, else makes a new window. Throws a StoreError the caller reports.
   */
  openFile(file: string, preferred: W | null = null): W {
    const showing = this.windowShowing(file);
    if (showing) {
      showing.focus();
      return showing;
    }
    const opened = this.host.openPath(file);
    const key = keyOf(file);
    const empty = preferred && this.windows.has(preferred.id) && !this.docOf.has(preferred.id) ? preferred : null;
    const win = empty ?? this.factory.create(key);
    if (!empty) this.add(win);
    this.docOf.set(win.id, opened.docId);
    if (empty) this.factory.show(win, key);
    else win.focus();
    this.onChange(win);
    return win;
  }

  /** The contract handlers as one window may use them. */
  handlersFor(winId: number): Handlers {
    const base = this.host.handlers;
    const scoped: Record<string, (args: never) => unknown> = { ...base };
    for (const name of NEEDS_OWN_DOC) {
      const inner = base[name] as (args: { docId: string }) => unknown;
      scoped[name] = (args: { docId: string }) => {
        if (this.docOf.get(winId) !== args.docId) throw new StoreError('not-found', 'this map is not open in this window');
        return inner(args);
      };
    }
    for (const name of OPENS) {
      const inner = scoped[name] as (args: unknown) => Promise<OpenedMap> | OpenedMap;
      scoped[name] = async (args: unknown) => this.claim(winId, await inner(args));
    }
    const close = scoped['maps.close'] as (args: { docId: string }) => unknown;
    scoped['maps.close'] = async (args: { docId: string }) => {
      const r = await close(args);
      this.docOf.delete(winId);
      this.notify(winId);
      return r;
    };
    return scoped as unknown as Handlers;
  }

  /** A map the page opened belongs to its window, unless another window already shows it. */
  private claim(winId: number, opened: OpenedMap): OpenedMap {
    // Each open is its own view (docId) of a shared document: compare the files, not the views.
    const file = this.host.docById(opened.docId).file;
    for (const [otherId, docId] of this.docOf) {
      if (otherId !== winId && this.fileOfDoc(docId) === file) {
        void this.host.handlers['maps.close']({ docId: opened.docId });
        this.windows.get(otherId)?.focus();
        throw new StoreError('cancelled', 'that map is open in another window');
      }
    }
    const previous = this.docOf.get(winId);
    this.docOf.set(winId, opened.docId);
    if (previous && previous !== opened.docId) void this.host.handlers['maps.close']({ docId: previous });
    this.notify(winId);
    return opened;
  }

  private fileOfDoc(docId: string): string | null {
    try {
      return this.host.docById(docId).file;
    } catch {
      return null;
    }
  }

  private notify(winId: number): void {
    const win = this.windows.get(winId);
    if (win) this.onChange(win);
  }
}
