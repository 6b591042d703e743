/** The messages between the page and the derived-figures worker. */
import type { Figures, FiguresRequest } from '../../shared/derived/figures';

export interface ToWorker {
  id: number;
  request: FiguresRequest;
}

export type FromWorker = { id: number; figures: Figures } | { id: number; failure: string };
