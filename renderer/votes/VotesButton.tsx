/** The toolbar's "Votes": record the body's roll call and see it beside the projection of that morning. */
import { DialogButton } from '../components/DialogButton';
import { useT } from '../i18n/useT';
import { VotesDialog } from './VotesDialog';

export function VotesButton() {
  const t = useT();
  return <DialogButton label={t('votes.button')} hint={t('votes.buttonHint')} dialog={(close) => <VotesDialog onClose={close} />} />;
}
