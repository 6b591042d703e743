/** Inside a latest-wins worker: one message in (a request and its number), one message out. */
import type { FromWorker, ToWorker } from './protocol';

export function answerRequests<Req, Ans>(compute: (req: Req) => Ans): void {
  const scope = self as unknown as { onmessage: ((e: MessageEvent<ToWorker<Req>>) => void) | null; postMessage(m: FromWorker<Ans>): void };
  scope.onmessage = (e) => {
    const { id, request } = e.data;
    try {
      scope.postMessage({ id, figures: compute(request) });
    } catch (err) {
      scope.postMessage({ id, failure: err instanceof Error ? err.message : String(err) });
    }
  };
}
