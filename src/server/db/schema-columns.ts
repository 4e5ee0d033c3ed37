import type { ColumnType } from 'kysely';

/** Column types the table interfaces share (schema.ts and its per-domain parts). */
export type LocaleMap = Partial<Record<string, string>>;
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Json<T> = ColumnType<T, string | T, string | T>;

/** Who may see a record: anyone, signed-in members, or the owning organisation's members. */
export type Visibility = 'public' | 'network' | 'organisation';

export type CostSharing =
  | 'provider_funded'
  | 'cost_shared'
  | 'recipient_funded'
  | 'third_party_funded'
  | 'negotiable';
