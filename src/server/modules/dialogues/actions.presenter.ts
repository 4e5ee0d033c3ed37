import type { DialogueAction } from '../../../shared/contracts/dialogue-followup.js';
import { type LocaleMap, localized } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Visibility } from '../../../shared/visibility.js';
import { canSee } from '../../platform/authz/visibility.js';
import type { ActionRecord } from './actions.repository.js';
import { dialoguePolicy } from './dialogues.policy.js';
import { convenedFacts } from './dialogues.presenter.js';

/** Follow-up actions as the API shows them, with the caller's abilities on each. */

/** The owning organisation, named in the reader's language, unless the reader may not see it. */
function ownerOf(r: ActionRecord, actor: Actor, locale: string) {
  if (!r.owner_organisation_id || !r.owner_org_visibility) return null;
  const seen = canSee(actor, {
    visibility: r.owner_org_visibility as Visibility,
    organisationId: r.owner_organisation_id,
    countryCode: r.owner_org_country?.trim() ?? null,
  });
  if (!seen) return null;
  const name = localized(r.owner_org_name as LocaleMap, locale, r.owner_org_locale ?? undefined);
  return { id: r.owner_organisation_id, name };
}

/** Whether an item is still open past its due date. */
const isOverdue = (r: Pick<ActionRecord, 'done_at' | 'due_on'>, today: string) =>
  r.done_at === null && r.due_on !== null && r.due_on < today;

export function toAction(r: ActionRecord, actor: Actor, locale: string, today: string): DialogueAction {
  const manage = dialoguePolicy.can(actor, 'dialogue.convene', convenedFacts(r));
  return {
    id: r.id,
    dialogue: { id: r.dialogue_id, title: r.dialogue_title, seriesId: r.series_id },
    kind: r.kind,
    position: r.position,
    text: r.text,
    ownerName: r.owner_name,
    ownerOrganisation: ownerOf(r, actor, locale),
    dueOn: r.due_on,
    doneAt: r.done_at ? new Date(r.done_at).toISOString() : null,
    overdue: isOverdue(r, today),
    nextDialogueId: r.next_dialogue_id,
    abilities: {
      update: manage,
      delete: manage,
      nextDialogue: manage && r.kind === 'next' && r.next_dialogue_id === null,
    },
  };
}

/** A stored action as the request body names it (for the audit trail's `before`). */
export const actionAsBody = (r: ActionRecord) => ({
  id: r.id,
  kind: r.kind,
  text: r.text,
  ownerName: r.owner_name,
  ownerOrganisationId: r.owner_organisation_id,
  dueOn: r.due_on,
  doneAt: r.done_at ? new Date(r.done_at).toISOString() : null,
  nextDialogueId: r.next_dialogue_id,
});
