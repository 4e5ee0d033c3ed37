import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../../shared/locales.js';
import type { Actor } from '../../../shared/permissions.js';
import { unauthorized } from './errors.js';

/** Who is calling and how: set by the auth plugin on every request. */
export interface AuthInfo {
  userId: string;
  method: 'cookie' | 'token';
  sessionId: string | null;
  csrfToken: string | null;
  locale: Locale;
  timeZone: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    auth: AuthInfo | null;
    locale: Locale;
  }
}

/** What a service needs to know about the request, without HTTP objects. */
export interface RequestContext {
  actor: Actor;
  userId: string | null;
  locale: Locale;
  requestId: string;
}

/** The service-facing context of a request. */
export function contextOf(req: FastifyRequest): RequestContext {
  return {
    actor: req.actor,
    userId: req.auth?.userId ?? null,
    locale: req.locale,
    requestId: String(req.id),
  };
}

/** The signed-in user, or a 401 for visitors. */
export function requireAuth(req: FastifyRequest): AuthInfo {
  if (!req.auth) throw unauthorized();
  return req.auth;
}
