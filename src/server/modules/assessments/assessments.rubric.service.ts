import type { LocaleMap } from '../../../shared/locale-map.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { rubricPolicy } from './assessments.policy.js';
import * as repo from './assessments.repository.js';
import { cleanMap } from './assessments.support.js';

/** The rubric: what each level (0–4) of each dimension means, in every language. */

/** Every active dimension and the text of each of its levels. */
export async function getRubric(deps: AppDeps) {
  const [dimensions, levels] = await Promise.all([
    repo.listDimensions(deps.db),
    repo.listRubricLevels(deps.db),
  ]);
  return { dimensions, levels };
}

/** An administrator rewrites one level's text; the seed never overwrites it afterwards. */
export async function updateRubricLevel(
  deps: AppDeps,
  ctx: RequestContext,
  dimension: string,
  level: number,
  description: LocaleMap,
) {
  rubricPolicy.authorize(ctx.actor, 'vocabulary.manage', null);
  await deps.db.transaction().execute(async (trx) => {
    const item = (await repo.listDimensions(trx)).find((d) => d.code === dimension);
    if (!item) throw badRequest('errors:assessments.unknownDimension', 'dimension', { code: dimension });
    const before = await repo.findRubricLevel(trx, dimension, level);
    const text = cleanMap(description) ?? {};
    await repo.saveRubricLevel(trx, {
      dimension,
      level,
      description: text,
      userId: ctx.userId,
      at: deps.clock.now(),
    });
    // On the trail of the dimension itself (a vocabulary item), beside edits of its label.
    await recordAudit(trx, {
      actorId: ctx.userId,
      action: 'assessment_rubric.update',
      entityType: 'vocabulary_item',
      entityId: item.id,
      before: { [`level${level}`]: before?.description ?? null },
      after: { [`level${level}`]: text },
      requestId: ctx.requestId,
    });
  });
  return getRubric(deps);
}
