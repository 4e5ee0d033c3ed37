import type { IntroductionState } from '../../shared/contracts/introductions.js';
import {
  findMarketRecordForDemo,
  type SeedIntroduction,
  seedIntroductionAsPlatform,
} from '../modules/introductions/index.js';
import type { AppDeps } from '../platform/module.js';
import type { DemoIds } from './demo-ids.js';
import { DEMO_NEEDS, DEMO_OFFERS } from './demo-marketplace-data.js';

/**
 * Demo introductions among the demo needs and offers, one in each telling state: an agreed one
 * with terms and both sides' feedback, a proposal awaiting the provider, and one the provider
 * declined with a reason. Runs after the marketplace step; skips a pair whose records are missing.
 */
interface DemoIntroduction {
  need: string;
  offer: string;
  proposedAs: SeedIntroduction['proposedAs'];
  proposedBy: string;
  message: Record<string, string>;
  state: IntroductionState;
  seeker?: { answer: 'accepted' | 'declined'; by: string; reason?: string };
  provider?: { answer: 'accepted' | 'declined'; by: string; reason?: string };
  terms?: Record<string, unknown>;
  feedback?: { side: 'seeker' | 'provider'; usefulness: number; comment: string; by: string }[];
  daysAgo: number;
}

const DEMO_INTRODUCTIONS: DemoIntroduction[] = [
  {
    need: 'id-school-meals',
    offer: 'br-school-meals',
    proposedAs: 'seeker',
    proposedBy: 'id.coordinator@demo.kxhub.org',
    message: {
      en: 'Bappenas is designing local procurement for the national school meals programme; Brazil’s PNAE is the model we study most.',
    },
    state: 'agreed',
    seeker: { answer: 'accepted', by: 'id.coordinator@demo.kxhub.org' },
    provider: { answer: 'accepted', by: 'br.admin@demo.kxhub.org' },
    terms: {
      modality: 'Study tour to two Brazilian municipalities, then a remote follow-up clinic',
      instruments: ['study_tour', 'expert_visit'],
      startDate: '2026-09-07',
      endDate: '2026-09-18',
      costSharing: 'cost_shared',
      notes: 'ABC covers in-country costs; Bappenas covers flights.',
    },
    feedback: [
      {
        side: 'seeker',
        usefulness: 5,
        comment: 'Exactly the practical detail on procurement rules we needed.',
        by: 'id.coordinator@demo.kxhub.org',
      },
      {
        side: 'provider',
        usefulness: 4,
        comment: 'Well-prepared delegation; we learned from their district pilots too.',
        by: 'br.admin@demo.kxhub.org',
      },
    ],
    daysAgo: 40,
  },
  {
    need: 'ke-revenue',
    offer: 'za-revenue',
    proposedAs: 'seeker',
    proposedBy: 'ke.admin@demo.kxhub.org',
    message: {
      en: 'We would like to learn how SARS built its risk engine before we procure ours.',
    },
    state: 'proposed',
    seeker: { answer: 'accepted', by: 'ke.admin@demo.kxhub.org' },
    daysAgo: 6,
  },
  {
    need: 'in-housing',
    offer: 'sg-housing',
    proposedAs: 'broker',
    proposedBy: 'broker@demo.kxhub.org',
    message: {
      en: 'Both work on public housing at scale; Singapore’s estate management may suit the pilot cities.',
    },
    state: 'declined',
    seeker: { answer: 'accepted', by: 'in.coordinator@demo.kxhub.org' },
    provider: {
      answer: 'declined',
      by: 'sg.coordinator@demo.kxhub.org',
      reason: 'Our 2026 programme is fully booked; please propose again for 2027.',
    },
    daysAgo: 20,
  },
];

/** Loads the demo introductions (marked demo). */
export async function seedIntroductions(deps: AppDeps, ids: DemoIds): Promise<void> {
  const user = (email: string) => ids.userIds.get(email) ?? null;
  for (const d of DEMO_INTRODUCTIONS) {
    const need = DEMO_NEEDS.find((n) => n.key === d.need);
    const offer = DEMO_OFFERS.find((o) => o.key === d.offer);
    const seekerOrg = need && ids.orgIds.get(need.org);
    const providerOrg = offer && ids.orgIds.get(offer.org);
    if (!need || !offer || !seekerOrg || !providerOrg) continue;
    const needId = await findMarketRecordForDemo(deps, 'need', seekerOrg, need.title);
    const offerId = await findMarketRecordForDemo(deps, 'offer', providerOrg, offer.title);
    if (!needId || !offerId) continue;
    const answer = (a: DemoIntroduction['seeker']) => a && { ...a, by: user(a.by) };
    await seedIntroductionAsPlatform(
      deps,
      {
        needId,
        offerId,
        providerOrganisationId: providerOrg,
        proposedAs: d.proposedAs,
        proposedBy: user(d.proposedBy),
        message: d.message,
        state: d.state,
        ...(d.seeker && { seeker: answer(d.seeker) }),
        ...(d.provider && { provider: answer(d.provider) }),
        ...(d.terms && { terms: d.terms }),
        feedback: (d.feedback ?? []).map((f) => ({ ...f, by: user(f.by) })),
        daysAgo: d.daysAgo,
      },
      { isDemo: true },
    );
  }
}
