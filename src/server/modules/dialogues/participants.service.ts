import type { ParticipantsBody } from '../../../shared/contracts/dialogue-calendar.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { dialoguePolicy } from './dialogues.policy.js';
import { convenedFacts } from './dialogues.presenter.js';
import { findSites } from './dialogues.repository.js';
import { getDialogue, lockedToConvene } from './dialogues.service.js';
import { auditDialogueChange } from './dialogues.support.js';
import { participantAsBody, toParticipant } from './participants.presenter.js';
import * as repo from './participants.repository.js';

/**
 * A dialogue's participants, per site. Whoever may see the dialogue sees who takes part (names,
 * roles, sites — what the source's own record of a dialogue lists); the addresses only its
 * conveners and each participant their own. The list is replaced as a whole by the conveners.
 */

/** The participants of a dialogue the caller may see (else 404). */
export async function listParticipants(deps: AppDeps, ctx: RequestContext, id: string) {
  const { row } = await getDialogue(deps, ctx, id);
  const convener = dialoguePolicy.can(ctx.actor, 'dialogue.convene', convenedFacts(row));
  const rows = await repo.findParticipants(deps.db, id);
  return { items: rows.map((p) => toParticipant(p, ctx.actor, convener)) };
}

/** Replaces the participants with `b.participants` (conveners); refuses what cannot be stored. */
export async function putParticipants(deps: AppDeps, ctx: RequestContext, id: string, b: ParticipantsBody) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockedToConvene(trx, ctx.actor, id);
    const siteIds = new Set((await findSites(trx, id)).map((s) => s.id));
    const before = await repo.findParticipants(trx, id);
    const current = new Map(before.map((p) => [p.id, p]));
    const users = await repo.knownUsers(trx, [
      ...new Set(b.participants.flatMap((p) => (p.userId ? [p.userId] : []))),
    ]);
    const seen = new Set<string>();
    b.participants.forEach((p, i) => {
      if (p.id !== undefined) {
        if (!current.has(p.id))
          throw badRequest('errors:dialogues.noSuchParticipant', `participants.${i}.id`);
        if (seen.has(p.id)) throw badRequest('errors:dialogues.duplicateParticipant', `participants.${i}.id`);
        seen.add(p.id);
      }
      if (!siteIds.has(p.siteId)) throw badRequest('errors:dialogues.noSuchSite', `participants.${i}.siteId`);
      if (p.userId && !users.has(p.userId))
        throw badRequest('errors:dialogues.noSuchUser', `participants.${i}.userId`);
    });
    await repo.replaceParticipants(
      trx,
      id,
      b.participants.map((p) => {
        const old = p.id ? current.get(p.id) : undefined;
        // A new address (or account) has not received any invitation yet.
        const readdressed = old && (old.email !== p.email || old.user_id !== p.userId);
        return {
          id: p.id,
          site_id: p.siteId,
          name: p.name,
          email: p.email,
          user_id: p.userId,
          role: p.role,
          ...(readdressed ? { invited_sequence: null } : {}),
        };
      }),
    );
    await auditDialogueChange(trx, ctx, row, 'dialogue.participants', {
      before: before.map(participantAsBody),
      after: b.participants,
    });
  });
  return listParticipants(deps, ctx, id);
}
