import type { Generated } from 'kysely';
import type { CostSharing, CreatedAt, Json, LocaleMap, Timestamp, Visibility } from './schema-columns.js';

/** The marketplace's tables (migration 0011): needs, offers, matches, introductions, notifications. */

export type MarketStatus = 'open' | 'in_discussion' | 'matched' | 'closed' | 'withdrawn';

export interface NeedsTable {
  id: Generated<string>;
  organisation_id: string;
  country_code: string;
  title: Json<LocaleMap>;
  challenge: Json<LocaleMap>;
  change_sought: Json<LocaleMap>;
  default_locale: Generated<string>;
  challenge_area: string;
  dimensions: string[];
  outcomes: string[];
  sectors: string[];
  sdg_targets: string[];
  instruments: string[];
  delivery_mode: string | null;
  languages: string[];
  timeframe_from: string | null;
  timeframe_to: string | null;
  contributes_funds: Generated<boolean>;
  contributes_in_kind: Generated<boolean>;
  contribution_note: Json<LocaleMap>;
  visibility: Generated<Visibility>;
  status: Generated<MarketStatus>;
  expires_on: string;
  expiry_reminded_at: Date | null;
  lexemes: Generated<string[]>;
  search_vector: unknown;
  is_demo: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OffersTable {
  id: Generated<string>;
  organisation_id: string;
  country_code: string;
  title: Json<LocaleMap>;
  description: Json<LocaleMap>;
  default_locale: Generated<string>;
  challenge_areas: string[];
  dimensions: string[];
  sectors: string[];
  sdg_targets: string[];
  instruments: string[];
  delivery_modes: string[];
  languages: string[];
  capacity_per_year: number | null;
  cost_sharing: Generated<CostSharing>;
  cost_sharing_note: Json<LocaleMap>;
  available_from: string | null;
  available_to: string | null;
  visibility: Generated<Visibility>;
  status: Generated<MarketStatus>;
  expires_on: string;
  expiry_reminded_at: Date | null;
  lexemes: Generated<string[]>;
  search_vector: unknown;
  is_demo: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OfferCapabilitiesTable {
  offer_id: string;
  capability_id: string;
}

export interface OfferExperiencesTable {
  offer_id: string;
  experience_id: string;
}

export interface MatchSettingsTable {
  id: Generated<boolean>;
  weights: Json<Record<string, number>>;
  min_score: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export type MatchCandidateKind = 'offer' | 'experience' | 'capability' | 'country';

export interface NeedMatchesTable {
  need_id: string;
  candidate_kind: MatchCandidateKind;
  candidate_id: string;
  rank: number;
  score: number;
  factors: Json<unknown>;
  computed_at: Timestamp;
  notified_at: Date | null;
}

export type IntroductionState = 'suggested' | 'proposed' | 'accepted' | 'agreed' | 'declined' | 'expired';
export type IntroductionAnswer = 'accepted' | 'declined';

export interface IntroductionsTable {
  id: Generated<string>;
  need_id: string;
  offer_id: string | null;
  seeker_organisation_id: string;
  provider_organisation_id: string;
  state: Generated<IntroductionState>;
  proposed_by: string | null;
  proposed_as: 'seeker' | 'provider' | 'broker' | 'platform';
  message: Json<LocaleMap>;
  score: number | null;
  factors: Json<unknown> | null;
  seeker_answer: IntroductionAnswer | null;
  seeker_answered_by: string | null;
  seeker_answered_at: Date | null;
  seeker_reason: string | null;
  provider_answer: IntroductionAnswer | null;
  provider_answered_by: string | null;
  provider_answered_at: Date | null;
  provider_reason: string | null;
  terms: Json<Record<string, unknown>>;
  agreed_at: Date | null;
  expires_at: Timestamp;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface IntroductionFeedbackTable {
  introduction_id: string;
  organisation_id: string;
  usefulness: number;
  comment: Generated<string>;
  given_by: string | null;
  created_at: CreatedAt;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  params: Json<Record<string, unknown>>;
  link: string | null;
  read_at: Date | null;
  created_at: CreatedAt;
}

export interface NotificationSettingsTable {
  user_id: string;
  weekly_digest: Generated<boolean>;
  email_introductions: Generated<boolean>;
  email_expiry: Generated<boolean>;
  last_digest_at: Date | null;
  updated_at: Timestamp;
}

export interface MarketplaceTables {
  needs: NeedsTable;
  offers: OffersTable;
  offer_capabilities: OfferCapabilitiesTable;
  offer_experiences: OfferExperiencesTable;
  match_settings: MatchSettingsTable;
  need_matches: NeedMatchesTable;
  introductions: IntroductionsTable;
  introduction_feedback: IntroductionFeedbackTable;
  notifications: NotificationsTable;
  notification_settings: NotificationSettingsTable;
}
