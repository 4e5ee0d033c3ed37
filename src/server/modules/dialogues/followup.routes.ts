import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common.js';
import { attendanceBody, summaryBody, summarySchema } from '../../../shared/contracts/dialogue-followup.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { putAttendance } from './attendance.service.js';
import { getSummary, putSummary } from './summary.service.js';
import { type ExportFormat, exportSummary } from './summary-export.service.js';

/** After the dialogue: attendance, the summary, and the summary as a Markdown or Word document. */

const MEDIA_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function followupRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['dialogues'];

  app.put(
    '/dialogues/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Record attendance per site and participant once the dialogue has begun; marks it held',
        params: idParams,
        body: attendanceBody,
        response: { 200: summarySchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => putAttendance(deps, contextOf(req), req.params.id, req.body),
  );

  app.get(
    '/dialogues/:id/summary',
    {
      schema: {
        tags,
        summary:
          'The summary: highlights, key ideas under topics (tags named), attendance; until published, highlights and ideas go to conveners only',
        params: idParams,
        response: { 200: summarySchema, ...errors(400, 404) },
      },
    },
    async (req) => getSummary(deps, contextOf(req), req.params.id),
  );

  app.put(
    '/dialogues/:id/summary',
    {
      schema: {
        tags,
        summary:
          'Replace the summary (conveners; drafts at any status); `publish` marks a held dialogue summarised',
        params: idParams,
        body: summaryBody,
        response: { 200: summarySchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => putSummary(deps, contextOf(req), req.params.id, req.body),
  );

  const download =
    (format: ExportFormat) =>
    async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
      const { body, fileName } = await exportSummary(deps, contextOf(req), req.params.id, format);
      return reply
        .header('content-type', MEDIA_TYPES[format])
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(body);
    };

  for (const format of ['md', 'docx'] as const)
    app.get(
      `/dialogues/:id/summary.${format}`,
      {
        schema: {
          tags,
          summary: `The summary as ${format === 'md' ? 'Markdown' : 'a Word document'}, with the agenda and venue table as annexes`,
          params: idParams,
          produces: [MEDIA_TYPES[format].split(';')[0]!],
          response: { 200: z.any().describe('The document'), ...errors(400, 404) },
        },
      },
      download(format),
    );
}
