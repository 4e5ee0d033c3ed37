import type { z } from 'zod';
import type {
  ActionBody,
  ActionPatch,
  actionSearchQuery,
  DialogueAction,
} from '../../../shared/contracts/dialogue-followup.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { todayOf } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, notFound } from '../../platform/http/errors.js';
import { checkedCursor, pageOf } from '../../platform/http/pagination.js';
import type { AppDeps } from '../../platform/module.js';
import { actionAsBody, toAction } from './actions.presenter.js';
import * as actions from './actions.repository.js';
import { tellActionOwners } from './dialogue-notifications.js';
import { canReadConvened, dialoguePolicy } from './dialogues.policy.js';
import { convenedFacts } from './dialogues.presenter.js';
import { lockDialogue } from './dialogues.repository.js';
import { dialogueToConvene, getDialogue } from './dialogues.service.js';
import { auditDialogue, visibleOrganisation, whoOf } from './dialogues.support.js';

/**
 * Follow-up actions (an owner, a due date, tracked to done) and "what's next" items of a
 * dialogue: read by whoever sees the dialogue, kept by its conveners; every change is on the
 * dialogue's audit trail.
 */

/** An owning organisation must exist and be one the caller can see (else the field is wrong). */
async function checkOwner(ex: Executor, actor: Actor, id: string | null | undefined) {
  if (id && !(await visibleOrganisation(ex, actor, id)))
    throw badRequest('errors:dialogues.noSuchOrganisation', 'ownerOrganisationId');
}

/** An action the caller may see (else 404) and whose dialogue they convene (else 401/403). */
export async function actionToManage(ex: Executor, actor: Actor, id: string) {
  const row = await actions.findAction(ex, id);
  if (!row || !canReadConvened(actor, convenedFacts(row))) throw notFound('errors:dialogues.actionNotFound');
  dialoguePolicy.authorize(actor, 'dialogue.convene', convenedFacts(row));
  return row;
}

const present = (deps: AppDeps, ctx: RequestContext) => {
  const today = todayOf(deps.clock);
  return (r: actions.ActionRecord) => toAction(r, ctx.actor, ctx.locale, today);
};

/** The actions and "what's next" items of a dialogue the caller may see. */
export async function listDialogueActions(deps: AppDeps, ctx: RequestContext, dialogueId: string) {
  await getDialogue(deps, ctx, dialogueId);
  return (await actions.listDialogueActions(deps.db, dialogueId)).map(present(deps, ctx));
}

/** Adds an item at the end of the dialogue's list. */
export async function createAction(
  deps: AppDeps,
  ctx: RequestContext,
  dialogueId: string,
  b: ActionBody,
): Promise<DialogueAction> {
  return deps.db.transaction().execute(async (trx) => {
    const dialogue = await dialogueToConvene(trx, ctx.actor, dialogueId);
    await lockDialogue(trx, dialogueId); // two additions get two positions
    await checkOwner(trx, ctx.actor, b.ownerOrganisationId);
    const at = deps.clock.now();
    const id = await actions.insertAction(trx, {
      dialogue_id: dialogueId,
      kind: b.kind,
      position: await actions.nextPosition(trx, dialogueId),
      text: JSON.stringify(b.text),
      owner_name: b.ownerName,
      owner_organisation_id: b.ownerOrganisationId,
      due_on: b.dueOn,
      created_at: at,
      updated_at: at,
    });
    await auditDialogue(
      trx,
      whoOf(ctx),
      { type: 'dialogue', id: dialogueId, organisationId: dialogue.convener_organisation_id },
      'dialogue.action.create',
      { after: { id, ...b } },
    );
    const created = (await actions.findAction(trx, id))!;
    await tellActionOwners(trx, created, ctx.actor.userId);
    return present(deps, ctx)(created);
  });
}

/** Changes an item; `done: true` ticks it off now, `false` reopens it. */
export async function updateAction(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  p: ActionPatch,
): Promise<DialogueAction> {
  return deps.db.transaction().execute(async (trx) => {
    await actionToManage(trx, ctx.actor, id);
    await actions.lockAction(trx, id);
    const before = (await actions.findAction(trx, id))!; // locked: still there
    if (p.ownerOrganisationId !== before.owner_organisation_id)
      await checkOwner(trx, ctx.actor, p.ownerOrganisationId);
    const at = deps.clock.now();
    // Ticking off an item already done keeps the day it was first done.
    const doneAt = p.done === undefined ? undefined : p.done ? (before.done_at ?? at) : null;
    await actions.updateAction(
      trx,
      id,
      {
        kind: p.kind,
        text: p.text === undefined ? undefined : JSON.stringify(p.text),
        owner_name: p.ownerName,
        owner_organisation_id: p.ownerOrganisationId,
        due_on: p.dueOn,
        done_at: doneAt,
      },
      at,
    );
    await auditDialogue(
      trx,
      whoOf(ctx),
      { type: 'dialogue', id: before.dialogue_id, organisationId: before.convener_organisation_id },
      'dialogue.action.update',
      { before: actionAsBody(before), after: { id, ...p } },
    );
    const after = (await actions.findAction(trx, id))!;
    // Only a new owner is told; editing the text or the date of an owned item tells nobody.
    if (p.ownerOrganisationId && p.ownerOrganisationId !== before.owner_organisation_id)
      await tellActionOwners(trx, after, ctx.actor.userId);
    return present(deps, ctx)(after);
  });
}

/** Removes an item (a dialogue it became stays, still following this one). */
export async function deleteAction(deps: AppDeps, ctx: RequestContext, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    const before = await actionToManage(trx, ctx.actor, id);
    await actions.deleteAction(trx, id);
    await auditDialogue(
      trx,
      whoOf(ctx),
      { type: 'dialogue', id: before.dialogue_id, organisationId: before.convener_organisation_id },
      'dialogue.action.delete',
      { before: actionAsBody(before) },
    );
  });
}

/** One page of the actions across the dialogues the caller may see, by due date. */
export async function searchActions(
  deps: AppDeps,
  ctx: RequestContext,
  q: z.infer<typeof actionSearchQuery>,
) {
  const after = checkedCursor(q.cursor, 'text');
  const rows = await actions.searchActions(deps.db, ctx.actor, q, after, q.limit);
  const page = pageOf(rows, q.limit, (r) => ({ v: r.sort_key, id: r.id }));
  return { items: page.items.map(present(deps, ctx)), nextCursor: page.nextCursor };
}
