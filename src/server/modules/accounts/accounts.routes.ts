import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  apiTokenCreatedSchema,
  apiTokenSchema,
  loginBody,
  meSchema,
  passwordChangeBody,
  profileUpdateBody,
  registerBody,
  resetConfirmBody,
  resetRequestBody,
  sessionSchema,
  tokenCreateBody,
} from '../../../shared/contracts/accounts.js';
import { idParams, okSchema } from '../../../shared/contracts/common.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/http/auth.js';
import { contextOf, requireAuth } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { platformAbilities } from './accounts.policy.js';
import { toApiToken, toMe } from './accounts.presenter.js';
import * as auth from './auth.service.js';
import * as password from './password.service.js';
import * as profile from './profile.service.js';

/** Sign-up, sign-in, the session, the caller's profile and API tokens. */
export function accountsRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['accounts'];
  const authLimited = { rateLimit: { max: deps.config.RATE_LIMIT_AUTH_PER_MINUTE, timeWindow: '1 minute' } };
  const resolver = auth.authResolver(deps);
  const ua = (req: FastifyRequest) => req.headers['user-agent']?.slice(0, 300) ?? null;

  async function sessionView(req: FastifyRequest, token?: string) {
    const found = token
      ? await resolver.fromSessionToken(token)
      : req.auth
        ? { auth: req.auth, actor: req.actor }
        : null;
    if (!found) return { user: null, csrfToken: null, abilities: platformAbilities(req.actor) };
    const user = await profile.getMe(deps, found.auth.userId);
    return {
      user: toMe(user, req.locale),
      csrfToken: found.auth.csrfToken,
      abilities: platformAbilities(found.actor),
    };
  }

  app.get(
    '/auth/session',
    {
      schema: {
        tags,
        summary: 'Who is signed in, with the CSRF token and platform abilities',
        response: { 200: sessionSchema },
      },
    },
    (req) => sessionView(req),
  );

  app.post(
    '/auth/register',
    {
      config: authLimited,
      schema: {
        tags,
        summary: 'Create an account and sign in',
        body: registerBody,
        response: { 201: sessionSchema, ...errors(400, 409, 429) },
      },
    },
    async (req, reply) => {
      const s = await auth.register(deps, req.body, ua(req), String(req.id));
      setSessionCookie(reply, s.token, s.expiresAt, deps.config.COOKIE_SECURE);
      return reply.status(201).send(await sessionView(req, s.token));
    },
  );

  app.post(
    '/auth/login',
    {
      config: authLimited,
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: loginBody,
        response: { 200: sessionSchema, ...errors(400, 401, 403, 429) },
      },
    },
    async (req, reply) => {
      const s = await auth.login(deps, req.body.email, req.body.password, ua(req));
      setSessionCookie(reply, s.token, s.expiresAt, deps.config.COOKIE_SECURE);
      return sessionView(req, s.token);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags, summary: 'Sign out this session', response: { 200: okSchema } } },
    async (req, reply) => {
      await auth.logout(deps, req.auth?.sessionId ?? null);
      clearSessionCookie(reply, deps.config.COOKIE_SECURE);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/password-reset/request',
    {
      config: authLimited,
      schema: {
        tags,
        summary: 'Email a password-reset link (same answer whether or not the account exists)',
        body: resetRequestBody,
        response: { 202: okSchema, ...errors(400, 429) },
      },
    },
    async (req, reply) => {
      await password.requestPasswordReset(deps, req.body.email, String(req.id));
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: authLimited,
      schema: {
        tags,
        summary: 'Set a new password with a reset token',
        body: resetConfirmBody,
        response: { 200: okSchema, ...errors(400, 410, 429) },
      },
    },
    async (req) => {
      await password.confirmPasswordReset(deps, req.body.token, req.body.password, String(req.id));
      return { ok: true as const };
    },
  );

  app.get(
    '/me',
    { schema: { tags, summary: 'The signed-in user', response: { 200: meSchema, ...errors(401) } } },
    async (req) => {
      const me = requireAuth(req);
      return toMe(await profile.getMe(deps, me.userId), req.locale);
    },
  );

  app.patch(
    '/me',
    {
      schema: {
        tags,
        summary: 'Update name, language or time zone',
        body: profileUpdateBody,
        response: { 200: meSchema, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      requireAuth(req);
      return toMe(await profile.updateProfile(deps, contextOf(req), req.body), req.body.locale ?? req.locale);
    },
  );

  app.post(
    '/me/password',
    {
      config: authLimited,
      schema: {
        tags,
        summary: 'Change password (signs out other sessions)',
        body: passwordChangeBody,
        response: { 200: okSchema, ...errors(400, 401, 403, 429) },
      },
    },
    async (req) => {
      const me = requireAuth(req);
      await password.changePassword(
        deps,
        contextOf(req),
        me.sessionId,
        req.body.currentPassword,
        req.body.newPassword,
      );
      return { ok: true as const };
    },
  );

  app.get(
    '/me/tokens',
    {
      schema: {
        tags,
        summary: 'My API tokens (secrets are never shown again)',
        response: { 200: z.object({ items: z.array(apiTokenSchema) }), ...errors(401) },
      },
    },
    async (req) => {
      const me = requireAuth(req);
      return { items: (await profile.listApiTokens(deps, me.userId)).map(toApiToken) };
    },
  );

  app.post(
    '/me/tokens',
    {
      schema: {
        tags,
        summary: 'Create an API token for scripts; shown once',
        body: tokenCreateBody,
        response: { 201: apiTokenCreatedSchema, ...errors(400, 401, 403) },
      },
    },
    async (req, reply) => {
      requireAuth(req);
      const { row, token } = await profile.createApiToken(
        deps,
        contextOf(req),
        req.body.name,
        req.body.expiresInDays,
      );
      return reply.status(201).send({ ...toApiToken(row), token });
    },
  );

  app.delete(
    '/me/tokens/:id',
    {
      schema: {
        tags,
        summary: 'Revoke an API token',
        params: idParams,
        response: { 200: okSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      requireAuth(req);
      await profile.revokeApiToken(deps, contextOf(req), req.params.id);
      return { ok: true as const };
    },
  );
}
