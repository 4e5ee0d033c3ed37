import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/**
 * One error shape for the whole API: `{ error: { code, message, field?, details? } }`.
 * Services throw AppError; everything else is mapped here so no handler formats errors itself.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, field?: string) =>
  new AppError(400, 'bad_request', message, field);
export const unauthorized = (message = 'Sign in to do this.') => new AppError(401, 'unauthorized', message);
export const forbidden = (message = 'You do not have permission to do this.') =>
  new AppError(403, 'forbidden', message);
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found.`);
export const conflict = (message: string, field?: string) => new AppError(409, 'conflict', message, field);
export const gone = (message: string, field?: string) => new AppError(410, 'gone', message, field);

export interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: { field: string; message: string }[] };
}

/** `/name/en` (the validator's JSON pointer) → `name.en`; the whole body or query when empty. */
function fieldOf(instancePath: string | undefined, where: string): string {
  const parts = (instancePath ?? '').split('/').filter((p) => p !== '');
  return parts.length ? parts.join('.') : where;
}

/** Installs the error and not-found handlers that produce the API's one error shape. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const send = (status: number, body: ErrorBody) => reply.status(status).send(body);
    if (err instanceof AppError) {
      return send(err.status, {
        error: { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}) },
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const details = err.validation.map((v) => {
        const field = fieldOf(v.instancePath, where);
        return { field, message: `${field}: ${v.message}` };
      });
      const first = details[0] ?? { field: where, message: `${where}: invalid` };
      return send(400, {
        error: { code: 'validation_failed', message: first.message, field: first.field, details },
      });
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err, issues: err.cause.issues }, 'response did not match its schema');
      return send(500, { error: { code: 'internal', message: 'The server produced an invalid response.' } });
    }
    const pgCode = (err as { code?: string }).code;
    if (pgCode === '23505')
      return send(409, { error: { code: 'conflict', message: 'This record already exists.' } });
    if (pgCode === '23503') {
      return send(400, { error: { code: 'bad_reference', message: 'A referenced record does not exist.' } });
    }
    const status = err.statusCode ?? 500;
    if (status === 413) {
      return send(413, {
        error: { code: 'payload_too_large', message: 'The request body is too large.', field: 'body' },
      });
    }
    if (status === 429) {
      return send(429, {
        error: { code: 'rate_limited', message: err.message || 'Too many requests; try again shortly.' },
      });
    }
    if (status === 415) {
      return send(415, {
        error: { code: 'unsupported_media_type', message: 'Send JSON (Content-Type: application/json).' },
      });
    }
    if (status >= 400 && status < 500) {
      return send(status, { error: { code: 'bad_request', message: err.message, field: 'body' } });
    }
    req.log.error({ err }, 'unhandled error');
    if (process.env.KX_DEBUG_ERRORS) console.error(err);
    return send(500, {
      error: { code: 'internal', message: 'Something went wrong on our side; nothing was saved.' },
    });
  });
}
