import { z } from 'zod';
import { idParams, okSchema, pageSchema } from '../../../shared/contracts/common.js';
import {
  expertBody,
  expertExportQuery,
  expertListQuery,
  expertPatch,
  expertSchema,
  expertSummarySchema,
} from '../../../shared/contracts/expertise.js';
import { sendTable } from '../../platform/export/tabular.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { expertColumns, toExpert, toExpertSummary } from './expertise.presenter.js';
import * as service from './experts.service.js';

/** The expert half of the catalogue; personal data only for signed-in members. */
export function expertsRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['expertise'];
  const detail = async (id: string, req: Parameters<typeof contextOf>[0]) => {
    const { row, capabilities, names } = await service.getExpert(deps, contextOf(req), id);
    return toExpert(row, capabilities, names, req.actor, req.locale);
  };

  app.get(
    '/experts',
    {
      schema: {
        tags,
        summary: 'Search experts (visitors get no name, job title or e-mail)',
        querystring: expertListQuery,
        response: { 200: pageSchema(expertSummarySchema), ...errors(400) },
      },
    },
    async (req) => {
      const page = await service.listExperts(deps, contextOf(req), req.query);
      return {
        items: page.items.map((r) => toExpertSummary(r, page.names, req.actor, req.locale)),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/experts/export',
    {
      schema: {
        tags,
        summary: 'Download experts (same filters and privacy as the list) as XLSX or CSV',
        querystring: expertExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
        response: { 200: z.any().describe('The file'), ...errors(400) },
      },
    },
    async (req, reply) => {
      const { rows, names } = await service.exportExperts(deps, contextOf(req), req.query);
      const t = (key: string, vars?: Record<string, unknown>) => deps.i18n.t(req.locale, key, vars);
      return sendTable(
        reply,
        req.query.format,
        'kxhub-experts',
        t('expertise:experts.title'),
        expertColumns(t, names, req.actor, req.locale),
        rows,
      );
    },
  );

  app.post(
    '/experts',
    {
      schema: {
        tags,
        summary: 'List an expert of an organisation (their consent is required)',
        body: expertBody,
        response: { 201: expertSchema, ...errors(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const id = await service.createExpert(deps, contextOf(req), req.body);
      return reply.status(201).send(await detail(id, req));
    },
  );

  app.get(
    '/experts/:id',
    {
      schema: {
        tags,
        summary: 'An expert, as the caller may see them',
        params: idParams,
        response: { 200: expertSchema, ...errors(400, 404) },
      },
    },
    async (req) => detail(req.params.id, req),
  );

  app.patch(
    '/experts/:id',
    {
      schema: {
        tags,
        summary: 'Update an expert; sending consent records it anew',
        params: idParams,
        body: expertPatch,
        response: { 200: expertSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await service.updateExpert(deps, contextOf(req), req.params.id, req.body);
      return detail(req.params.id, req);
    },
  );

  app.delete(
    '/experts/:id',
    {
      schema: {
        tags,
        summary: 'Remove an expert (e.g. consent withdrawn); the audit keeps no personal data',
        params: idParams,
        response: { 200: okSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await service.deleteExpert(deps, contextOf(req), req.params.id);
      return { ok: true as const };
    },
  );
}
