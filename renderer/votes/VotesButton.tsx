/** The toolbar's "Votes" (in its More menu): record the body's roll call and see it beside the projection of that morning. */
import type { Translate } from '../../shared/i18n';
import type { MoreItem } from '../toolbar/MoreMenu';
import { VotesDialog } from './VotesDialog';

export const votesItem = (t: Translate, disabled: boolean): MoreItem => ({
  id: 'votes',
  label: t('votes.button'),
  hint: t('votes.buttonHint'),
  disabled,
  dialog: (close) => <VotesDialog onClose={close} />,
  command: 'map.votes',
});
