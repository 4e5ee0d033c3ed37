import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isLocale, negotiateLocale } from '../../../shared/locales.js';
import type { Actor } from '../../../shared/permissions.js';
import { VISITOR } from '../../../shared/permissions.js';
import { safeEqual } from '../security/secrets.js';
import type { AuthInfo } from './context.js';
import { AppError } from './errors.js';

export const SESSION_COOKIE = 'kx_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** How the accounts module turns a cookie or bearer token into an actor (injected: platform stays domain-free). */
export interface AuthResolver {
  fromSessionToken(token: string): Promise<{ auth: AuthInfo; actor: Actor } | null>;
  fromApiToken(token: string): Promise<{ auth: AuthInfo; actor: Actor } | null>;
}

export interface AuthPluginOptions {
  resolver: AuthResolver;
  cookieSecure: boolean;
}

/** Sets the session cookie: httpOnly (no script reads it), SameSite=Lax, Secure over HTTPS. */
export function setSessionCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

async function authenticate(req: FastifyRequest, resolver: AuthResolver) {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const found = await resolver.fromApiToken(header.slice(7).trim());
    if (!found) throw new AppError(401, 'invalid_token', 'errors:auth.invalidToken');
    return found;
  }
  const cookie = req.cookies[SESSION_COOKIE];
  return cookie ? resolver.fromSessionToken(cookie) : null;
}

/**
 * Resolves the caller on every request and enforces CSRF on cookie-authenticated writes:
 * the SPA reads the session's token from GET /auth/session and echoes it in a header, which
 * a cross-site form or script cannot do. Bearer-token calls need no CSRF token.
 */
export const authPlugin = fp(async (app: FastifyInstance, opts: AuthPluginOptions) => {
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('auth', null);
  app.decorateRequest('locale', 'en');
  app.addHook('onRequest', async (req, reply) => {
    req.actor = VISITOR;
    req.auth = null;
    if (!req.url.startsWith('/api/')) return;
    const asked = (req.query as Record<string, unknown> | undefined)?.locale;
    // Set before authenticating, so a refused token is already answered in the caller's language.
    req.locale = isLocale(asked) ? asked : negotiateLocale(req.headers['accept-language']);
    const found = await authenticate(req, opts.resolver);
    if (found) {
      req.actor = found.actor;
      req.auth = found.auth;
      if (!isLocale(asked)) req.locale = found.auth.locale;
    } else if (req.cookies[SESSION_COOKIE]) {
      clearSessionCookie(reply, opts.cookieSecure); // expired or revoked: stop sending it
    }
    if (!SAFE_METHODS.has(req.method) && req.auth?.method === 'cookie') {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !req.auth.csrfToken || !safeEqual(sent, req.auth.csrfToken)) {
        throw new AppError(403, 'csrf_failed', 'errors:auth.csrf', { params: { header: CSRF_HEADER } });
      }
    }
  });
});
