import type { LocaleMap } from '../../shared/locale-map.js';
import type { DialogueFormat, DialogueSegmentKind, DialogueStatus } from '../db/schema-dialogues.js';

/** The shape of the demo dialogues (demo-dialogues-data.ts and its companions). */

/** A site; `org` is the key of the demo organisation hosting it (demo-organisations.ts). */
export interface DemoSite {
  city: string;
  countryCode: string;
  timeZone: string;
  org: string | null;
  venue: string;
  connection?: string;
  /** People present at the site; null when the source does not say. */
  attendees: number | null;
}

/** An agenda segment; `site` is the city of the site speaking. */
export interface DemoSegment {
  kind: DialogueSegmentKind;
  minutes: number;
  title: LocaleMap;
  site?: string;
  countryCode?: string;
  speaker?: string;
  moderator?: string;
}

/** A key idea, tagged to an `assessment_dimension` code and/or a DAC sector where it clearly fits. */
export interface DemoIdea {
  text: LocaleMap;
  dimension?: string;
  sector?: string;
}

export interface DemoTopic {
  title: LocaleMap;
  ideas: DemoIdea[];
}

/** A follow-up action, or a "what's next" item (`kind: 'next'`). */
export interface DemoAction {
  kind: 'action' | 'next';
  text: LocaleMap;
  ownerName?: string;
  /** Key of the owning demo organisation. */
  ownerOrg?: string;
  dueOn?: string;
  /** When it was ticked off (ISO instant); absent: still open. */
  doneAt?: string;
  /** The key of the demo dialogue this "what's next" item became. */
  nextDialogue?: string;
}

export interface DemoDialogue {
  key: string;
  /** The key of the dialogue whose "what's next" items this one grew from. */
  follows?: string;
  title: LocaleMap;
  objectives: LocaleMap;
  format: DialogueFormat;
  durationMinutes: number;
  status: DialogueStatus;
  /** UTC instant; null while planning. */
  startsAt: string | null;
  highlights: LocaleMap;
  sites: DemoSite[];
  agenda: DemoSegment[];
  topics: DemoTopic[];
  actions: DemoAction[];
}

export interface DemoSeries {
  /** Key of the convening demo organisation; its dialogues have the same convener. */
  convener: string;
  title: LocaleMap;
  goal: LocaleMap;
  dialogues: DemoDialogue[];
}
