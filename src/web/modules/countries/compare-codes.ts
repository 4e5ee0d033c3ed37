import { withQuery } from '../../api/client.js';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 5;
const CODE = /^[A-Z]{2}$/;

/**
 * The countries of a comparison from `?codes=MX,cn, IN`: upper-cased, trimmed, valid ISO
 * alpha-2 codes only, each once, in the order given, at most five. A hand-edited link with a
 * typo still shows what it can instead of failing as a whole.
 */
export function parseCodes(value: string | null | undefined): string[] {
  const codes: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const code = raw.trim().toUpperCase();
    if (CODE.test(code) && !codes.includes(code)) codes.push(code);
    if (codes.length === COMPARE_MAX) break;
  }
  return codes;
}

/** True when the codes make a comparison the API accepts (2 to 5 countries). */
export function canCompare(codes: readonly string[]): boolean {
  return codes.length >= COMPARE_MIN && codes.length <= COMPARE_MAX;
}

/** Adds a country at the end, unless it is already there or the comparison is full. */
export function addCode(codes: readonly string[], code: string): string[] {
  const upper = code.trim().toUpperCase();
  if (!CODE.test(upper) || codes.includes(upper) || codes.length >= COMPARE_MAX) return [...codes];
  return [...codes, upper];
}

/** Removes a country from the comparison. */
export function removeCode(codes: readonly string[], code: string): string[] {
  return codes.filter((c) => c !== code);
}

/** The shareable address of the comparison page. */
export function compareHref(codes: readonly string[]): string {
  return codes.length ? `/countries/compare?codes=${codes.join(',')}` : '/countries/compare';
}

/** The API path of the comparison, or the download link when a format is given. */
export function comparePath(codes: readonly string[], locale: string): string {
  return withQuery('/countries/compare', { codes: codes.join(','), locale });
}

export function compareExportHref(codes: readonly string[], locale: string, format: 'csv' | 'xlsx'): string {
  return withQuery('/api/v1/countries/compare/export', { codes: codes.join(','), locale, format });
}
