import type { IntroductionBody } from '../../../shared/contracts/introductions.js';
import { canSee } from '../../platform/authz/visibility.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, conflict, forbidden, unauthorized } from '../../platform/http/errors.js';
import { checkedCursor, pageOf } from '../../platform/http/pagination.js';
import type { AppDeps } from '../../platform/module.js';
import * as board from './board.repository.js';
import { isBroker, proposesFor } from './introductions.policy.js';
import * as repo from './introductions.repository.js';
import {
  auditIntroduction,
  dayOf,
  duplicate,
  expiresFrom,
  readable,
  seesMarketRecord,
  tell,
  whoOf,
} from './introductions.support.js';

/** Proposing, sending and reading introductions; the answers are in introductions.workflow.service.ts. */

const LIVE_MARKET = ['open', 'in_discussion'];

/** A need or offer must still be looking (open or in discussion) and not past its expiry day. */
function checkLive(r: { status: string; expires_on: string }, field: 'needId' | 'offerId', today: string) {
  const what = field === 'needId' ? 'need' : 'offer';
  if (!LIVE_MARKET.includes(r.status)) throw conflict(`errors:introductions.${what}NotOpen`, field);
  if (r.expires_on < today)
    throw conflict(`errors:introductions.${what}Expired`, field, { date: r.expires_on });
}

/** True for the database's refusal of a second live introduction (a race the check missed). */
export const isLiveKeyViolation = (err: unknown) =>
  (err as { code?: string }).code === '23505' &&
  String((err as { constraint?: string; message?: string }).constraint ?? (err as Error).message).includes(
    'introductions_live_key',
  );

/**
 * Proposes an introduction (or, for a broker with `send: false`, saves it as a suggestion). The
 * proposer's own side counts as having accepted. Refuses invisible, closed or expired needs and
 * offers, an offer of another organisation than the provider, an organisation meeting itself,
 * people who speak for neither side (unless brokers), and a second live introduction.
 */
export async function proposeIntroduction(deps: AppDeps, ctx: RequestContext, b: IntroductionBody) {
  if (!ctx.userId) throw unauthorized();
  const userId = ctx.userId;
  const actor = ctx.actor;
  const now = deps.clock.now();
  const today = dayOf(now);
  let providerId: string | undefined;
  try {
    const created = await deps.db.transaction().execute(async (trx) => {
      const need = await repo.findNeed(trx, b.needId);
      if (!need || !seesMarketRecord(actor, need))
        throw badRequest('errors:introductions.noSuchNeed', 'needId');
      const offer = b.offerId ? await repo.findOffer(trx, b.offerId) : undefined;
      if (b.offerId && (!offer || !seesMarketRecord(actor, offer)))
        throw badRequest('errors:introductions.noSuchOffer', 'offerId');
      if (offer && b.providerOrganisationId && b.providerOrganisationId !== offer.organisation_id)
        throw badRequest('errors:introductions.offerNotProvider', 'offerId');
      providerId = offer?.organisation_id ?? b.providerOrganisationId;
      if (!providerId) throw badRequest('errors:introductions.providerRequired', 'providerOrganisationId');
      const provider = await repo.findOrganisation(trx, providerId);
      const seen =
        provider &&
        canSee(actor, {
          visibility: provider.visibility,
          organisationId: provider.id,
          countryCode: provider.country_code,
        });
      if (!provider || !seen)
        throw badRequest('errors:introductions.noSuchProvider', 'providerOrganisationId');
      if (provider.id === need.organisation_id)
        throw badRequest(
          'errors:introductions.ownOrganisation',
          offer ? 'offerId' : 'providerOrganisationId',
        );
      checkLive(need, 'needId', today);
      if (offer) checkLive(offer, 'offerId', today);

      const seekerScope = { organisationId: need.organisation_id, countryCode: need.country_code };
      const providerScope = { organisationId: provider.id, countryCode: provider.country_code };
      const broker = isBroker(actor);
      if (!b.send && !broker) throw forbidden('errors:introductions.onlyBrokersSuggest');
      const as = !b.send
        ? 'broker'
        : proposesFor(actor, seekerScope)
          ? 'seeker'
          : proposesFor(actor, providerScope)
            ? 'provider'
            : broker
              ? 'broker'
              : null;
      if (!as) throw forbidden('errors:introductions.mayNotPropose');

      const existing = await repo.findLiveIntroduction(trx, need.id, provider.id);
      if (existing) throw duplicate(existing.id);
      const stored = offer ? await repo.storedMatch(trx, need.id, offer.id) : undefined;
      const answered = (side: 'seeker' | 'provider') =>
        as === side ? { answer: 'accepted', by: userId, at: now } : { answer: null, by: null, at: null };
      const seeker = answered('seeker');
      const prov = answered('provider');
      const message = b.message ? { [ctx.locale]: b.message } : {};
      const id = await repo.insertIntroduction(trx, {
        need_id: need.id,
        offer_id: offer?.id ?? null,
        seeker_organisation_id: need.organisation_id,
        provider_organisation_id: provider.id,
        state: b.send ? 'proposed' : 'suggested',
        proposed_by: userId,
        proposed_as: as,
        message: JSON.stringify(message),
        score: stored?.score ?? null,
        factors: stored ? JSON.stringify(stored.factors) : null,
        seeker_answer: seeker.answer,
        seeker_answered_by: seeker.by,
        seeker_answered_at: seeker.at,
        provider_answer: prov.answer,
        provider_answered_by: prov.by,
        provider_answered_at: prov.at,
        terms: JSON.stringify({}),
        expires_at: expiresFrom(now),
        created_at: now,
        updated_at: now,
      });
      await auditIntroduction(
        trx,
        whoOf(ctx),
        { id, seeker_organisation_id: need.organisation_id },
        b.send ? 'introduction.propose' : 'introduction.suggest',
        {
          after: {
            needId: need.id,
            offerId: offer?.id ?? null,
            providerOrganisationId: provider.id,
            proposedAs: as,
            state: b.send ? 'proposed' : 'suggested',
            message: b.message,
          },
        },
      );
      if (b.send) {
        const r = (await repo.findIntroduction(trx, id))!;
        const audience =
          as === 'seeker' ? ['provider'] : as === 'provider' ? ['seeker'] : ['seeker', 'provider'];
        await tell(deps, trx, r, 'proposed', audience as ('seeker' | 'provider')[], { exclude: userId });
      }
      return id;
    });
    void deps.mailer.flush().catch(() => undefined);
    return created;
  } catch (err) {
    if (!isLiveKeyViolation(err) || !providerId) throw err;
    const existing = await repo.findLiveIntroduction(deps.db, b.needId, providerId);
    throw existing ? duplicate(existing.id) : err;
  }
}

/** Sends a broker's suggestion to both sides (suggested → proposed); its 30 days start now. */
export async function sendSuggestion(deps: AppDeps, ctx: RequestContext, id: string) {
  if (!ctx.userId) throw unauthorized();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const r = await readable(trx, ctx.actor, id, true);
    if (!isBroker(ctx.actor)) throw forbidden('errors:introductions.brokersOnly');
    if (r.state !== 'suggested') throw conflict('errors:introductions.notSuggested', 'state');
    await repo.updateIntroduction(trx, id, {
      state: 'proposed',
      expires_at: expiresFrom(now),
      updated_at: now,
    });
    await auditIntroduction(trx, whoOf(ctx), r, 'introduction.send', {
      before: { state: 'suggested' },
      after: { state: 'proposed' },
    });
    await tell(deps, trx, r, 'proposed', ['seeker', 'provider'], { exclude: ctx.userId });
  });
  void deps.mailer.flush().catch(() => undefined);
}

/** An introduction with its feedback, if the caller may read it. */
export async function getIntroduction(deps: AppDeps, ctx: RequestContext, id: string) {
  const row = await readable(deps.db, ctx.actor, id);
  return { row, feedback: await repo.listFeedback(deps.db, id) };
}

/** The caller's pipeline: introductions of their organisations, as seeker and as provider. */
export async function myPipeline(deps: AppDeps, ctx: RequestContext) {
  if (!ctx.userId) throw unauthorized();
  const orgIds = Object.keys(ctx.actor.memberships);
  return {
    asSeeker: await repo.listForOrganisations(deps.db, orgIds, 'seeker'),
    asProvider: await repo.listForOrganisations(deps.db, orgIds, 'provider'),
  };
}

/** The broker board: open needs without an accepted or agreed introduction, oldest first. */
export async function brokerBoard(
  deps: AppDeps,
  ctx: RequestContext,
  q: { cursor?: string | undefined; limit: number },
) {
  if (!ctx.userId) throw unauthorized();
  if (!isBroker(ctx.actor)) throw forbidden('errors:introductions.brokersOnly');
  const after = checkedCursor(q.cursor, 'timestamp');
  const rows = await board.boardNeeds(deps.db, ctx.actor, dayOf(deps.clock.now()), after, q.limit);
  const page = pageOf(rows, q.limit, (r) => ({ v: r.sort_key, id: r.id }));
  const best = await board.bestMatches(
    deps.db,
    page.items.map((r) => r.id),
  );
  return { ...page, best: new Map(best.map((m) => [m.need_id, m])) };
}
