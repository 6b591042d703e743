/** The history worker: the timeline, what shifted and stance histories, off the page's main thread. */
import { historyFigures } from '../../shared/history/figures';
import { answerRequests } from '../derived/answer';

answerRequests(historyFigures);
