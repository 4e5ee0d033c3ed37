import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, LocaleMap, Timestamp, Visibility } from './schema-columns.js';

/** The dialogues' tables (migration 0012): series, dialogues, sites, agenda, summary, actions. */

/** `time` columns: read and written as 'HH:mm[:ss]' text, never a Date. */
type TimeText = ColumnType<string, string | undefined, string>;
/** `date` columns: 'YYYY-MM-DD' text. */
type DateText = ColumnType<string, string, string>;

export type DialogueFormat = 'video' | 'hybrid' | 'in_person';
export type DialogueStatus = 'planning' | 'scheduled' | 'held' | 'summarised';
export type DialogueRole = 'convener' | 'moderator' | 'speaker' | 'participant';
export type DialogueSegmentKind =
  | 'welcome'
  | 'presentation'
  | 'qa'
  | 'discussion'
  | 'summary'
  | 'next_steps'
  | 'break'
  | 'other';

export interface DialogueSeriesTable {
  id: Generated<string>;
  convener_organisation_id: string;
  title: Json<LocaleMap>;
  goal: Json<LocaleMap>;
  default_locale: Generated<string>;
  visibility: Generated<Visibility>;
  is_demo: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DialoguesTable {
  id: Generated<string>;
  series_id: string | null;
  follows_id: string | null;
  convener_organisation_id: string;
  title: Json<LocaleMap>;
  objectives: Json<LocaleMap>;
  default_locale: Generated<string>;
  format: Generated<DialogueFormat>;
  duration_minutes: number;
  status: Generated<DialogueStatus>;
  starts_at: Date | null;
  cancelled_at: Date | null;
  visibility: Generated<Visibility>;
  ics_uid: string;
  ics_sequence: Generated<number>;
  calendar_token_hash: string | null;
  highlights: Json<LocaleMap>;
  /** Counts the agenda's saves: a save based on an older count is a conflict. */
  agenda_revision: Generated<number>;
  /** Counts the summary's saves (publishing included), as agenda_revision does. */
  summary_revision: Generated<number>;
  is_demo: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DialogueSitesTable {
  id: Generated<string>;
  dialogue_id: string;
  position: number;
  city: string;
  country_code: string | null;
  organisation_id: string | null;
  venue: Generated<string>;
  room: Generated<string>;
  connection: Generated<string>;
  time_zone: string;
  preferred_from: TimeText;
  preferred_to: TimeText;
  holidays: ColumnType<string[], string[] | undefined, string[]>;
  attendees: number | null;
  created_at: CreatedAt;
}

export interface DialogueParticipantsTable {
  id: Generated<string>;
  dialogue_id: string;
  site_id: string;
  user_id: string | null;
  name: string;
  email: string | null;
  role: Generated<DialogueRole>;
  attended: boolean | null;
  invited_sequence: number | null;
  created_at: CreatedAt;
}

export interface DialogueSegmentsTable {
  id: Generated<string>;
  dialogue_id: string;
  position: number;
  kind: DialogueSegmentKind;
  title: Json<LocaleMap>;
  minutes: number;
  site_id: string | null;
  country_code: string | null;
  speaker: Generated<string>;
  moderator: Generated<string>;
}

export interface DialogueTopicsTable {
  id: Generated<string>;
  dialogue_id: string;
  position: number;
  title: Json<LocaleMap>;
}

export interface DialogueIdeasTable {
  id: Generated<string>;
  topic_id: string;
  position: number;
  text: Json<LocaleMap>;
  dimension: string | null;
  sector: string | null;
}

export interface DialogueActionsTable {
  id: Generated<string>;
  dialogue_id: string;
  kind: Generated<'action' | 'next'>;
  position: number;
  text: Json<LocaleMap>;
  owner_name: Generated<string>;
  owner_organisation_id: string | null;
  due_on: DateText | null;
  done_at: Date | null;
  next_dialogue_id: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DialogueTables {
  dialogue_series: DialogueSeriesTable;
  dialogues: DialoguesTable;
  dialogue_sites: DialogueSitesTable;
  dialogue_participants: DialogueParticipantsTable;
  dialogue_segments: DialogueSegmentsTable;
  dialogue_topics: DialogueTopicsTable;
  dialogue_ideas: DialogueIdeasTable;
  dialogue_actions: DialogueActionsTable;
}
