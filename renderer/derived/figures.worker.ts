/**
 * The derived-figures worker: one message in (a FiguresRequest with its sequence number), one
 * message out (the figures, or the failure's text). It holds no state between messages, so the
 * page may terminate it at any moment to abandon a computation that a newer change has superseded.
 */
import { deriveFigures } from '../../shared/derived/figures';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ToWorker>) => void) | null; postMessage(m: FromWorker): void };

scope.onmessage = (e) => {
  const { id, request } = e.data;
  try {
    scope.postMessage({ id, figures: deriveFigures(request) });
  } catch (err) {
    scope.postMessage({ id, failure: err instanceof Error ? err.message : String(err) });
  }
};
