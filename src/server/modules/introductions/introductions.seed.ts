import type { IntroductionSide, IntroductionState } from '../../../shared/contracts/introductions.js';
import type { LocaleMap } from '../../../shared/locale-map.js';
import type { AppDeps } from '../../platform/module.js';
import * as repo from './introductions.repository.js';
import { auditIntroduction, expiresFrom, moveMarketStatus, PLATFORM } from './introductions.support.js';

/** An introduction as demo data describes it: its state, each side's answer, feedback. */
export interface SeedIntroduction {
  needId: string;
  offerId: string | null;
  providerOrganisationId: string;
  proposedAs: 'seeker' | 'provider' | 'broker';
  proposedBy: string | null;
  message: LocaleMap;
  state: IntroductionState;
  seeker?: { answer: 'accepted' | 'declined'; by: string | null; reason?: string };
  provider?: { answer: 'accepted' | 'declined'; by: string | null; reason?: string };
  terms?: Record<string, unknown>;
  feedback?: { side: IntroductionSide; usefulness: number; comment: string; by: string | null }[];
  /** How many days before now it was proposed (answers follow a day apart). */
  daysAgo: number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Writes an introduction on the platform's own authority (demo seed): no permission checks and
 * nobody notified, but audited, and an agreed one moves its need and offer like a real one.
 */
export async function seedIntroductionAsPlatform(
  deps: AppDeps,
  s: SeedIntroduction,
  opts: { isDemo: boolean },
) {
  const now = deps.clock.now();
  const proposed = new Date(now.getTime() - s.daysAgo * DAY);
  const answeredAt = new Date(proposed.getTime() + DAY);
  return deps.db.transaction().execute(async (trx) => {
    const need = await repo.findNeed(trx, s.needId);
    if (!need) throw new Error(`demo introduction: no need ${s.needId}`);
    const answer = (a: SeedIntroduction['seeker']) => ({
      answer: a?.answer ?? null,
      by: a?.by ?? null,
      at: a ? answeredAt : null,
      reason: a?.reason ?? null,
    });
    const seeker = answer(s.seeker);
    const provider = answer(s.provider);
    const id = await repo.insertIntroduction(trx, {
      need_id: s.needId,
      offer_id: s.offerId,
      seeker_organisation_id: need.organisation_id,
      provider_organisation_id: s.providerOrganisationId,
      state: s.state,
      proposed_by: s.proposedBy,
      proposed_as: s.proposedAs,
      message: JSON.stringify(s.message),
      seeker_answer: seeker.answer,
      seeker_answered_by: seeker.by,
      seeker_answered_at: seeker.at,
      seeker_reason: seeker.reason,
      provider_answer: provider.answer,
      provider_answered_by: provider.by,
      provider_answered_at: provider.at,
      provider_reason: provider.reason,
      terms: JSON.stringify(s.terms ?? {}),
      agreed_at: s.state === 'agreed' ? answeredAt : null,
      expires_at: expiresFrom(proposed),
      is_demo: opts.isDemo,
      created_at: proposed,
      updated_at: s.seeker || s.provider ? answeredAt : proposed,
    });
    const intro = { id, seeker_organisation_id: need.organisation_id };
    await auditIntroduction(trx, PLATFORM, intro, 'introduction.seed', {
      after: { needId: s.needId, offerId: s.offerId, state: s.state },
    });
    if (s.state === 'agreed') {
      const needRef = { id: need.id, status: need.status, organisationId: need.organisation_id };
      await moveMarketStatus(trx, PLATFORM, 'needs', needRef, 'matched', now);
      const offer = s.offerId ? await repo.findOffer(trx, s.offerId) : undefined;
      if (offer) {
        const offerRef = { id: offer.id, status: offer.status, organisationId: offer.organisation_id };
        await moveMarketStatus(trx, PLATFORM, 'offers', offerRef, 'in_discussion', now);
      }
    }
    for (const f of s.feedback ?? []) {
      await repo.insertFeedback(trx, {
        introduction_id: id,
        organisation_id: f.side === 'seeker' ? need.organisation_id : s.providerOrganisationId,
        usefulness: f.usefulness,
        comment: f.comment,
        given_by: f.by,
        created_at: new Date(answeredAt.getTime() + 20 * DAY),
      });
    }
    return id;
  });
}

/** The id of an organisation's need or offer with this title (for demo data), if there is one. */
export const findMarketRecordForDemo = (
  deps: AppDeps,
  kind: 'need' | 'offer',
  organisationId: string,
  title: Record<string, string>,
) => repo.findByTitle(deps.db, kind === 'need' ? 'needs' : 'offers', organisationId, title);
