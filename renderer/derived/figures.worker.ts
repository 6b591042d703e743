/**
 * The derived-figures worker: one message in (a FiguresRequest with its sequence number), one
 * message out (the figures, or the failure's text). It holds no state between messages, so the
 * page may terminate it at any moment to abandon a computation that a newer change has superseded.
 */
import { deriveFigures } from '../../shared/derived/figures';
import { answerRequests } from './answer';

answerRequests(deriveFigures);
