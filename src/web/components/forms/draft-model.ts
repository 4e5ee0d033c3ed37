import type { LocaleMap } from '../../../shared/locale-map.js';
import { api } from '../../api/client.js';

/** How a form's draft of a multilingual record becomes its API body, and what an edit changed. */

/** The texts of a locale map in the record's languages, trimmed, blank ones left out. */
export function onlyFilled(map: Record<string, string>, languages: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of languages) {
    const value = map[lang]?.trim();
    if (value) out[lang] = value;
  }
  return out;
}

/**
 * The languages a draft of an existing record starts with: its default first, then those its
 * texts are written in, then the reader's, so adding a translation in their language is easy.
 */
export function draftLanguages(defaultLocale: string, maps: readonly LocaleMap[], locale: string): string[] {
  return [defaultLocale, ...maps.flatMap((m) => Object.keys(m)), locale].filter(
    (l, i, all) => l && all.indexOf(l) === i,
  );
}

/** JSON with object keys sorted, so `{en, es}` equals `{es, en}`. */
function canonical(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Only the fields an edit changed: the audit trail then shows what the person did, and a
 * colleague's simultaneous change to another field is not overwritten with stale values.
 */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (canonical(after[key]) !== canonical(before[key])) changed[key] = after[key];
  }
  return changed;
}

/** Saves an edit as a PATCH of the fields it changed; an edit that changed nothing sends nothing. */
export async function patchChanges<T extends object>(path: string, before: T, after: T): Promise<void> {
  const changes = changedFields(before, after);
  if (Object.keys(changes).length > 0) await api.patch(path, changes);
}
