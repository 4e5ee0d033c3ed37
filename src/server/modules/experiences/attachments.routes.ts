import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidSchema } from '../../../shared/contracts/common.js';
import { attachmentRemovalSchema, attachmentSchema } from '../../../shared/contracts/experiences.js';
import { LOCALES } from '../../../shared/locales.js';
import { contextOf } from '../../platform/http/context.js';
import { AppError, badRequest } from '../../platform/http/errors.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { toAttachment } from './attachments.presenter.js';
import * as review from './attachments.review.service.js';
import * as service from './attachments.service.js';
import { kindOfMediaType } from './file-types.js';

const tags = ['experiences'];
const experienceParams = z.object({ id: uuidSchema });
const attachmentParams = z.object({ id: uuidSchema, attachmentId: uuidSchema });

/** Fastify multipart errors a client can fix, as the API's errors (anything else: a malformed form). */
function asUploadError(err: unknown, maxBytes: number): unknown {
  if (err instanceof AppError) return err;
  switch ((err as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return service.tooLarge(maxBytes);
    case 'FST_FILES_LIMIT':
      return badRequest('errors:attachments.oneFile', 'file');
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return badRequest('errors:attachments.tooManyFields', 'body');
    default:
      return badRequest('errors:attachments.badForm', 'body', {
        reason: err instanceof Error ? err.message : String(err),
      });
  }
}

/** The multipart request as the service's neutral upload source. */
function multipartSource(req: FastifyRequest, maxBytes: number): service.UploadSource {
  const declared = req.headers['content-length'];
  return {
    declaredBytes: declared && /^\d+$/.test(declared) ? Number(declared) : null,
    async *parts() {
      if (!req.isMultipart())
        throw new AppError(415, 'unsupported_media_type', 'errors:attachments.notMultipart');
      try {
        const parts = req.parts({
          limits: {
            fileSize: maxBytes,
            files: 1,
            fields: LOCALES.length,
            parts: LOCALES.length + 1,
            fieldNameSize: 100,
            fieldSize: service.CAPTION_MAX * 4,
            headerPairs: 20,
          },
        });
        for await (const part of parts) {
          if (part.type === 'field') {
            yield {
              type: 'field',
              name: part.fieldname,
              value: String(part.value),
              truncated: part.valueTruncated,
            };
          } else {
            // Stop at the limit: the stream fails at once and the rest of the body is not read.
            part.file.once('limit', () => part.file.destroy(service.tooLarge(maxBytes)));
            yield { type: 'file', name: part.fieldname, fileName: part.filename, stream: part.file };
          }
        }
      } catch (err) {
        throw asUploadError(err, maxBytes);
      }
    },
  };
}

/** How long, and how much more, an upload refused half-way is read (and discarded) after the answer. */
const LINGER_MS = 1000;
const LINGER_BYTES = 1024 * 1024;

/**
 * An upload refused before its body was read to the end (too large, not allowed, no room): once
 * the answer is sent, the rest of the body is discarded for a moment, never kept, so the client
 * can read the answer instead of a connection reset, then the connection is cut. A client that
 * finishes sending within the moment keeps its connection.
 */
function hangUpAfterReply(req: FastifyRequest, reply: FastifyReply): void {
  const raw = req.raw;
  if (raw.complete !== false) return; // read to the end (or an injected test request)
  reply.raw.once('finish', () => {
    const hangUp = () => raw.socket?.destroy();
    const timer = setTimeout(hangUp, LINGER_MS);
    timer.unref();
    let discarded = 0;
    raw.on('data', (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > LINGER_BYTES) {
        clearTimeout(timer);
        hangUp();
      }
    });
    raw.once('end', () => clearTimeout(timer));
    raw.unpipe();
    raw.resume();
  });
}

/** `attachment; filename="ascii"; filename*=UTF-8''…` (RFC 6266), `inline` for images. */
function contentDisposition(fileName: string, inline: boolean): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `${inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Files attached to experiences: upload, download, delete. */
export function attachmentsRoutes(app: ZodApp, deps: AppDeps): void {
  const maxBytes = deps.config.ATTACHMENT_MAX_BYTES;

  // Multipart is parsed only inside this scope: every other route keeps JSON-only bodies.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { throwFileSizeLimit: true });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/experiences/:id/attachments',
      {
        schema: {
          tags,
          summary: 'Attach a file to an experience',
          description:
            `multipart/form-data with one \`file\` part and optional \`caption_<locale>\` fields ` +
            `(at most ${service.CAPTION_MAX} characters each). Accepted: PDF, DOCX, XLSX, PPTX, ODT, ODS, ` +
            `ODP, PNG, JPEG, WebP, GIF, TXT, CSV, recognised by their content; at most ` +
            `${service.MAX_ATTACHMENTS} files per experience, each within ATTACHMENT_MAX_BYTES ` +
            '(10 MiB unless configured; larger ones get 413). On an experience with a published ' +
            'version the file is `pending`: readers get it once the next version is published. ' +
            'Not while the experience waits for review (409).',
          consumes: ['multipart/form-data'],
          params: experienceParams,
          response: { 201: attachmentSchema, ...errors(400, 401, 403, 404, 409, 413) },
        },
      },
      async (req, reply) => {
        try {
          const row = await service.addAttachment(
            deps,
            contextOf(req),
            req.params.id,
            multipartSource(req, maxBytes),
          );
          // Only those who may edit upload, and they see the working copy.
          return reply.status(201).send(toAttachment(row, true));
        } catch (err) {
          hangUpAfterReply(req, reply);
          throw err;
        }
      },
    );
  });

  app.get(
    '/experiences/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary:
          'Download an attached file (same visibility as the experience; one not yet published only for its editors and reviewers)',
        params: attachmentParams,
        produces: ['application/octet-stream'],
        response: { 200: z.any().describe('The file'), ...errors(400, 404) },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await service.openAttachment(deps, contextOf(req), req.params.id, req.params.attachmentId),
        req,
      ),
  );

  app.delete(
    '/experiences/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Remove an attached file',
        description:
          'A file readers have (the experience has a published version and the file is in it) is ' +
          'marked `removalPending` and stays public until the next version is published; any ' +
          'other is deleted at once. Not while the experience waits for review (409).',
        params: attachmentParams,
        response: { 200: attachmentRemovalSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const kept = await review.removeAttachment(
        deps,
        contextOf(req),
        req.params.id,
        req.params.attachmentId,
      );
      return { ok: true as const, attachment: kept && toAttachment(kept, true) };
    },
  );

  app.post(
    '/experiences/:id/attachments/:attachmentId/keep',
    {
      schema: {
        tags,
        summary: 'Take back the removal of a published file (readers keep it in the next version)',
        params: attachmentParams,
        response: { 200: attachmentSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) =>
      toAttachment(
        await review.keepAttachment(deps, contextOf(req), req.params.id, req.params.attachmentId),
        true,
      ),
  );
}

/**
 * Sends a stored file so that a browser can never run it: the stored type (not sniffed), a
 * sandboxing CSP, downloaded unless it is an image; published ones may be cached.
 */
function sendFile(
  reply: FastifyReply,
  file: Awaited<ReturnType<typeof service.openAttachment>>,
  req: FastifyRequest,
) {
  const { row, stream, isPublic } = file;
  const etag = `"${row.sha256}"`;
  const inline = kindOfMediaType(row.media_type)?.inline ?? false;
  reply
    .header(
      'content-type',
      row.media_type.startsWith('text/') ? `${row.media_type}; charset=utf-8` : row.media_type,
    )
    .header('content-disposition', contentDisposition(row.file_name, inline))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', 'sandbox')
    .header('cache-control', isPublic ? 'public, max-age=3600' : 'private, no-store')
    .header('etag', etag);
  if (req.headers['if-none-match'] === etag) {
    stream.destroy();
    return reply.status(304).send();
  }
  return reply.header('content-length', row.size_bytes).send(stream);
}
