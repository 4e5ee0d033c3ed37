import fs from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

export const WEB_DIST = new URL('../../../../dist/web/', import.meta.url);

/**
 * Serves the built single-page app from the same port as the API. Unknown non-API paths get
 * index.html so shared links (/organisations/…) work; unknown API paths get the JSON 404, also
 * when the web app is not served (tests, OpenAPI generation).
 */
export async function serveWeb(app: FastifyInstance, withWebApp = true): Promise<void> {
  const root = WEB_DIST.pathname;
  const hasWeb = withWebApp && fs.existsSync(new URL('index.html', WEB_DIST));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      // Hashed asset names never change content: cache them for a year; index.html never.
      setHeaders: (reply, filePath) => {
        reply.header(
          'cache-control',
          filePath.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET' || !hasWeb) {
      // Thrown rather than sent, so the error handler words it in the caller's language.
      const params = { method: req.method, path: req.url.split('?')[0] };
      throw new AppError(404, 'not_found', 'errors:notFound.route', { params });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
