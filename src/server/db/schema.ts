import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table types for Kysely, kept by hand beside `migrations/`: a migration that changes a table
 * changes its interface here in the same commit.
 */
export type LocaleMap = Partial<Record<string, string>>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string | T, string | T>;

export interface CountriesTable {
  code: string;
  name: Json<LocaleMap>;
  region: string | null;
  status: Generated<string>;
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

export type Visibility = 'public' | 'network' | 'organisation';
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

export interface MailOutboxTable {
  id: Generated<string>;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  status: Generated<'pending' | 'sending' | 'sent' | 'failed' | 'logged'>;
  attempts: Generated<number>;
  last_error: string | null;
  claimed_at: Date | null;
  created_at: CreatedAt;
  sent_at: Date | null;
}

export interface KxMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: CreatedAt;
}

export interface Database {
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
