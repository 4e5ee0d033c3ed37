import type { DialogueSummaryResult, SummaryBody } from '../../../shared/contracts/dialogue-followup.js';
import { draftLanguages, onlyFilled } from '../../components/forms/draft-model.js';

/**
 * The summary editor's draft: highlights, then topics each with its key ideas. Topics and ideas
 * carry a `key` of their own (the server's id, or one made here for a new row), so React keeps
 * each row's fields while rows move, and an API error about `topics.2.ideas.0` stays beside that
 * idea however the rows are reordered afterwards.
 */

type Texts = Record<string, string>;

export interface IdeaDraft {
  key: string;
  id?: string;
  text: Texts;
  dimension: string | null;
  sector: string | null;
}

export interface TopicDraft {
  key: string;
  id?: string;
  title: Texts;
  ideas: IdeaDraft[];
}

export interface SummaryDraft {
  /** The languages the texts are written in; the first is the dialogue's own. */
  languages: string[];
  highlights: Texts;
  topics: TopicDraft[];
}

let made = 0;
/** A key for a new row: unique on this page and unlike any server id. */
const newKey = () => `new-${Date.now().toString(36)}-${(made++).toString(36)}`;

export const newIdea = (): IdeaDraft => ({ key: newKey(), text: {}, dimension: null, sector: null });
export const newTopic = (): TopicDraft => ({ key: newKey(), title: {}, ideas: [] });

const texts = (map: Partial<Record<string, string>>): Texts =>
  Object.fromEntries(Object.entries(map).filter((e): e is [string, string] => typeof e[1] === 'string'));

/** The server's summary as a draft, in the dialogue's language, those written in, then the reader's. */
export function openSummary(s: DialogueSummaryResult, defaultLocale: string, locale: string): SummaryDraft {
  const topics = s.topics.map((t) => ({
    key: t.id,
    id: t.id,
    title: texts(t.title),
    ideas: t.ideas.map((i) => ({
      key: i.id,
      id: i.id,
      text: texts(i.text),
      dimension: i.dimension?.code ?? null,
      sector: i.sector?.code ?? null,
    })),
  }));
  const maps = [s.highlights, ...s.topics.flatMap((t) => [t.title, ...t.ideas.map((i) => i.text)])];
  return { languages: draftLanguages(defaultLocale, maps, locale), highlights: texts(s.highlights), topics };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const textsOf = (v: unknown): Texts => (isObject(v) ? texts(v as Record<string, string>) : {});
const codeOf = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const keyOf = (v: unknown): string => (typeof v === 'string' && v ? v : newKey());
const idOf = (v: unknown) => (typeof v === 'string' && v ? { id: v } : {});

/** A copy kept on this device made whole again (an older or damaged copy), or null when unusable. */
export function restoreSummary(
  kept: Partial<SummaryDraft>,
  fallback: readonly string[],
): SummaryDraft | null {
  if (!Array.isArray(kept.topics) || !isObject(kept.highlights)) return null;
  const languages = Array.isArray(kept.languages) ? kept.languages.filter((l) => typeof l === 'string') : [];
  const topics = kept.topics.filter(isObject).map((t) => ({
    key: keyOf(t.key),
    ...idOf(t.id),
    title: textsOf(t.title),
    ideas: (Array.isArray(t.ideas) ? t.ideas : []).filter(isObject).map((i) => ({
      key: keyOf(i.key),
      ...idOf(i.id),
      text: textsOf(i.text),
      dimension: codeOf(i.dimension),
      sector: codeOf(i.sector),
    })),
  }));
  return {
    languages: languages.length ? languages : [...fallback],
    highlights: textsOf(kept.highlights),
    topics,
  };
}

/** The API body of a draft: texts of its languages only, trimmed, blank ones left out. */
export function summaryBody(d: SummaryDraft, publish = false): SummaryBody {
  return {
    highlights: onlyFilled(d.highlights, d.languages),
    topics: d.topics.map((t) => ({
      ...(t.id ? { id: t.id } : {}),
      title: onlyFilled(t.title, d.languages),
      ideas: t.ideas.map((i) => ({
        ...(i.id ? { id: i.id } : {}),
        text: onlyFilled(i.text, d.languages),
        dimension: i.dimension,
        sector: i.sector,
      })),
    })),
    publish,
  };
}

/** True when two drafts would send the same summary (the order of a text map's languages aside). */
export function sameSummary(a: SummaryDraft, b: SummaryDraft): boolean {
  const sorted = (d: SummaryDraft) =>
    JSON.stringify(summaryBody({ ...d, languages: [...d.languages].sort() }), (_, v: unknown) =>
      isObject(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v,
    );
  return sorted(a) === sorted(b);
}

/** A problem found on this device, which keeps the draft from being sent. */
export type SummaryProblem = 'topicTitle' | 'ideaText';

/** The field a topic's or idea's control is named by: keyed, so it follows the row when rows move. */
export const topicField = (topic: string, field: 'title') => `topics.${topic}.${field}`;
export const ideaField = (topic: string, idea: string, field: 'text' | 'dimension' | 'sector') =>
  `topics.${topic}.ideas.${idea}.${field}`;

/** Topics without a title and ideas without a text, by the keyed field they are shown at. */
export function summaryProblems(d: SummaryDraft): Record<string, SummaryProblem> {
  const out: Record<string, SummaryProblem> = {};
  const blank = (map: Texts) => Object.keys(onlyFilled(map, d.languages)).length === 0;
  for (const t of d.topics) {
    if (blank(t.title)) out[topicField(t.key, 'title')] = 'topicTitle';
    for (const i of t.ideas) if (blank(i.text)) out[ideaField(t.key, i.key, 'text')] = 'ideaText';
  }
  return out;
}
