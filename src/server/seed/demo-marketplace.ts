import type { NeedBody, OfferBody } from '../../shared/contracts/marketplace.js';
import {
  createNeedAsPlatform,
  createOfferAsPlatform,
  demoLinkTargets,
} from '../modules/marketplace/index.js';
import type { AppDeps } from '../platform/module.js';
import { DEMO_CAPABILITIES } from './demo-expertise.js';
import type { DemoIds } from './demo-ids.js';
import { DEMO_NEEDS } from './demo-marketplace-data.js';
import { DEMO_OFFERS } from './demo-marketplace-offers.js';

const DAY = 86_400_000;

/** The day `days` after now, as YYYY-MM-DD (UTC). */
const dayFrom = (now: Date, days: number) => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);

/**
 * Loads the demo needs and offers (after the expertise catalogue and the experience library, so
 * offers can link to the capabilities and published experiences of their organisation), dated
 * relative to the service clock: one need has expired, one need and one offer are withdrawn.
 */
export async function seedMarketplace(deps: AppDeps, ids: DemoIds): Promise<void> {
  const now = deps.clock.now();
  const common = (d: (typeof DEMO_NEEDS)[number] | (typeof DEMO_OFFERS)[number], organisationId: string) => ({
    organisationId,
    title: d.title,
    defaultLocale: d.defaultLocale ?? 'en',
    sectors: d.sectors,
    sdgTargets: d.sdgTargets,
    instruments: d.instruments,
    languages: d.languages,
    dimensions: d.dimensions,
    visibility: d.visibility ?? 'public',
    status: d.status ?? 'open',
    expiresOn: dayFrom(now, d.expiresInDays),
  });
  const opts = (d: { postedDaysAgo: number }) => ({
    isDemo: true,
    createdAt: new Date(now.getTime() - d.postedDaysAgo * DAY),
    allowPast: true,
  });

  for (const d of DEMO_NEEDS) {
    const organisationId = ids.orgIds.get(d.org);
    if (!organisationId) continue;
    const body: NeedBody = {
      ...common(d, organisationId),
      challenge: d.challenge,
      changeSought: d.changeSought ?? {},
      challengeArea: d.challengeArea,
      outcomes: d.outcomes,
      deliveryMode: d.deliveryMode ?? null,
      timeframeFrom: d.timeframe?.[0] ?? null,
      timeframeTo: d.timeframe?.[1] ?? null,
      contributesFunds: d.contributesFunds ?? false,
      contributesInKind: d.contributesInKind ?? false,
      contributionNote: {},
    };
    await createNeedAsPlatform(deps, body, opts(d));
  }

  for (const d of DEMO_OFFERS) {
    const organisationId = ids.orgIds.get(d.org);
    if (!organisationId) continue;
    const targets = await demoLinkTargets(deps, organisationId);
    const capabilityTitle = (key: string) => DEMO_CAPABILITIES.find((c) => c.key === key)?.title.en;
    const capabilityIds = (d.capabilities ?? []).flatMap((key) => {
      const title = capabilityTitle(key);
      return targets.capabilities.filter((c) => title && c.titles.includes(title)).map((c) => c.id);
    });
    const experienceIds = (d.experiences ?? []).flatMap((start) =>
      targets.experiences.filter((e) => e.titles.some((t) => t.startsWith(start))).map((e) => e.id),
    );
    const body: OfferBody = {
      ...common(d, organisationId),
      description: d.description,
      challengeAreas: d.challengeAreas,
      deliveryModes: d.deliveryModes,
      capabilityIds: [...new Set(capabilityIds)],
      experienceIds: [...new Set(experienceIds)],
      capacityPerYear: d.capacityPerYear ?? null,
      costSharing: d.costSharing ?? 'negotiable',
      costSharingNote: {},
      availableFrom: null,
      availableTo: null,
    };
    await createOfferAsPlatform(deps, body, opts(d));
  }
}
