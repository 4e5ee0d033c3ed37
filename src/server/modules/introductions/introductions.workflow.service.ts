import type { AnswerBody, FeedbackBody, TermsPatch } from '../../../shared/contracts/introductions.js';
import type { ErrorKey } from '../../../shared/error-keys.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, conflict, forbidden, unauthorized } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { answersFor, sidesOf } from './introductions.policy.js';
import { introductionFacts } from './introductions.presenter.js';
import * as repo from './introductions.repository.js';
import {
  auditIntroduction,
  moveMarketStatus,
  PLATFORM,
  readable,
  tell,
  whoOf,
} from './introductions.support.js';

/** Answers, agreed terms, feedback and expiry of introductions. */

const CLOSED: Record<string, ErrorKey> = {
  suggested: 'errors:introductions.notSent',
  agreed: 'errors:introductions.alreadyAgreed',
  declined: 'errors:introductions.alreadyDeclined',
  expired: 'errors:introductions.alreadyExpired',
};

/**
 * One side accepts or declines (only someone with introduction.answer in that side's
 * organisation). A decline needs a reason and ends the introduction; the second acceptance
 * makes it agreed: the need is then matched and the offer in discussion. Both sides' people
 * (and a proposing broker) are told in the same transaction.
 */
export async function answerIntroduction(deps: AppDeps, ctx: RequestContext, id: string, b: AnswerBody) {
  if (!ctx.userId) throw unauthorized();
  const now = deps.clock.now();
  const who = whoOf(ctx);
  await deps.db.transaction().execute(async (trx) => {
    const r = await readable(trx, ctx.actor, id, true);
    if (!answersFor(ctx.actor, introductionFacts(r), b.side))
      throw forbidden('errors:introductions.notYourSide');
    const closed = CLOSED[r.state];
    if (closed) throw conflict(closed, 'state');
    const mine = b.side === 'seeker' ? r.seeker_answer : r.provider_answer;
    if (mine !== null) throw conflict('errors:introductions.alreadyAnswered', 'side');
    if (b.answer === 'declined' && !b.reason)
      throw badRequest('errors:introductions.reasonRequired', 'reason');

    const other = b.side === 'seeker' ? r.provider_answer : r.seeker_answer;
    const state = b.answer === 'declined' ? 'declined' : other === 'accepted' ? 'agreed' : 'accepted';
    await repo.updateIntroduction(trx, id, {
      [`${b.side}_answer`]: b.answer,
      [`${b.side}_answered_by`]: ctx.userId,
      [`${b.side}_answered_at`]: now,
      [`${b.side}_reason`]: b.reason || null,
      state,
      ...(state === 'agreed' && { agreed_at: now }),
      updated_at: now,
    });
    await auditIntroduction(trx, who, r, `introduction.${b.answer === 'declined' ? 'decline' : 'accept'}`, {
      before: { state: r.state, [`${b.side}Answer`]: null },
      after: { state, [`${b.side}Answer`]: b.answer, ...(b.reason && { reason: b.reason }) },
    });

    const need = { id: r.need_id, status: r.need_status, organisationId: r.seeker_organisation_id };
    const offer = r.offer_id
      ? { id: r.offer_id, status: r.offer_status ?? 'open', organisationId: r.provider_organisation_id }
      : null;
    if (state === 'accepted' || state === 'agreed') {
      await moveMarketStatus(trx, who, 'needs', need, state === 'agreed' ? 'matched' : 'in_discussion', now);
      if (offer) await moveMarketStatus(trx, who, 'offers', offer, 'in_discussion', now);
    }

    const by = b.side === 'seeker' ? r.seeker_name : r.provider_name;
    const otherSide = b.side === 'seeker' ? 'provider' : 'seeker';
    const opts = { exclude: ctx.userId, params: { by, reason: b.reason } };
    if (state === 'agreed') await tell(deps, trx, r, 'agreed', ['seeker', 'provider', 'broker'], opts);
    else await tell(deps, trx, r, state, [otherSide, 'broker'], opts);
  });
  void deps.mailer.flush().catch(() => undefined);
}

/** Either side edits what was agreed (only the fields sent change), once the introduction is agreed. */
export async function updateTerms(deps: AppDeps, ctx: RequestContext, id: string, patch: TermsPatch) {
  if (!ctx.userId) throw unauthorized();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const r = await readable(trx, ctx.actor, id, true);
    if (sidesOf(ctx.actor, introductionFacts(r)).length === 0)
      throw forbidden('errors:introductions.notYourSide');
    if (r.state !== 'agreed') throw conflict('errors:introductions.notAgreed', 'state');
    const before = (r.terms ?? {}) as TermsPatch;
    const terms = { ...before, ...patch };
    if (terms.startDate && terms.endDate && terms.endDate < terms.startDate)
      throw badRequest('errors:introductions.termsDates', 'endDate');
    await repo.updateIntroduction(trx, id, { terms: JSON.stringify(terms), updated_at: now });
    const keys = Object.keys(patch) as (keyof TermsPatch)[];
    await auditIntroduction(trx, whoOf(ctx), r, 'introduction.terms', {
      before: Object.fromEntries(keys.map((k) => [k, before[k] ?? null])),
      after: patch,
    });
  });
}

/**
 * Was it useful? Once per side organisation, by someone who answers for that side, only after
 * the introduction is agreed.
 */
export async function giveFeedback(deps: AppDeps, ctx: RequestContext, id: string, b: FeedbackBody) {
  if (!ctx.userId) throw unauthorized();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const r = await readable(trx, ctx.actor, id, true);
    const sides = sidesOf(ctx.actor, introductionFacts(r));
    if (sides.length === 0 || (b.side && !sides.includes(b.side)))
      throw forbidden('errors:introductions.notYourSide');
    if (r.state !== 'agreed') throw conflict('errors:introductions.notAgreed', 'state');
    const side = b.side ?? (sides.length === 1 ? sides[0] : undefined);
    if (!side) throw badRequest('errors:introductions.sideRequired', 'side');
    const organisationId = side === 'seeker' ? r.seeker_organisation_id : r.provider_organisation_id;
    const given = await repo.listFeedback(trx, id);
    if (given.some((f) => f.organisation_id === organisationId))
      throw conflict('errors:introductions.feedbackGiven', 'side');
    await repo.insertFeedback(trx, {
      introduction_id: id,
      organisation_id: organisationId,
      usefulness: b.usefulness,
      comment: b.comment,
      given_by: ctx.userId,
      created_at: now,
    });
    await auditIntroduction(trx, whoOf(ctx), r, 'introduction.feedback', {
      after: { side, organisationId, usefulness: b.usefulness, comment: b.comment },
    });
  });
}

const BATCH = 50;

/**
 * Marks proposals nobody finished answering within their time `expired` and tells both sides
 * (a broker's unsent suggestion expires silently). Safe to run often and in several processes.
 */
export async function expireIntroductions(deps: AppDeps): Promise<{ expired: number; mails: number }> {
  const now = deps.clock.now();
  const counts = { expired: 0, mails: 0 };
  for (;;) {
    const n = await deps.db.transaction().execute(async (trx) => {
      const due = await repo.expireDue(trx, now, BATCH);
      for (const { id, previous } of due) {
        const r = await repo.findIntroduction(trx, id);
        if (!r) continue;
        await auditIntroduction(trx, PLATFORM, r, 'introduction.expire', {
          before: { state: previous },
          after: { state: 'expired' },
        });
        if (previous !== 'suggested')
          counts.mails += await tell(deps, trx, r, 'expired', ['seeker', 'provider', 'broker']);
      }
      return due.length;
    });
    counts.expired += n;
    if (n < BATCH) break;
  }
  if (counts.mails > 0) void deps.mailer.flush().catch(() => undefined);
  return counts;
}
