/** The toolbar's "Snapshots" (in its More menu): name this moment, and the list of moments named before. */
import type { Translate } from '../../shared/i18n';
import type { MoreItem } from '../toolbar/MoreMenu';
import { SnapshotsDialog } from './SnapshotsDialog';

export const snapshotsItem = (t: Translate, disabled: boolean): MoreItem => ({
  id: 'snapshots',
  label: t('snapshots.button'),
  hint: t('snapshots.buttonHint'),
  disabled,
  dialog: (close) => <SnapshotsDialog onClose={close} />,
  command: 'map.snapshots',
});
