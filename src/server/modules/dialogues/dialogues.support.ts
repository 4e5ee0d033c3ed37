import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { auditRecord } from '../../platform/audit/audit.repository.js';
import { canSee } from '../../platform/authz/visibility.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, forbidden, unauthorized } from '../../platform/http/errors.js';
import { canConveneFor } from './dialogues.policy.js';
import { organisationFacts } from './dialogues.repository.js';

/** What the series and dialogue services share: who acts, the convener check, audit. */

/** Who a change is recorded as made by, and in which request. */
export type Who = { actorId: string | null; requestId: string | null };
export const whoOf = (ctx: RequestContext): Who => ({ actorId: ctx.userId, requestId: ctx.requestId });

/** An organisation, if it exists and the actor may see it. */
export async function visibleOrganisation(ex: Executor, actor: Actor, id: string) {
  const org = await organisationFacts(ex, id);
  const seen =
    org &&
    canSee(actor, { visibility: org.visibility, organisationId: org.id, countryCode: org.country_code });
  return seen ? org : undefined;
}

/**
 * The organisation a new series or dialogue is convened by: it must exist and be visible to the
 * actor (else the field is wrong), and the actor must convene for it (else 403).
 */
export async function convenerFor(ex: Executor, actor: Actor, id: string) {
  if (!actor.userId) throw unauthorized();
  const org = await visibleOrganisation(ex, actor, id);
  if (!org) throw badRequest('errors:dialogues.noSuchOrganisation', 'convenerOrganisationId');
  if (!canConveneFor(actor, { id: org.id, countryCode: org.country_code })) throw forbidden();
  return org;
}

/** The audit entry of a change to a series or dialogue (same transaction as the change). */
export const auditDialogue = auditRecord<'dialogue_series' | 'dialogue'>;

/** The audit entry of a change to one dialogue by the caller, on its convener's trail. */
export const auditDialogueChange = (
  ex: Executor,
  ctx: RequestContext,
  dialogue: { id: string; convener_organisation_id: string },
  action: string,
  change: { before?: unknown; after?: unknown },
) =>
  auditDialogue(
    ex,
    whoOf(ctx),
    { type: 'dialogue', id: dialogue.id, organisationId: dialogue.convener_organisation_id },
    action,
    change,
  );

/** A locale map as stored (jsonb text), or undefined when not given. */
export const jsonOf = (m: object | undefined) => (m === undefined ? undefined : JSON.stringify(m));
