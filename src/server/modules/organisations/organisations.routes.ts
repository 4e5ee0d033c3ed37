import { z } from 'zod';
import { idParams, okSchema, pageSchema } from '../../../shared/contracts/common.js';
import {
  organisationBody,
  organisationExportQuery,
  organisationListQuery,
  organisationPatch,
  organisationSchema,
  organisationSummarySchema,
} from '../../../shared/contracts/organisations.js';
import type { OrgRole } from '../../../shared/permissions.js';
import { sendTable } from '../../platform/export/tabular.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { organisationColumns, toOrganisation, toOrganisationSummary } from './organisations.presenter.js';
import * as service from './organisations.service.js';

/** The organisation directory and profiles. */
export function organisationsRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['organisations'];
  const detail = async (id: string, req: Parameters<typeof contextOf>[0]) =>
    toOrganisation((await service.getOrganisation(deps, contextOf(req), id)) as never, req.actor, req.locale);

  app.get(
    '/organisations',
    {
      schema: {
        tags,
        summary: 'Search the organisation directory',
        querystring: organisationListQuery,
        response: { 200: pageSchema(organisationSummarySchema), ...errors(400) },
      },
    },
    async (req) => {
      const page = await service.listOrganisations(deps, contextOf(req), req.query);
      return {
        items: page.items.map((o) => toOrganisationSummary(o, req.locale)),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/organisations/export',
    {
      schema: {
        tags,
        summary: 'Download the directory (same filters as the list) as XLSX or CSV',
        querystring: organisationExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
        response: { 200: z.any().describe('The file'), ...errors(400) },
      },
    },
    async (req, reply) => {
      const rows = await service.exportOrganisations(deps, contextOf(req), req.query);
      const t = (key: string) => deps.i18n.t(req.locale, key);
      const columns = organisationColumns(t, req.locale);
      return sendTable(
        reply,
        req.query.format,
        'kxhub-organisations',
        t('organisations:directory.title'),
        columns,
        rows,
      );
    },
  );

  app.post(
    '/organisations',
    {
      schema: {
        tags,
        summary: 'Create an organisation (you become its administrator)',
        body: organisationBody,
        response: { 201: organisationSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const org = await service.createOrganisation(deps, contextOf(req), req.body);
      // The actor was resolved before the creator became administrator; present it as it is now.
      req.actor = {
        ...req.actor,
        memberships: { ...req.actor.memberships, [org.id]: 'org_admin' satisfies OrgRole },
      };
      return reply.status(201).send(await detail(org.id, req));
    },
  );

  app.get(
    '/organisations/:id',
    {
      schema: {
        tags,
        summary: 'An organisation’s profile',
        params: idParams,
        response: { 200: organisationSchema, ...errors(400, 404) },
      },
    },
    async (req) => detail(req.params.id, req),
  );

  app.patch(
    '/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Update an organisation',
        params: idParams,
        body: organisationPatch,
        response: { 200: organisationSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await service.updateOrganisation(deps, contextOf(req), req.params.id, req.body);
      return detail(req.params.id, req);
    },
  );

  app.delete(
    '/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Delete an organisation (platform administrators)',
        params: idParams,
        response: { 200: okSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await service.deleteOrganisation(deps, contextOf(req), req.params.id);
      return { ok: true as const };
    },
  );
}
