import type { ProfileDocument } from './contracts/country-profiles.js';
import { PROFILE_FIELDS } from './country-profile-fields.js';
import { LOCALES } from './locales.js';

/** One changed leaf of a profile between two versions. */
export interface ProfileChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** Empty values (missing, null, blank text) are all "not answered" and equal to each other. */
const empty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const norm = (v: unknown) => (empty(v) ? null : v);
const same = (a: unknown, b: unknown) => JSON.stringify(norm(a)) === JSON.stringify(norm(b));

const at = (doc: ProfileDocument, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      doc,
    );

/** Languages of two locale maps in a fixed order: the interface languages, then any other, sorted. */
function languagesOf(a: unknown, b: unknown): string[] {
  const keys = new Set([...Object.keys((a ?? {}) as object), ...Object.keys((b ?? {}) as object)]);
  const known = LOCALES.filter((l) => keys.has(l));
  const other = [...keys].filter((k) => !(LOCALES as readonly string[]).includes(k)).sort();
  return [...known, ...other];
}

/**
 * What changed between two versions of a profile, leaf by leaf, in the display order of
 * PROFILE_FIELDS (then `defaultLocale`). Pure and deterministic.
 * - Multilingual texts are compared per language: `history.es`, `strategy.title.en`.
 * - Lists (`bodies`, `modalities`, `coordination.memberIds`) are compared as a whole, in order:
 *   one change with the whole list before and after.
 * - Missing, null and blank values are equal ("not answered"); they are reported as null.
 */
export function diffProfiles(before: ProfileDocument, after: ProfileDocument): ProfileChange[] {
  const changes: ProfileChange[] = [];
  const push = (path: string, b: unknown, a: unknown) => {
    if (!same(b, a)) changes.push({ path, before: norm(b), after: norm(a) });
  };
  for (const field of PROFILE_FIELDS) {
    const b = at(before, field.path);
    const a = at(after, field.path);
    if (field.kind === 'text' || field.kind === 'shortText') {
      for (const lang of languagesOf(b, a))
        push(
          `${field.path}.${lang}`,
          (b as Record<string, unknown> | undefined)?.[lang],
          (a as Record<string, unknown> | undefined)?.[lang],
        );
    } else {
      push(field.path, b, a);
    }
  }
  push('defaultLocale', before.defaultLocale, after.defaultLocale);
  return changes;
}
