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

/** A latest-wins runner of one pure function (the figures here; history in renderer/history/). */
export interface LatestRunner<Req, Ans> {
  request(request: Req, deliver: (answer: Ans) => void): void;
  dispose(): void;
}

export type Deliver = (figures: Figures) => void;
export type FiguresRunner = LatestRunner<FiguresRequest, Figures>;

/** In-thread fallback: the latest request runs on the next task; superseded ones never run. */
export function inThreadRunner(): FiguresRunner {
  return latestInThread(deriveFigures);
}

export function latestInThread<Req, Ans>(compute: (req: Req) => Ans): LatestRunner<Req, Ans> {
  let latest = 0;
  let disposed = false;
  return {
    request(request, deliver) {
      const id = ++latest;
      setTimeout(() => {
        if (disposed || id !== latest) return;
        deliver(compute(request));
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
  return latestInWorker(create, deriveFigures);
}

/** `create` starts a worker that answers `compute(request)` (protocol.ts); `compute` is its in-thread fallback. */
export function latestInWorker<Req, Ans>(create: () => Worker, compute: (req: Req) => Ans): LatestRunner<Req, Ans> {
  let worker: Worker | null = null;
  let pending: { id: number; request: Req; deliver: (answer: Ans) => void } | null = null;
  let seq = 0;
  let fallback: LatestRunner<Req, Ans> | null = null;

  const toFallback = () => {
    worker?.terminate();
    worker = null;
    fallback = latestInThread(compute);
    if (pending) fallback.request(pending.request, pending.deliver);
    pending = null;
  };

  const start = (): Worker | null => {
    try {
      const w = create();
      w.onmessage = (e: MessageEvent<FromWorker<Ans>>) => {
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
      const message: ToWorker<Req> = { id: pending.id, request };
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
