import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table types for Kysely, kept by hand beside `migrations/`: a migration that changes a table
 * changes its interface here in the same commit.
 */
import type { CostSharing, CreatedAt, Json, LocaleMap, Timestamp, Visibility } from './schema-columns.js';
import type { DialogueTables } from './schema-dialogues.js';
import type { MarketplaceTables } from './schema-marketplace.js';

export type { CostSharing, LocaleMap, Visibility } from './schema-columns.js';
export type * from './schema-dialogues.js';
export type * from './schema-marketplace.js';

export interface CountriesTable {
  code: string;
  name: Json<LocaleMap>;
  region: string | null;
  status: Generated<string>;
  /** World Bank income group: L, LM, UM or H; null where the Bank does not classify. */
  income_group: 'L' | 'LM' | 'UM' | 'H' | null;
}

export interface LanguagesTable {
  code: string;
  name: Json<LocaleMap>;
}

export interface CurrenciesTable {
  code: string;
  name: Json<LocaleMap>;
}

export interface CodelistItemsTable {
  list: string;
  code: string;
  name: Json<LocaleMap>;
  description: Json<LocaleMap> | null;
  category: string | null;
  status: Generated<string>;
}

export interface VocabularyItemsTable {
  id: Generated<string>;
  vocabulary: string;
  code: string;
  label: Json<LocaleMap>;
  definition: Json<LocaleMap>;
  parent_code: string | null;
  position: Generated<number>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ReferenceSyncTable {
  name: string;
  checksum: string;
  synced_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string;
  locale: Generated<string>;
  time_zone: Generated<string>;
  is_admin: Generated<boolean>;
  is_broker: Generated<boolean>;
  status: Generated<'active' | 'disabled'>;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  last_login_at: Date | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Date;
  last_seen_at: Timestamp;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: CreatedAt;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
}

export interface CountryRolesTable {
  user_id: string;
  country_code: string;
  role: 'coordinator';
  created_at: CreatedAt;
}

export type OrgRole = 'org_admin' | 'editor' | 'member';

export interface OrganisationsTable {
  id: Generated<string>;
  name: Json<LocaleMap>;
  acronym: string | null;
  org_type: string;
  country_code: string | null;
  parent_id: string | null;
  website: string | null;
  iati_identifier: string | null;
  description: Json<LocaleMap>;
  default_locale: Generated<string>;
  visibility: Generated<Visibility>;
  search_text: Generated<string>;
  is_demo: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MembershipsTable {
  user_id: string;
  organisation_id: string;
  role: OrgRole;
  created_at: CreatedAt;
}

export interface InvitationsTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  role: OrgRole;
  token_hash: string;
  invited_by: string | null;
  created_at: CreatedAt;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: CreatedAt;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  organisation_id: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  request_id: string | null;
}

/** A file sent with a message: text content, or base64 when `encoding` says so. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
  encoding?: 'base64';
}

export interface MailOutboxTable {
  id: Generated<string>;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  /** Files sent with the message (migration 0013). */
  attachments: ColumnType<MailAttachment[], string | undefined, string>;
  status: Generated<'pending' | 'sending' | 'sent' | 'failed' | 'logged'>;
  attempts: Generated<number>;
  last_error: string | null;
  claimed_at: Date | null;
  created_at: CreatedAt;
  sent_at: Date | null;
}

/** A `date` column: pg hands it over as the 'YYYY-MM-DD' text (see engine.ts), never a Date. */
type DateText = ColumnType<string, string, string>;

export interface CountryProfilesTable {
  country_code: string;
  /** The working draft, shaped by the country profile contract. */
  draft: Json<unknown>;
  draft_updated_at: Timestamp;
  draft_updated_by: string | null;
  published_version: number | null;
  published_at: Date | null;
  country_role: string | null;
  is_demo: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CountryProfileVersionsTable {
  country_code: string;
  version: number;
  content: Json<unknown>;
  change_note: Generated<string>;
  published_by: string | null;
  published_at: Date | string;
}

export interface AssessmentRubricLevelsTable {
  dimension: string;
  level: number;
  description: Json<LocaleMap>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export type AssessmentStatus = 'draft' | 'submitted';

export interface AssessmentsTable {
  id: Generated<string>;
  country_code: string;
  status: Generated<AssessmentStatus>;
  assessed_on: DateText;
  participants: Generated<string>;
  summary: Json<LocaleMap>;
  created_by: string | null;
  submitted_by: string | null;
  submitted_at: Date | null;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AssessmentRatingsTable {
  assessment_id: string;
  dimension: string;
  rating: number | null;
  evidence: Json<LocaleMap>;
  links: Json<string[]>;
}

export interface CapabilitiesTable {
  id: Generated<string>;
  organisation_id: string;
  title: Json<LocaleMap>;
  description: Json<LocaleMap>;
  default_locale: Generated<string>;
  sectors: string[];
  sdg_targets: string[];
  instruments: string[];
  languages: string[];
  capacity_per_year: number | null;
  cost_sharing: Generated<CostSharing>;
  cost_sharing_note: Json<LocaleMap>;
  visibility: Generated<Visibility>;
  search_text: Generated<string>;
  is_demo: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type Availability = 'available' | 'limited' | 'unavailable';
export type ConsentMethod = 'written' | 'email' | 'self_registered' | 'verbal_witnessed';

export interface ExpertsTable {
  id: Generated<string>;
  organisation_id: string;
  full_name: string;
  job_title: Generated<string>;
  email: string | null;
  expertise: Json<LocaleMap>;
  sectors: string[];
  languages: string[];
  availability: Generated<Availability>;
  availability_note: Generated<string>;
  consent_given_on: DateText;
  consent_method: ConsentMethod;
  consent_recorded_by: string | null;
  search_text: Generated<string>;
  /** Name, job title and e-mail, normalised: matched only for signed-in readers. */
  personal_search_text: Generated<string>;
  is_demo: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ExpertCapabilitiesTable {
  expert_id: string;
  capability_id: string;
}

export type ExperienceStatus = 'draft' | 'in_review' | 'published' | 'archived';

export interface ExperiencesTable {
  id: Generated<string>;
  organisation_id: string;
  author_id: string | null;
  status: Generated<ExperienceStatus>;
  /** The working copy, shaped by the experience contract. */
  content: Json<unknown>;
  content_updated_at: Timestamp;
  has_pending_edits: Generated<boolean>;
  submitted_at: Date | null;
  published_version: number | null;
  published_at: Date | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  last_verified_at: Date | null;
  reverify_reminded_at: Date | null;
  archived_at: Date | null;
  view_count: Generated<number>;
  original_locale: Generated<string>;
  languages: Generated<string[]>;
  country_codes: Generated<string[]>;
  region_codes: Generated<string[]>;
  sectors: Generated<string[]>;
  sector_categories: Generated<string[]>;
  sdg_targets: Generated<string[]>;
  sdg_goals: Generated<string[]>;
  modality: string | null;
  instruments: Generated<string[]>;
  knowledge_modes: Generated<string[]>;
  outcomes: Generated<string[]>;
  assessment_dimensions: Generated<string[]>;
  year_start: number | null;
  year_end: number | null;
  /** A tsvector: written with SQL expressions, read only inside queries. */
  search_vector: unknown;
  search_names: Generated<string>;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ExperienceVersionsTable {
  experience_id: string;
  version: number;
  content: Json<unknown>;
  published_at: Date | string;
  published_by: string | null;
  change_note: Generated<string>;
}

export interface ExperienceReviewsTable {
  id: Generated<string>;
  experience_id: string;
  reviewer_id: string | null;
  decision: 'approved' | 'changes_requested';
  checklist: Json<Record<string, boolean>>;
  comment: Generated<string>;
  created_at: CreatedAt;
}

export interface ExperienceAttachmentsTable {
  id: Generated<string>;
  experience_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  caption: Json<LocaleMap>;
  created_by: string | null;
  created_at: CreatedAt;
  /** Added since the experience's last publication: readers do not see it yet. */
  pending: Generated<boolean>;
  /** Removed by an editor since the last publication: readers see it until the next one. */
  removal_pending: Generated<boolean>;
}

export interface KxMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: CreatedAt;
}

/** Words of the names in published experiences, to correct typos (migration 0009). */
export interface ExperienceNameWordsTable {
  word: string;
}

/** Where a need or offer stands (migration 0011). */

export interface Database extends MarketplaceTables, DialogueTables {
  countries: CountriesTable;
  languages: LanguagesTable;
  currencies: CurrenciesTable;
  codelist_items: CodelistItemsTable;
  vocabulary_items: VocabularyItemsTable;
  reference_sync: ReferenceSyncTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  password_resets: PasswordResetsTable;
  country_roles: CountryRolesTable;
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  audit_log: AuditLogTable;
  mail_outbox: MailOutboxTable;
  country_profiles: CountryProfilesTable;
  country_profile_versions: CountryProfileVersionsTable;
  assessment_rubric_levels: AssessmentRubricLevelsTable;
  assessments: AssessmentsTable;
  assessment_ratings: AssessmentRatingsTable;
  capabilities: CapabilitiesTable;
  experts: ExpertsTable;
  expert_capabilities: ExpertCapabilitiesTable;
  experiences: ExperiencesTable;
  experience_versions: ExperienceVersionsTable;
  experience_reviews: ExperienceReviewsTable;
  experience_attachments: ExperienceAttachmentsTable;
  experience_name_words: ExperienceNameWordsTable;
  kx_migrations: KxMigrationsTable;
}

export type UserRow = Selectable<UsersTable>;
export type OrganisationRow = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
export type InvitationRow = Selectable<InvitationsTable>;
export type VocabularyItemRow = Selectable<VocabularyItemsTable>;
export type CountryProfileRow = Selectable<CountryProfilesTable>;
export type CountryProfileVersionRow = Selectable<CountryProfileVersionsTable>;
export type AssessmentRow = Selectable<AssessmentsTable>;
export type AssessmentRatingRow = Selectable<AssessmentRatingsTable>;
export type RubricLevelRow = Selectable<AssessmentRubricLevelsTable>;
export type CapabilityRow = Selectable<CapabilitiesTable>;
export type ExpertRow = Selectable<ExpertsTable>;
export type ExperienceRow = Selectable<ExperiencesTable>;
export type ExperienceReviewRow = Selectable<ExperienceReviewsTable>;
export type ExperienceAttachmentRow = Selectable<ExperienceAttachmentsTable>;
