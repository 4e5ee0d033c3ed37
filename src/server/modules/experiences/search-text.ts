import type { ExperienceDocument } from '../../../shared/contracts/experiences.js';

/**
 * Pure text helpers of the experience library's search: which PostgreSQL text-search
 * configuration stems each language, Chinese split into character bigrams (PostgreSQL has no
 * Chinese parser), names normalised for trigram matching, and snippets made safe to render.
 */

/** The text-search configuration of each content language; Chinese is indexed as bigrams. */
const TS_CONFIGS: Record<string, string> = {
  en: 'english',
  es: 'spanish',
  fr: 'french',
  pt: 'portuguese',
  id: 'indonesian',
  ar: 'arabic',
  zh: 'simple',
};

/** The stemming configuration for a language ('simple' where PostgreSQL has none). */
export const tsConfigOf = (locale: string): string => TS_CONFIGS[locale] ?? 'simple';

// Han, kana and Hangul: scripts written without spaces between words.
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export const hasCjk = (text: string): boolean => CJK_CHAR.test(text);

/**
 * Rewrites every run of CJK characters as its overlapping character bigrams, separated by
 * spaces ("南南合作" → "南南 南合 合作"), so the 'simple' configuration indexes them as words;
 * a lone character stays itself. Other text is left as it is.
 */
export function cjkBigrams(text: string): string {
  return text.replace(CJK_RUN, (run) => {
    const chars = [...run];
    if (chars.length === 1) return ` ${run} `;
    const grams: string[] = [];
    for (let i = 0; i < chars.length - 1; i++) grams.push(`${chars[i]}${chars[i + 1]}`);
    return ` ${grams.join(' ')} `;
  });
}

/** Lower-cased, accent-free, single-spaced text for typo-tolerant name matching (pg_trgm). */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/**
 * The markers ts_headline is told to put around matches. Control characters no reader types;
 * they are also removed from the text before it is highlighted, so text cannot forge one.
 */
export const MARK_START = '\u0001';
export const MARK_STOP = '\u0002';

/**
 * A highlighted snippet made safe to render as HTML: everything is escaped, then the sentinel
 * markers become <mark> and </mark>. Null when nothing in it was highlighted.
 */
export function safeSnippet(marked: string | null | undefined): string | null {
  if (!marked?.includes(MARK_START)) return null;
  const html = escapeHtml(marked.replace(/\s+/g, ' ').trim())
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_STOP, '</mark>');
  return html;
}

/**
 * A snippet for a CJK query, where ts_headline cannot help (the text has no word breaks): the
 * text around the first occurrence of any CJK run of the query, occurrences marked, escaped.
 */
export function cjkSnippet(text: string, query: string, width = 60): string | null {
  const runs = [...new Set(query.match(CJK_RUN) ?? [])];
  // Whole runs, and their bigrams (a run of three or more may appear only in part); longest first
  // so that one alternation marks each occurrence once.
  const needles = [...new Set([...runs, ...runs.flatMap((r) => cjkBigrams(r).trim().split(' '))])].sort(
    (a, b) => b.length - a.length,
  );
  if (needles.length === 0) return null;
  const clean = text.replaceAll(MARK_START, '').replaceAll(MARK_STOP, '');
  const pattern = new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
  const first = clean.search(pattern);
  if (first < 0) return null;
  const start = Math.max(0, first - Math.floor(width / 3));
  const window = clean.slice(start, start + width).replace(pattern, (m) => `${MARK_START}${m}${MARK_STOP}`);
  const snippet = safeSnippet(window);
  if (!snippet) return null;
  return `${start > 0 ? '… ' : ''}${snippet}${start + width < clean.length ? ' …' : ''}`;
}

/** A comma-separated URL parameter as a list of distinct, non-empty values. */
export function splitList(param: string | undefined): string[] {
  if (!param) return [];
  return [
    ...new Set(
      param
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** Whether a query uses web-search syntax ("quoted phrase", -exclusion, or), not plain words. */
export const usesOperators = (q: string): boolean => /["]|(^|\s)-\S|\sor\s/i.test(q);

type Texts = Partial<Record<string, string>>;

/** The text of one language of an experience, split by weight (A title, B summary, C the rest). */
export interface LanguageText {
  locale: string;
  config: string;
  title: string;
  summary: string;
  body: string;
}

/** The body fields searched with weight C, in reading order. */
const BODY_FIELDS = ['challenge', 'approach', 'results', 'lessons', 'didNotWork'] as const;

/**
 * The searchable text of an experience per language (Chinese as bigrams) and, for the 'simple'
 * copy that lets a word match across languages, everything together.
 */
export function languageTextsOf(doc: ExperienceDocument): { languages: LanguageText[]; all: string } {
  const maps: Texts[] = [
    doc.title,
    doc.summary,
    ...BODY_FIELDS.map((f) => doc[f] as Texts),
    doc.costs?.paidBy ?? {},
    doc.costs?.note ?? {},
  ];
  const locales = [...new Set(maps.flatMap((m) => Object.keys(m).filter((k) => m[k]?.trim())))].sort();
  const languages = locales.map((locale): LanguageText => {
    const pick = (m: Texts) => m[locale]?.trim() ?? '';
    const zh = tsConfigOf(locale) === 'simple';
    const prep = (s: string) => (zh ? cjkBigrams(s) : s);
    return {
      locale,
      config: tsConfigOf(locale),
      title: prep(pick(doc.title)),
      summary: prep(pick(doc.summary)),
      body: prep(
        [
          ...BODY_FIELDS.map((f) => pick(doc[f] as Texts)),
          pick(doc.costs?.paidBy ?? {}),
          pick(doc.costs?.note ?? {}),
        ]
          .filter(Boolean)
          .join('\n'),
      ),
    };
  });
  const all = languages
    .filter((l) => l.config !== 'simple')
    .map((l) => cjkBigrams([l.title, l.summary, l.body].join('\n')))
    .join('\n');
  return { languages, all };
}

/** The texts of one language an experience is read in, for the snippet: summary and body. */
export function snippetSourceOf(doc: ExperienceDocument, locale: string): string {
  const pick = (m: Texts | undefined) => m?.[locale]?.trim() ?? '';
  return [pick(doc.summary), ...BODY_FIELDS.map((f) => pick(doc[f] as Texts))].filter(Boolean).join(' … ');
}
