import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { DbHandle } from './db/engine.js';
import { accountsModule, authResolver } from './modules/accounts/index.js';
import { assessmentsModule } from './modules/assessments/index.js';
import { auditModule } from './modules/audit/index.js';
import { countryProfilesModule } from './modules/country-profiles/index.js';
import { dialoguesModule } from './modules/dialogues/index.js';
import { experiencesModule } from './modules/experiences/index.js';
import { expertiseModule } from './modules/expertise/index.js';
import { hubModule } from './modules/hub/index.js';
import { introductionsModule } from './modules/introductions/index.js';
import { marketplaceModule } from './modules/marketplace/index.js';
import { matchingModule } from './modules/matching/index.js';
import { notificationsModule } from './modules/notifications/index.js';
import { organisationsModule } from './modules/organisations/index.js';
import { referenceModule } from './modules/reference/index.js';
import { authPlugin } from './platform/http/auth.js';
import { installErrorHandler } from './platform/http/errors.js';
import { healthRoute } from './platform/http/health.js';
import { serveWeb } from './platform/http/static-web.js';
import type { AppDeps, ModuleManifest } from './platform/module.js';
import { VERSION } from './version.js';

/** Every domain module, in the order their routes are registered. */
export const DOMAIN_MODULES: readonly ModuleManifest[] = [
  accountsModule,
  referenceModule,
  organisationsModule,
  countryProfilesModule,
  assessmentsModule,
  expertiseModule,
  experiencesModule,
  matchingModule,
  marketplaceModule,
  introductionsModule,
  notificationsModule,
  dialoguesModule,
];

export interface BuildOptions {
  handle: DbHandle;
  deps: AppDeps;
  /** Pino logger options, or false to stay quiet (tests). */
  logger?: boolean | object;
  serveWebApp?: boolean;
}

/** Builds the HTTP app: platform plugins, then every module's routes under /api/v1. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { deps } = opts;
  const cfg = deps.config;
  const app = Fastify({
    logger: opts.logger ?? { level: cfg.LOG_LEVEL },
    bodyLimit: cfg.BODY_LIMIT_BYTES,
    trustProxy: cfg.TRUST_PROXY,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  // JSON only: a cross-site HTML form (urlencoded, multipart or text/plain) cannot reach a handler.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, deps.i18n);
  // Graceful shutdown: once close() starts, answers still in flight tell the client to drop the
  // keep-alive connection, so the server can finish them and exit without waiting for idle sockets.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (closing) reply.header('connection', 'close');
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
  });
  await app.register(authPlugin, { resolver: authResolver(deps), cookieSecure: cfg.COOKIE_SECURE });
  await app.register(fastifyRateLimit, {
    global: true,
    max: (req) =>
      req.method === 'GET' || req.method === 'HEAD'
        ? cfg.RATE_LIMIT_READ_PER_MINUTE
        : cfg.RATE_LIMIT_WRITE_PER_MINUTE,
    timeWindow: '1 minute',
    // Signed-in callers are limited per account, visitors per address.
    keyGenerator: (req) => req.auth?.userId ?? req.ip,
    // Only the status matters: the error handler writes the translated message from Retry-After.
    errorResponseBuilder: () => Object.assign(new Error('rate limited'), { statusCode: 429 }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'KX Hub API',
        version: VERSION,
        description: 'The API of KX Hub, the shared space for South-South knowledge exchange.',
      },
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'kx_session',
            description: 'Browser session; writes also need the x-csrf-token header',
          },
          bearer: { type: 'http', scheme: 'bearer', description: 'API token from /api/v1/me/tokens' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  healthRoute(app, opts.handle, VERSION);

  const modules = [...DOMAIN_MODULES, auditModule(DOMAIN_MODULES), hubModule(DOMAIN_MODULES)];
  await app.register(
    async (api) => {
      for (const m of modules) m.routes(api.withTypeProvider<ZodTypeProvider>(), deps);
    },
    { prefix: '/api/v1' },
  );
  await serveWeb(app, opts.serveWebApp ?? true);
  return app;
}
