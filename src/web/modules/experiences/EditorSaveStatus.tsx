import { useTranslation } from 'react-i18next';
import { useTimeFormat } from '../countries/format.js';
import type { SaveState } from './editor-draft.js';

/** Where the edits are: kept on this device, being saved, saved at a time, or not saved and why. */
export function EditorSaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation('experience-editor');
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
