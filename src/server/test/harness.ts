import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig } from '../env.js';
import { fixedClock } from '../platform/clock.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { cloneTestDatabase } from './databases.js';

/**
 * A real app on a real database for one test file: `const t = await testApp()` in beforeAll,
 * `await t.close()` in afterAll. Requests go through app.inject (the full HTTP pipeline).
 */
export interface TestApp {
  app: FastifyInstance;
  runtime: Runtime;
  clock: ReturnType<typeof fixedClock>;
  engine: string;
  close(): Promise<void>;
}

export async function testApp(
  env: Record<string, string> = {},
  /** Extra routes or hooks a test adds before the app is sealed. */
  beforeReady?: (app: FastifyInstance) => void,
): Promise<TestApp> {
  const db = await cloneTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: db.dataDir || '.tmp/unused',
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
    PUBLIC_URL: 'http://kxhub.test',
    RATE_LIMIT_AUTH_PER_MINUTE: '100000',
    RATE_LIMIT_WRITE_PER_MINUTE: '100000',
    RATE_LIMIT_READ_PER_MINUTE: '100000',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const clock = fixedClock(new Date('2026-06-28T22:00:00Z'));
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const runtime = await openRuntime(config, { clock, logger: quiet as never });
  const app = await buildApp({
    handle: runtime.handle,
    deps: runtime.deps,
    logger: false,
    serveWebApp: false,
  });
  beforeReady?.(app);
  await app.ready();
  return {
    app,
    runtime,
    clock,
    engine: runtime.handle.engine,
    async close() {
      await app.close();
      await runtime.close();
      await db.drop();
    },
  };
}

/** A signed-in browser: carries the session cookie and sends the CSRF header on writes. */
export interface Session {
  userId: string;
  email: string;
  cookie: string;
  csrf: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  del(url: string): Promise<LightMyRequestResponse>;
}

function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'kx_session');
  if (!c) throw new Error(`no session cookie (status ${res.statusCode}: ${res.body})`);
  return `kx_session=${c.value}`;
}

export function asSession(app: FastifyInstance, res: LightMyRequestResponse): Session {
  const body = res.json() as { user: { id: string; email: string }; csrfToken: string };
  const cookie = sessionCookie(res);
  const request = (opts: InjectOptions) =>
    app.inject({ ...opts, headers: { cookie, 'x-csrf-token': body.csrfToken, ...(opts.headers ?? {}) } });
  return {
    userId: body.user.id,
    email: body.user.email,
    cookie,
    csrf: body.csrfToken,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    del: (url) => request({ method: 'DELETE', url }),
  };
}

let counter = 0;
export const STRONG_PASSWORD = 'correct-horse-battery-7';

/** Registers a new user through the API and returns their signed-in session. */
export async function signUp(
  app: FastifyInstance,
  overrides: Record<string, unknown> = {},
): Promise<Session> {
  counter += 1;
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: {
      email: `user${counter}-${Date.now()}@example.org`,
      password: STRONG_PASSWORD,
      displayName: `User ${counter}`,
      ...overrides,
    },
  });
  if (res.statusCode !== 201) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
  return asSession(app, res);
}

/** Signs in an existing account. */
export async function signIn(
  app: FastifyInstance,
  email: string,
  password = STRONG_PASSWORD,
): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return asSession(app, res);
}
