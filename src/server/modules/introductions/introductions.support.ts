import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';
import { canSee } from '../../platform/authz/visibility.js';
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { bumpMarket } from '../marketplace/index.js';
import { notify } from '../notifications/index.js';
import { canRead } from './introductions.policy.js';
import { introductionFacts } from './introductions.presenter.js';
import * as repo from './introductions.repository.js';

/** What the introduction services share: who acts, loading, audit, telling people. */

/** How long a proposal waits for its answers before the daily job marks it expired. */
export const EXPIRES_AFTER_DAYS = 30;
export const expiresFrom = (now: Date) => new Date(now.getTime() + EXPIRES_AFTER_DAYS * 24 * 60 * 60 * 1000);

export type Who = { actorId: string | null; requestId: string | null };
export const whoOf = (ctx: RequestContext): Who => ({ actorId: ctx.userId, requestId: ctx.requestId });
export const PLATFORM: Who = { actorId: null, requestId: 'platform' };

/** The day a clock reading falls on (UTC), as PostgreSQL `date` text. */
export const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** A need or offer is seen when both it and its organisation are visible to the actor. */
export function seesMarketRecord(
  actor: Actor,
  r: { visibility: string; org_visibility: string; organisation_id: string; country_code: string },
): boolean {
  const where = { organisationId: r.organisation_id, countryCode: r.country_code };
  return (
    canSee(actor, { ...where, visibility: r.visibility as 'public' }) &&
    canSee(actor, { ...where, visibility: r.org_visibility as 'public' })
  );
}

/** 409 for a second live introduction of the same need and provider, pointing at the first. */
export const duplicate = (id: string) =>
  new AppError(409, 'conflict', 'errors:introductions.duplicate', {
    field: 'providerOrganisationId',
    params: { id },
    location: `/api/v1/introductions/${id}`,
  });

/** An introduction the actor may read (else "not found"), its row locked when writing. */
export async function readable(ex: Executor, actor: Actor, id: string, lock = false) {
  if (lock) await repo.lockIntroduction(ex, id);
  const r = await repo.findIntroduction(ex, id);
  if (!r || !canRead(actor, introductionFacts(r))) throw notFound('errors:introductions.notFound');
  return r;
}

/** One audit entry on the introduction's trail, filed under the seeker's organisation. */
export async function auditIntroduction(
  ex: Executor,
  who: Who,
  intro: { id: string; seeker_organisation_id: string },
  action: string,
  change: { before?: unknown; after?: unknown },
) {
  await recordAudit(ex, {
    actorId: who.actorId,
    action,
    entityType: 'introduction',
    entityId: intro.id,
    organisationId: intro.seeker_organisation_id,
    ...change,
    requestId: who.requestId,
  });
}

/**
 * Moves a need or offer along with its introduction (open → in discussion, → matched) and
 * leaves the change on that record's own trail.
 */
export async function moveMarketStatus(
  ex: Executor,
  who: Who,
  table: 'needs' | 'offers',
  record: { id: string; status: string; organisationId: string },
  to: 'in_discussion' | 'matched',
  now: Date,
) {
  const from = to === 'matched' ? (['open', 'in_discussion'] as const) : (['open'] as const);
  if (!(await repo.moveStatus(ex, table, record.id, [...from], to, now))) return;
  // A matched need leaves the candidates: matching rebuilds its pools on its next request.
  bumpMarket();
  const entity = table === 'needs' ? 'need' : 'offer';
  await recordAudit(ex, {
    actorId: who.actorId,
    action: `${entity}.update`,
    entityType: entity,
    entityId: record.id,
    organisationId: record.organisationId,
    before: { status: record.status },
    after: { status: to },
    requestId: who.requestId,
  });
}

export type Audience = 'seeker' | 'provider' | 'broker';

/**
 * Tells the chosen sides (their administrators and editors; the broker who proposed) in their
 * inboxes and by e-mail, in the same transaction; the person acting is not told about their own act.
 */
export async function tell(
  deps: AppDeps,
  ex: Executor,
  r: repo.IntroductionRecord,
  event: 'proposed' | 'accepted' | 'agreed' | 'declined' | 'expired',
  audience: Audience[],
  opts: { exclude?: string | null; params?: Record<string, unknown> } = {},
) {
  const ids: string[] = [];
  if (audience.includes('seeker')) ids.push(...(await repo.answerersOf(ex, r.seeker_organisation_id)));
  if (audience.includes('provider')) ids.push(...(await repo.answerersOf(ex, r.provider_organisation_id)));
  if (audience.includes('broker') && r.proposed_as === 'broker' && r.proposed_by) ids.push(r.proposed_by);
  const to = ids.filter((id) => id !== opts.exclude);
  return notify(
    ex,
    to,
    `introduction_${event}`,
    { need: r.need_title, seeker: r.seeker_name, provider: r.provider_name, ...opts.params },
    `/introductions/${r.id}`,
    { deps, setting: 'email_introductions', template: `introductions.${event}` },
  );
}
