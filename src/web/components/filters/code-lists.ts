/*
 * Filters that are sets of codes, as a list page's URL holds them (`?country=KE,MX&sdg=16`):
 * the experience library's and the needs' and offers' lists read and write them alike.
 */

const MAX_CODES = 20;
const CODE = /^[A-Za-z0-9_.-]{1,64}$/;

/** A code as the lists' filters accept it (what the API's vocabularies use). */
export const isCode = (code: string): boolean => CODE.test(code);

/**
 * Codes of one list filter: comma-separated and/or repeated, trimmed, de-duplicated, malformed
 * ones dropped (`valid`), at most 20 (a hand-edited URL cannot make the request huge).
 */
export function readCodes(params: URLSearchParams, name: string, valid = isCode): string[] {
  const out: string[] = [];
  for (const value of params.getAll(name)) {
    for (const part of value.split(',')) {
      const code = part.trim();
      if (valid(code) && !out.includes(code)) out.push(code);
    }
  }
  return out.slice(0, MAX_CODES);
}

/** Every list filter named, read from the query string (`validFor` says which codes a filter takes). */
export function readCodeLists<N extends string>(
  params: URLSearchParams,
  names: readonly N[],
  validFor: (name: N) => (code: string) => boolean = () => isCode,
): Record<N, string[]> {
  return Object.fromEntries(names.map((name) => [name, readCodes(params, name, validFor(name))])) as Record<
    N,
    string[]
  >;
}

/** The lists that hold codes as query parameters, comma-separated, in the order of `names`. */
export function codeListParams<N extends string>(
  names: readonly N[],
  lists: Readonly<Record<N, readonly string[]>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const codes = lists[name];
    if (codes.length > 0) out[name] = codes.join(',');
  }
  return out;
}

/** Commas are allowed in a query string (RFC 3986); left unencoded, shared links stay readable. */
export const readable = (url: string): string => url.replace(/%2C/gi, ',');
