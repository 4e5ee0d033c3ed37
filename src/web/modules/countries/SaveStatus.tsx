import { useTranslation } from 'react-i18next';
import { useTimeFormat } from './format.js';
import type { SaveState } from './use-profile-draft.js';

/** Where the edits are: unsaved (kept on this device), saving, saved at a time, or not saved and why. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation('countries');
  const formatTime = useTimeFormat();
  const text: Record<SaveState['kind'], string> = {
    idle: t('save.idle'),
    dirty: t('save.dirty'),
    saving: t('save.saving'),
    saved: state.kind === 'saved' ? t('save.saved', { time: formatTime(state.at) }) : '',
    blocked: t('save.blocked'),
    error: t('save.error'),
    conflict: t('save.conflict'),
  };
  return (
    <p className="save-status" role="status">
      {text[state.kind]}
    </p>
  );
}
