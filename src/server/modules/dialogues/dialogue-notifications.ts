import { LOCALES } from '../../../shared/locales.js';
import type { Executor } from '../../db/executor.js';
import type { AppDeps } from '../../platform/module.js';
import { notify } from '../notifications/index.js';
import type { ActionRecord } from './actions.repository.js';
import { type CalendarData, localWhen, wordingFor } from './calendar-text.js';
import { actorsOfOrganisation } from './dialogue-notifications.repository.js';
import type { ParticipantRecord } from './participants.repository.js';

/**
 * Inbox notifications of the dialogues module, written in the caller's transaction. They come
 * with no e-mail of their own: a participant's invitation, update or cancellation e-mail (with
 * its .ics) is already sent by the invitations. Nobody is told about their own act.
 */

/** What a participant is being sent: a first invitation, an update, or the cancellation. */
export type InvitationKind = 'invitation' | 'update' | 'cancel';

const PARTICIPANT_KINDS: Record<InvitationKind, string> = {
  invitation: 'dialogue_invited',
  update: 'dialogue_updated',
  cancel: 'dialogue_cancelled',
};

const dialoguePath = (id: string) => `/dialogues/${id}`;

/**
 * The start on one site's clock in every interface language, as a locale map: notification
 * parameters are stored language-free and put into the reader's words when shown.
 */
function whenOnSite(deps: Pick<AppDeps, 'i18n'>, start: Date, zone: string) {
  return Object.fromEntries(LOCALES.map((l) => [l, localWhen(wordingFor(deps.i18n, l), start, zone)]));
}

/**
 * Tells the participants with an account of the calendar news they are being e-mailed: their
 * first invitation, a change of time or place, or the cancellation. A plain resend to someone
 * who already holds the current entry adds nothing to their inbox.
 */
export async function tellParticipants(
  ex: Executor,
  deps: Pick<AppDeps, 'i18n'>,
  d: CalendarData,
  people: readonly { p: ParticipantRecord; kind: InvitationKind }[],
  by: string | null,
) {
  const told = new Set<string>();
  for (const { p, kind } of people) {
    const userId = p.user_id;
    if (!userId || userId === by || told.has(userId)) continue;
    if (p.invited_sequence === d.row.ics_sequence) continue;
    told.add(userId);
    await notify(
      ex,
      [userId],
      PARTICIPANT_KINDS[kind],
      {
        title: d.row.title,
        convener: d.row.org_name,
        when: whenOnSite(deps, new Date(d.row.starts_at!), p.site_zone),
        site: p.site_city,
      },
      dialoguePath(d.row.id),
    );
  }
}

/**
 * Tells the people who act for an action's owning organisation (its administrators and
 * editors who may read the dialogue) that the item is now theirs. Callers call it when the
 * owner is first set or changes, not on other edits.
 */
export async function tellActionOwners(ex: Executor, a: ActionRecord, by: string | null) {
  if (!a.owner_organisation_id) return;
  const ids = await actorsOfOrganisation(ex, a.owner_organisation_id, {
    visibility: a.visibility,
    convenerOrganisationId: a.convener_organisation_id,
    countryCode: a.org_country?.trim() ?? null,
  });
  await notify(
    ex,
    ids.filter((id) => id !== by),
    'dialogue_action_assigned',
    { title: a.dialogue_title, action: a.text, organisation: a.owner_org_name },
    dialoguePath(a.dialogue_id),
  );
}
