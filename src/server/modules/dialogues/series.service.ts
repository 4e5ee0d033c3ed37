import type { SeriesBody, SeriesPatch } from '../../../shared/contracts/dialogues.js';
import type { RequestContext } from '../../platform/http/context.js';
import { notFound } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { canReadConvened, dialoguePolicy } from './dialogues.policy.js';
import { convenedFacts } from './dialogues.presenter.js';
import * as repo from './dialogues.repository.js';
import { auditDialogue, convenerFor, jsonOf, whoOf } from './dialogues.support.js';

/** Dialogue series: a goal and a convener, holding dialogues. Every write is audited in its transaction. */

/** Creates a series for an organisation the caller convenes for. */
export async function createSeries(deps: AppDeps, ctx: RequestContext, b: SeriesBody) {
  return deps.db.transaction().execute(async (trx) => {
    const org = await convenerFor(trx, ctx.actor, b.convenerOrganisationId);
    const at = deps.clock.now();
    const id = await repo.insertSeries(trx, {
      convener_organisation_id: org.id,
      title: JSON.stringify(b.title),
      goal: JSON.stringify(b.goal),
      default_locale: b.defaultLocale,
      visibility: b.visibility,
      created_by: ctx.userId,
      created_at: at,
      updated_at: at,
    });
    await auditDialogue(
      trx,
      whoOf(ctx),
      { type: 'dialogue_series', id, organisationId: org.id },
      'dialogue_series.create',
      {
        after: b,
      },
    );
    return id;
  });
}

/** A series the caller may see, else 404. */
export async function getSeries(deps: AppDeps, ctx: RequestContext, id: string) {
  const row = await repo.findSeries(deps.db, id);
  if (!row || !canReadConvened(ctx.actor, convenedFacts(row)))
    throw notFound('errors:dialogues.seriesNotFound');
  return row;
}

/** Updates a series (its conveners only). */
export async function updateSeries(deps: AppDeps, ctx: RequestContext, id: string, p: SeriesPatch) {
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findSeries(trx, id);
    if (!before || !canReadConvened(ctx.actor, convenedFacts(before)))
      throw notFound('errors:dialogues.seriesNotFound');
    dialoguePolicy.authorize(ctx.actor, 'dialogue.convene', convenedFacts(before));
    await repo.updateSeries(
      trx,
      id,
      {
        title: jsonOf(p.title),
        goal: jsonOf(p.goal),
        default_locale: p.defaultLocale,
        visibility: p.visibility,
      },
      deps.clock.now(),
    );
    const was = {
      title: before.title,
      goal: before.goal,
      defaultLocale: before.default_locale,
      visibility: before.visibility,
    };
    const changed = Object.fromEntries(Object.keys(p).map((k) => [k, was[k as keyof typeof was]]));
    await auditDialogue(
      trx,
      whoOf(ctx),
      { type: 'dialogue_series', id, organisationId: before.convener_organisation_id },
      'dialogue_series.update',
      { before: changed, after: p },
    );
  });
}
