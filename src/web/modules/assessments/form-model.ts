import type { Assessment, AssessmentPatch } from '../../../shared/contracts/assessments.js';

/** The self-assessment form as the reader edits it (links as typed, one per line). */
export interface RatingDraft {
  rating: number | null;
  evidence: Record<string, string>;
  links: string;
}

export interface AssessmentDraft {
  assessedOn: string;
  participants: string;
  summary: Record<string, string>;
  /** The languages the texts are written in (the form shows one input per language). */
  languages: string[];
  ratings: Record<string, RatingDraft>;
}

/** What changed since the last save: the body of the next PATCH, merged change after change. */
export type PendingPatch = {
  assessedOn?: string;
  participants?: string;
  summary?: Record<string, string>;
  ratings?: Record<string, { rating?: number | null; evidence?: Record<string, string>; links?: string[] }>;
};

/** The form's starting point from a round as the API gives it. */
export function draftOf(a: Assessment, locale: string): AssessmentDraft {
  const used = new Set<string>(Object.keys(a.summary));
  for (const r of a.ratings) for (const lang of Object.keys(r.evidence)) used.add(lang);
  // The reader's language first, then any other language the round is already written in.
  const languages = [locale, ...[...used].filter((l) => l !== locale).sort()];
  return {
    assessedOn: a.assessedOn,
    participants: a.participants,
    summary: { ...a.summary },
    languages,
    ratings: Object.fromEntries(
      a.ratings.map((r) => [
        r.dimension,
        { rating: r.rating, evidence: { ...r.evidence }, links: r.links.join('\n') },
      ]),
    ),
  };
}

/** Web addresses typed one per line (blank lines dropped). */
export function parseLinks(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Two patches as one: the later wins field by field, ratings merged per dimension and field. */
export function mergePatch(earlier: PendingPatch, later: PendingPatch): PendingPatch {
  const out: PendingPatch = { ...earlier, ...later };
  if (earlier.ratings || later.ratings) {
    const ratings: NonNullable<PendingPatch['ratings']> = { ...earlier.ratings };
    for (const [code, r] of Object.entries(later.ratings ?? {})) ratings[code] = { ...ratings[code], ...r };
    out.ratings = ratings;
  }
  return out;
}

export function isEmptyPatch(p: PendingPatch): boolean {
  return (
    Object.keys(p).filter((k) => k !== 'ratings').length === 0 && Object.keys(p.ratings ?? {}).length === 0
  );
}

/** The form with a kept patch applied (a local copy restored after a closed tab). */
export function applyPatch(d: AssessmentDraft, p: PendingPatch): AssessmentDraft {
  const ratings = { ...d.ratings };
  for (const [code, r] of Object.entries(p.ratings ?? {})) {
    const old = ratings[code] ?? { rating: null, evidence: {}, links: '' };
    ratings[code] = {
      rating: r.rating !== undefined ? r.rating : old.rating,
      evidence: r.evidence ?? old.evidence,
      links: r.links ? r.links.join('\n') : old.links,
    };
  }
  const languages = [...d.languages];
  for (const map of [p.summary, ...Object.values(p.ratings ?? {}).map((r) => r.evidence)])
    for (const lang of Object.keys(map ?? {})) if (!languages.includes(lang)) languages.push(lang);
  return {
    ...d,
    ...(p.assessedOn !== undefined && { assessedOn: p.assessedOn }),
    ...(p.participants !== undefined && { participants: p.participants }),
    ...(p.summary !== undefined && { summary: p.summary }),
    languages,
    ratings,
  };
}

/** The dimensions still unrated, in the given order. */
export function missingDimensions(d: AssessmentDraft, codes: readonly string[]): string[] {
  return codes.filter((code) => d.ratings[code]?.rating == null);
}

/** The PATCH body of a pending patch (the API's own type). */
export const toPatchBody = (p: PendingPatch): AssessmentPatch => p;

/** The dimension an API error field is about (`ratings.financing.links.0` → financing). */
export function dimensionOfField(field: string): string | null {
  const m = /^ratings\.([a-z0-9_]+)/.exec(field);
  return m ? m[1]! : null;
}

/** Today in the reader's own calendar, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
