/**
 * Runs deriveFigures off the page's main thread, latest wins: a request supersedes the one before
 * it, whose answer is never delivered. A computation still running when it is superseded is
 * abandoned by terminating its worker and starting a fresh one (the engine cannot be interrupted
 * from outside, and a 2,000-seat body takes a while), so a drag over a huge body never queues work.
 *
 * Where there is no Worker (jsdom in tests), or the worker cannot start (a host that refuses it),
 * the same function runs on the main thread, still asynchronously and still latest-wins.
 */
import { deriveFigures, type Figures, type FiguresRequest } from '../../shared/derived/figures';
import type { FromWorker, ToWorker } from './protocol';

export type Deliver = (figures: Figures) => void;

export interface FiguresRunner {
  request(request: FiguresRequest, deliver: Deliver): void;
  dispose(): void;
}

/** In-thread fallback: the latest request runs on the next task; superseded ones never run. */
export function inThreadRunner(): FiguresRunner {
  let latest = 0;
  let disposed = false;
  return {
    request(request, deliver) {
      const id = ++latest;
      setTimeout(() => {
        if (disposed || id !== latest) return;
        deliver(deriveFigures(request));
      }, 0);
    },
    dispose() {
      disposed = true;
    },
  };
}

function spawn(): Worker {
  return new Worker(new URL('./figures.worker.ts', import.meta.url), { type: 'module', name: 'powermap-figures' });
}

export function workerRunner(create: () => Worker = spawn): FiguresRunner {
  let worker: Worker | null = null;
  let pending: { id: number; request: FiguresRequest; deliver: Deliver } | null = null;
  let seq = 0;
  let fallback: FiguresRunner | null = null;

  const toFallback = () => {
    worker?.terminate();
    worker = null;
    fallback = inThreadRunner();
    if (pending) fallback.request(pending.request, pending.deliver);
    pending = null;
  };

  const start = (): Worker | null => {
    try {
      const w = create();
      w.onmessage = (e: MessageEvent<FromWorker>) => {
        const msg = e.data;
        if (!pending || msg.id !== pending.id) return;
        const { deliver } = pending;
        pending = null;
        if ('figures' in msg) deliver(msg.figures);
        else throw new Error(`derived figures failed: ${msg.failure}`);
      };
      // A worker that cannot load (or dies) must not leave the panel waiting forever.
      w.onerror = (e) => {
        e.preventDefault();
        toFallback();
      };
      return w;
    } catch {
      return null;
    }
  };

  return {
    request(request, deliver) {
      if (fallback) return fallback.request(request, deliver);
      if (pending && worker) {
        // Still working on a superseded request: abandon it.
        worker.terminate();
        worker = null;
      }
      pending = { id: ++seq, request, deliver };
      worker ??= start();
      if (!worker) return toFallback();
      const message: ToWorker = { id: pending.id, request };
      worker.postMessage(message);
    },
    dispose() {
      worker?.terminate();
      worker = null;
      pending = null;
      fallback?.dispose();
    },
  };
}

export function createRunner(): FiguresRunner {
  return typeof Worker === 'undefined' ? inThreadRunner() : workerRunner();
}
