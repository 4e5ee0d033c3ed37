import type { DialogueAction } from '../../../shared/contracts/dialogue-followup.js';
import type { Dialogue } from '../../../shared/contracts/dialogues.js';
import { useApi } from '../../api/use-api.js';
import { useLocale } from '../../app/i18n.js';
import { dialogueActionsPath } from './record-paths.js';

/** The dialogue's API record (with the reader's abilities on it). */
export const useDialogue = (id: string) =>
  useApi<Dialogue>(`/dialogues/${encodeURIComponent(id)}?locale=${useLocale()}`);

/** A dialogue's actions and "what's next" items. */
export const useDialogueActions = (dialogueId: string) =>
  useApi<{ items: DialogueAction[] }>(dialogueActionsPath(dialogueId, useLocale()));
