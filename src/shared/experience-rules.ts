import type { ExperienceDocument } from './contracts/experiences.js';
import type { ErrorKey } from './error-keys.js';
import { SUMMARY_MAX_WORDS } from './experience-enums.js';
import type { LocaleMap } from './locale-map.js';

/** Something a draft lacks before it may be submitted for review: the field, and the message. */
export interface SubmitProblem {
  /** Path in the document (`summary.es`, `participants.2`), without the `content.` prefix. */
  field: string;
  key: ErrorKey;
  params?: Record<string, string | number>;
}

const filled = (text: string | undefined) => !!text && text.trim() !== '';
const filledIn = (map: LocaleMap | undefined, locale: string | undefined) =>
  locale ? filled(map?.[locale]) : Object.values(map ?? {}).some(filled);

const HAN = /\p{Script=Han}/gu;

/**
 * The number of words of a text, for the summary's limit. Words are runs of letters or digits
 * separated by spaces or punctuation. Chinese is written without spaces, so each Han character
 * counts as half a word (a Chinese word is about two characters long): 400 characters make the
 * 200 words allowed. Rounded up.
 */
export function countWords(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  const rest = text.replace(HAN, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu)?.length ?? 0;
  return rest + Math.ceil(han / 2);
}

/** The text fields of a document whose languages must be listed in `languages`. */
const TEXT_FIELDS = [
  'title',
  'summary',
  'challenge',
  'approach',
  'results',
  'didNotWork',
  'lessons',
] as const;
/** What a submission must hold in the original language. */
const REQUIRED_TEXTS = ['title', 'summary', 'challenge', 'approach', 'results', 'lessons'] as const;

/** Every language a document's texts are written in (empty texts do not count). */
export function languagesUsed(doc: ExperienceDocument): string[] {
  const maps: LocaleMap[] = [...TEXT_FIELDS.map((f) => doc[f]), doc.costs.paidBy, doc.costs.note];
  const used = new Set<string>();
  for (const map of maps)
    for (const [locale, text] of Object.entries(map)) if (filled(text)) used.add(locale);
  return [...used];
}

/** The document's original language, when exactly one is marked so. */
export function originalLocale(doc: ExperienceDocument): string | undefined {
  const originals = doc.languages.filter((l) => l.status === 'original');
  return originals.length === 1 ? originals[0]?.locale : undefined;
}

/**
 * What must be filled in before an experience is submitted for review, in the order of the
 * editor's form; empty when it may be submitted. A draft is never refused for being incomplete,
 * only its submission. The server refuses naming the first problem and lists all of them in the
 * error's details; the web shows them as a checklist.
 *
 * - title, summary, challenge, approach, results and lessons: non-empty in the original language
 *   (in any language while no original is marked — that is a problem of its own);
 * - the summary: at most SUMMARY_MAX_WORDS words in every language it has (see `countWords`);
 * - participants: at least one provider and one recipient, each participant named (a country,
 *   a directory organisation or a name);
 * - at least one sector, a modality, a knowledge mode, the start year; the end year not before it;
 * - languages: exactly one marked original, none twice, and every language a text is written in
 *   listed.
 */
export function submitProblems(doc: ExperienceDocument): SubmitProblem[] {
  const problems: SubmitProblem[] = [];
  const original = originalLocale(doc);
  const need = (field: (typeof REQUIRED_TEXTS)[number]) => {
    if (!filledIn(doc[field], original)) problems.push({ field, key: `errors:experiences.submit.${field}` });
  };

  need('title');
  need('summary');
  for (const [locale, text] of Object.entries(doc.summary)) {
    const count = countWords(text ?? '');
    if (count > SUMMARY_MAX_WORDS)
      problems.push({
        field: `summary.${locale}`,
        key: 'errors:experiences.submit.summaryTooLong',
        params: { count, max: SUMMARY_MAX_WORDS },
      });
  }
  need('challenge');
  need('approach');

  if (!doc.participants.some((p) => p.role === 'provider'))
    problems.push({ field: 'participants', key: 'errors:experiences.submit.provider' });
  if (!doc.participants.some((p) => p.role === 'recipient'))
    problems.push({ field: 'participants', key: 'errors:experiences.submit.recipient' });
  doc.participants.forEach((p, i) => {
    if (!p.countryCode && !p.organisationId && !filledIn(p.name, undefined))
      problems.push({ field: `participants.${i}`, key: 'errors:experiences.submit.participantName' });
  });

  need('results');
  need('lessons');

  if (doc.periodStart === null)
    problems.push({ field: 'periodStart', key: 'errors:experiences.submit.periodStart' });
  if (doc.periodStart !== null && doc.periodEnd !== null && doc.periodEnd < doc.periodStart)
    problems.push({ field: 'periodEnd', key: 'errors:experiences.submit.periodEnd' });
  if (doc.sectors.length === 0) problems.push({ field: 'sectors', key: 'errors:experiences.submit.sectors' });
  if (!doc.modality) problems.push({ field: 'modality', key: 'errors:experiences.submit.modality' });
  if (doc.knowledgeModes.length === 0)
    problems.push({ field: 'knowledgeModes', key: 'errors:experiences.submit.knowledgeMode' });

  const listed: string[] = doc.languages.map((l) => l.locale);
  if (doc.languages.filter((l) => l.status === 'original').length !== 1)
    problems.push({ field: 'languages', key: 'errors:experiences.submit.original' });
  const twice = listed.find((locale, i) => listed.indexOf(locale) !== i);
  if (twice)
    problems.push({ field: 'languages', key: 'errors:experiences.submit.twice', params: { locale: twice } });
  for (const locale of languagesUsed(doc))
    if (!listed.includes(locale))
      problems.push({ field: 'languages', key: 'errors:experiences.submit.unlisted', params: { locale } });
  return problems;
}

/** Published experiences not verified for this many months are stale; their owners are reminded. */
export const STALE_AFTER_MONTHS = 12;

/** The moment before which a verification is stale, seen from `now`. */
export function staleBefore(now: Date): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - STALE_AFTER_MONTHS);
  return d;
}

/** Whether a published experience last verified at `lastVerifiedAt` is stale at `now`. */
export function isStale(lastVerifiedAt: Date | string | null, now: Date): boolean {
  if (!lastVerifiedAt) return false;
  return new Date(lastVerifiedAt).getTime() < staleBefore(now).getTime();
}
