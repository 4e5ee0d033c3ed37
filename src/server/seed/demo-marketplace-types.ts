import type { MarketStatus } from '../../shared/contracts/marketplace.js';
import type { Visibility } from '../../shared/visibility.js';

/** The shape of the demo needs and offers (demo-marketplace-data.ts, demo-marketplace-offers.ts). */

export interface Shared {
  key: string;
  org: string;
  title: Record<string, string>;
  defaultLocale?: 'en' | 'es' | 'fr' | 'pt' | 'zh' | 'id' | 'ar';
  sectors: string[];
  sdgTargets: string[];
  instruments: string[];
  languages: string[];
  dimensions: string[];
  status?: MarketStatus;
  visibility?: Visibility;
  /** Days from the seeding day to the expiry day (negative: already expired). */
  expiresInDays: number;
  /** How long ago it was posted. */
  postedDaysAgo: number;
}

export interface DemoNeed extends Shared {
  challenge: Record<string, string>;
  changeSought?: Record<string, string>;
  challengeArea: string;
  outcomes: string[];
  deliveryMode?: string;
  timeframe?: [from: string, to: string];
  contributesFunds?: boolean;
  contributesInKind?: boolean;
}

export interface DemoOffer extends Shared {
  description: Record<string, string>;
  challengeAreas: string[];
  deliveryModes: string[];
  /** Keys of the organisation's demo capabilities (demo-expertise.ts). */
  capabilities?: string[];
  /** Start of a title of the organisation's published demo experiences, in any language. */
  experiences?: string[];
  capacityPerYear?: number;
  costSharing?: 'provider_funded' | 'cost_shared' | 'recipient_funded' | 'third_party_funded' | 'negotiable';
}
