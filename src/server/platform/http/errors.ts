import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorKey } from '../../../shared/error-keys.js';
import { DEFAULT_LOCALE, isLocale } from '../../../shared/locales.js';
import { type ServerI18n, serverI18n } from '../i18n.js';
import { validationDetails } from './validation-messages.js';

/** The variables of an error message (`{{code}}` in the catalogue). */
export type ErrorParams = Record<string, unknown>;

/**
 * One error shape for the whole API: `{ error: { code, message, field?, details? } }`.
 * Services throw AppError with a key of the `errors` catalogue (src/shared/i18n/<locale>/errors.json);
 * the handler words it in the reader's language, so no handler formats or translates errors itself.
 */
/**
 * One of several problems reported together (every missing field of a submission). `value`
 * carries a machine value instead of a worded message (the id of the draft that is in the way).
 */
export interface Problem {
  field: string;
  key: ErrorKey;
  params?: ErrorParams;
  value?: string;
}

export class AppError extends Error {
  readonly field: string | undefined;
  readonly params: ErrorParams;
  readonly problems: readonly Problem[];
  /** The record the error points to (the draft already in progress), sent as `Location`. */
  readonly location: string | undefined;

  constructor(
    readonly status: number,
    readonly code: string,
    readonly key: ErrorKey,
    opts: { field?: string; params?: ErrorParams; problems?: readonly Problem[]; location?: string } = {},
  ) {
    super();
    this.field = opts.field;
    this.params = opts.params ?? {};
    this.problems = opts.problems ?? [];
    this.location = opts.location;
    // English for logs and the CLI, worded only if read; responses are worded per request.
    Object.defineProperty(this, 'message', {
      get: () => this.describe(serverI18n(), DEFAULT_LOCALE),
      configurable: true,
    });
  }

  /** The message in a language: the field it is about, then the catalogue's text. */
  describe(i18n: ServerI18n, locale: string): string {
    const text = i18n.t(locale, this.key, this.params);
    return this.field ? `${this.field}: ${text}` : text;
  }
}

/** 400: the request is well-formed but a value is wrong (an unknown code, a bad cursor). */
export const badRequest = (key: ErrorKey, field?: string, params?: ErrorParams) =>
  new AppError(400, 'bad_request', key, { field, params });
/**
 * 400 for every problem at once (a submission with several empty sections): the first one is the
 * error's field and message, all of them are its `details`, so a form can mark each field.
 */
export const badRequestAll = (problems: readonly [Problem, ...Problem[]]) =>
  new AppError(400, 'bad_request', problems[0].key, {
    field: problems[0].field,
    params: problems[0].params,
    problems,
  });
/** 401: the caller must sign in first. */
export const unauthorized = (key: ErrorKey = 'errors:auth.signIn') => new AppError(401, 'unauthorized', key);
/** 403: signed in, but not allowed. */
export const forbidden = (key: ErrorKey = 'errors:auth.forbidden') => new AppError(403, 'forbidden', key);
/** 404: no such record, or one the caller may not see. */
export const notFound = (key: ErrorKey, params?: ErrorParams) =>
  new AppError(404, 'not_found', key, { params });
/** 409: the value clashes with another record (a taken email or identifier). */
export const conflict = (key: ErrorKey, field?: string, params?: ErrorParams) =>
  new AppError(409, 'conflict', key, { field, params });
/** 410: a link that was valid once (used, withdrawn or expired). */
export const gone = (key: ErrorKey, field?: string, params?: ErrorParams) =>
  new AppError(410, 'gone', key, { field, params });

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    field?: string;
    details?: { field: string; message: string }[];
    location?: string;
  };
}

// Fastify's own body errors that a client can fix; any other 4xx keeps Fastify's English reason.
const FASTIFY_KEYS: Record<string, ErrorKey> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: 'errors:http.emptyJson',
  FST_ERR_CTP_INVALID_JSON_BODY: 'errors:http.invalidJson',
};

/** The limiter's Retry-After (seconds) as "try again in N seconds/minutes". */
function rateLimited(retryAfter: unknown): AppError {
  const seconds = Number(retryAfter);
  if (!Number.isFinite(seconds) || seconds <= 0)
    return new AppError(429, 'rate_limited', 'errors:http.rateLimited');
  const [key, count]: [ErrorKey, number] =
    seconds < 60
      ? ['errors:http.rateLimitedSeconds', seconds]
      : ['errors:http.rateLimitedMinutes', Math.round(seconds / 60)];
  return new AppError(429, 'rate_limited', key, { params: { count } });
}

/** Errors that no service threw (database constraints, Fastify, the rate limiter, bugs) as AppErrors. */
function asAppError(err: FastifyError, req: FastifyRequest, reply: FastifyReply): AppError {
  if (isResponseSerializationError(err)) {
    req.log.error({ err, issues: err.cause.issues }, 'response did not match its schema');
    return new AppError(500, 'internal', 'errors:http.invalidResponse');
  }
  const pgCode = (err as { code?: string }).code;
  if (pgCode === '23505') return new AppError(409, 'conflict', 'errors:http.duplicate');
  if (pgCode === '23503') return new AppError(400, 'bad_reference', 'errors:http.badReference');
  const status = err.statusCode ?? 500;
  if (status === 413)
    return new AppError(413, 'payload_too_large', 'errors:http.tooLarge', { field: 'body' });
  if (status === 429) return rateLimited(reply.getHeader('retry-after'));
  if (status === 415) return new AppError(415, 'unsupported_media_type', 'errors:http.unsupportedMediaType');
  if (status >= 400 && status < 500) {
    const key = FASTIFY_KEYS[err.code] ?? 'errors:http.rejected';
    return new AppError(status, 'bad_request', key, { field: 'body', params: { reason: err.message } });
  }
  req.log.error({ err }, 'unhandled error');
  if (process.env.KX_DEBUG_ERRORS) console.error(err);
  return new AppError(500, 'internal', 'errors:http.internal');
}

/** Installs the error handler that produces the API's one error shape, worded in `req.locale`. */
export function installErrorHandler(app: FastifyInstance, i18n: ServerI18n): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    // The locale is set by the auth plugin; an error raised before it reads English.
    const locale = isLocale(req.locale) ? req.locale : DEFAULT_LOCALE;
    const send = (status: number, error: ErrorBody['error']) => reply.status(status).send({ error });
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = validationDetails(err, req, i18n, locale);
      const first = details[0]!; // the type guard above checked there is at least one
      return send(400, { code: 'validation_failed', message: first.message, field: first.field, details });
    }
    const known = err instanceof AppError ? err : asAppError(err, req, reply);
    const details = known.problems.map((p) => ({
      field: p.field,
      message: p.value ?? `${p.field}: ${i18n.t(locale, p.key, p.params)}`,
    }));
    if (known.location) reply.header('location', known.location);
    return send(known.status, {
      code: known.code,
      message: known.describe(i18n, locale),
      ...(known.field ? { field: known.field } : {}),
      ...(details.length > 0 ? { details } : {}),
      // In the body too: a browser's fetch cannot always read the header.
      ...(known.location ? { location: known.location } : {}),
    });
  });
}
