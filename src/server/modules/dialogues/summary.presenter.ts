import type { DialogueSummaryResult } from '../../../shared/contracts/dialogue-followup.js';
import { type LocaleMap, localized } from '../../../shared/locale-map.js';
import type { DialogueRecord } from './dialogues.repository.js';
import type { AttendanceRecord, IdeaRecord, TagNames, TopicRecord } from './summary.repository.js';

/** A dialogue's summary as the API shows it, tags labelled in the reader's language. */

/** A code with its name in the reader's language (the code itself when it has no name). */
const label = (code: string | null, names: Map<string, LocaleMap>, locale: string) =>
  code === null ? null : { code, label: localized(names.get(code), locale) || code };

/** Attendance per site and the sum of the known counts (null when no site has one). */
function toAttendance(sites: readonly AttendanceRecord[]): DialogueSummaryResult['attendance'] {
  const known = sites.flatMap((s) => (s.attendees === null ? [] : [s.attendees]));
  return {
    sites: sites.map((s) => ({ siteId: s.id, city: s.city, attendees: s.attendees })),
    total: known.length ? known.reduce((a, b) => a + b, 0) : null,
  };
}

/** Topics in order, each with its ideas in order and their tags labelled. */
function toTopics(
  topics: readonly TopicRecord[],
  ideas: readonly IdeaRecord[],
  names: TagNames,
  locale: string,
): DialogueSummaryResult['topics'] {
  return topics.map((t) => ({
    id: t.id,
    position: t.position,
    title: t.title,
    ideas: ideas
      .filter((i) => i.topic_id === t.id)
      .map((i) => ({
        id: i.id,
        position: i.position,
        text: i.text,
        dimension: label(i.dimension, names.dimensions, locale),
        sector: label(i.sector, names.sectors, locale),
      })),
  }));
}

export interface SummaryParts {
  row: DialogueRecord;
  topics: TopicRecord[];
  ideas: IdeaRecord[];
  names: TagNames;
  sites: AttendanceRecord[];
}

export function toSummary(p: SummaryParts, locale: string): DialogueSummaryResult {
  return {
    dialogueId: p.row.id,
    status: p.row.status,
    highlights: p.row.highlights,
    topics: toTopics(p.topics, p.ideas, p.names, locale),
    attendance: toAttendance(p.sites),
    revision: p.row.summary_revision,
  };
}

/** The stored summary as the request body names it (for the audit trail's `before`). */
export const summaryAsBody = (p: Pick<SummaryParts, 'row' | 'topics' | 'ideas'>) => ({
  highlights: p.row.highlights,
  status: p.row.status,
  topics: p.topics.map((t) => ({
    id: t.id,
    title: t.title,
    ideas: p.ideas
      .filter((i) => i.topic_id === t.id)
      .map((i) => ({ id: i.id, text: i.text, dimension: i.dimension, sector: i.sector })),
  })),
});
