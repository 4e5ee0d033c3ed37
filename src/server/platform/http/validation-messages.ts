import type { FastifyRequest, FastifySchemaValidationError } from 'fastify';
import { z } from 'zod';
import { isErrorKey } from '../../../shared/error-keys.js';
import type { Locale } from '../../../shared/locales.js';
import type { ServerI18n } from '../i18n.js';

/** A failed check as Zod reports it: its code, path and message, plus the code's own fields. */
export interface Issue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
}

type ErrorMap = (issue: never) => string | { message: string } | undefined | null;

// Zod ships its default messages in many languages; these are the ones of our locales.
const ZOD_LOCALES: Record<Locale, () => { localeError: ErrorMap }> = {
  en: z.locales.en,
  es: z.locales.es,
  fr: z.locales.fr,
  pt: z.locales.pt,
  zh: z.locales.zhCN,
  id: z.locales.id,
  ar: z.locales.ar,
};
const errorMaps = new Map<Locale, ErrorMap>();

/** Zod's own message for an issue in a language. */
function zodText(locale: Locale, issue: Issue): string | undefined {
  let map = errorMaps.get(locale);
  if (!map) {
    map = ZOD_LOCALES[locale]().localeError;
    errorMaps.set(locale, map);
  }
  const out = map(issue as never);
  return typeof out === 'string' ? out : (out?.message ?? undefined);
}

/**
 * The text of one issue in a language, without the field. A contract's message is an `errors`
 * catalogue key, worded with the issue's fields as variables; Zod's own English message is
 * worded again by Zod's locale. A finished text that is neither (no English of Zod's matches
 * it) is kept as written rather than replaced by a vaguer default.
 */
export function issueText(i18n: ServerI18n, locale: Locale, issue: Issue): string {
  // The code's own fields (minimum, format, …) are the variables; never the input (a password?).
  const {
    input: _input,
    path: _path,
    code: _code,
    message,
    ...vars
  } = issue as Issue & Record<string, unknown>;
  if (isErrorKey(message)) return i18n.t(locale, message, vars);
  if (locale === 'en') return message;
  // The input Zod saw: the request's value, or NaN where it coerced a query number ("abc").
  const seen = [issue.input, Number.NaN]
    .map((input) => ({ ...issue, input }))
    .find((candidate) => zodText('en', candidate) === message);
  return seen ? (zodText(locale, seen) ?? message) : message;
}

/** Follows an issue's path into the request part that was validated. */
function valueAt(source: unknown, path: readonly string[]): unknown {
  let value = source;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const PARTS: Record<string, (req: FastifyRequest) => unknown> = {
  body: (req) => req.body,
  querystring: (req) => req.query,
  params: (req) => req.params,
  headers: (req) => req.headers,
};

/**
 * The schema validator's failures as `{ field, message }`, each message naming its field and
 * worded in the locale. The validator drops the input from its issues, but Zod's wording needs
 * it ("expected string, received number"), so it is looked up again in the request.
 */
export function validationDetails(
  err: { validation: FastifySchemaValidationError[]; validationContext?: string },
  req: FastifyRequest,
  i18n: ServerI18n,
  locale: Locale,
): { field: string; message: string }[] {
  const where = err.validationContext ?? 'body';
  const source = PARTS[where]?.(req);
  return err.validation.map((v) => {
    // `/name/en` (the validator's JSON pointer) → `name.en`; the whole body or query when empty.
    const path = (v.instancePath ?? '').split('/').filter((p) => p !== '');
    const field = path.length ? path.join('.') : where;
    const issue: Issue = {
      ...v.params,
      code: v.keyword,
      path,
      message: v.message ?? '',
      input: valueAt(source, path),
    };
    return { field, message: `${field}: ${issueText(i18n, locale, issue)}` };
  });
}
