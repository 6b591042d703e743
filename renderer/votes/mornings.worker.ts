/** The votes worker: the projections of the mornings of recorded votes, off the page's main thread. */
import { answerRequests } from '../derived/answer';
import { morningsOf } from './mornings';

answerRequests(morningsOf);
