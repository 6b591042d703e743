/** The messages between the page and a latest-wins worker (the derived figures; history). */
import type { Figures, FiguresRequest } from '../../shared/derived/figures';

export interface ToWorker<Req = FiguresRequest> {
  id: number;
  request: Req;
}

export type FromWorker<Ans = Figures> = { id: number; figures: Ans } | { id: number; failure: string };
