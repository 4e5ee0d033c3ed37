import { z } from 'zod';
import { idParams, okSchema, pageSchema, uuidSchema } from '../../../shared/contracts/common.js';
import {
  capabilityBody,
  capabilityExportQuery,
  capabilityListQuery,
  capabilityPatch,
  capabilitySchema,
  capabilitySummarySchema,
} from '../../../shared/contracts/expertise.js';
import { sendTable } from '../../platform/export/tabular.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import * as service from './capabilities.service.js';
import { capabilityColumns, toCapability, toCapabilitySummary } from './expertise.presenter.js';

/** The capability half of the expertise catalogue. */
export function capabilitiesRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['expertise'];
  const detail = async (id: string, req: Parameters<typeof contextOf>[0]) => {
    const { row, experts, names } = await service.getCapability(deps, contextOf(req), id);
    return toCapability(row, experts, names, req.actor, req.locale);
  };

  app.get(
    '/capabilities',
    {
      schema: {
        tags,
        summary: 'Search the capabilities organisations offer',
        querystring: capabilityListQuery,
        response: { 200: pageSchema(capabilitySummarySchema), ...errors(400) },
      },
    },
    async (req) => {
      const page = await service.listCapabilities(deps, contextOf(req), req.query);
      return {
        items: page.items.map((r) => toCapabilitySummary(r, page.names, req.locale)),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/capabilities/export',
    {
      schema: {
        tags,
        summary: 'Download capabilities (same filters as the list) as XLSX or CSV',
        querystring: capabilityExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
        response: { 200: z.any().describe('The file'), ...errors(400) },
      },
    },
    async (req, reply) => {
      const { rows, names } = await service.exportCapabilities(deps, contextOf(req), req.query);
      const t = (key: string) => deps.i18n.t(req.locale, key);
      return sendTable(
        reply,
        req.query.format,
        'kxhub-capabilities',
        t('expertise:capabilities.title'),
        capabilityColumns(t, names, req.locale),
        rows,
      );
    },
  );

  app.get(
    '/expertise/abilities',
    {
      schema: {
        tags,
        summary: 'Whether you may add capabilities and experts to an organisation',
        querystring: z.object({ organisation: uuidSchema }),
        response: { 200: z.object({ abilities: z.object({ manage: z.boolean() }) }), ...errors(400, 404) },
      },
    },
    async (req) => ({
      abilities: await service.organisationAbilities(deps, contextOf(req), req.query.organisation),
    }),
  );

  app.post(
    '/capabilities',
    {
      schema: {
        tags,
        summary: 'Add a capability to an organisation’s catalogue',
        body: capabilityBody,
        response: { 201: capabilitySchema, ...errors(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const id = await service.createCapability(deps, contextOf(req), req.body);
      return reply.status(201).send(await detail(id, req));
    },
  );

  app.get(
    '/capabilities/:id',
    {
      schema: {
        tags,
        summary: 'A capability, with the experts who can deliver it',
        params: idParams,
        response: { 200: capabilitySchema, ...errors(400, 404) },
      },
    },
    async (req) => detail(req.params.id, req),
  );

  app.patch(
    '/capabilities/:id',
    {
      schema: {
        tags,
        summary: 'Update a capability',
        params: idParams,
        body: capabilityPatch,
        response: { 200: capabilitySchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await service.updateCapability(deps, contextOf(req), req.params.id, req.body);
      return detail(req.params.id, req);
    },
  );

  app.delete(
    '/capabilities/:id',
    {
      schema: {
        tags,
        summary: 'Remove a capability',
        params: idParams,
        response: { 200: okSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await service.deleteCapability(deps, contextOf(req), req.params.id);
      return { ok: true as const };
    },
  );
}
