/** The toolbar's "Snapshots": name this moment, and the list of moments named before. */
import { DialogButton } from '../components/DialogButton';
import { useT } from '../i18n/useT';
import { SnapshotsDialog } from './SnapshotsDialog';

export function SnapshotsButton() {
  const t = useT();
  return <DialogButton label={t('snapshots.button')} hint={t('snapshots.buttonHint')} dialog={(close) => <SnapshotsDialog onClose={close} />} />;
}
