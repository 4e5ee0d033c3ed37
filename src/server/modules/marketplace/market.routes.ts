import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idParams, okSchema } from '../../../shared/contracts/common.js';
import {
  marketExportQuery,
  marketListQuery,
  marketMineSchema,
  needBody,
  needListSchema,
  needPatch,
  needSchema,
  offerBody,
  offerListSchema,
  offerPatch,
  offerSchema,
} from '../../../shared/contracts/marketplace.js';
import { sendTable } from '../../platform/export/tabular.js';
import { contextOf, requireAuth } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { marketColumns, toNeed, toOffer } from './market.presenter.js';
import { exportMarket, listMarket, myPipeline } from './market-list.service.js';
import * as needs from './needs.service.js';
import * as offers from './offers.service.js';

const FILE_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'];

/** The marketplace: needs and offers, their lists and exports, and the caller's pipeline. */
export function marketRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['marketplace'];
  const needDetail = async (id: string, req: FastifyRequest) => {
    const { row, names, today } = await needs.getNeed(deps, contextOf(req), id);
    return toNeed(row, names, req.actor, req.locale, today);
  };
  const offerDetail = async (id: string, req: FastifyRequest) => {
    const { row, links, names, today } = await offers.getOffer(deps, contextOf(req), id);
    return toOffer(row, links, names, req.actor, req.locale, today);
  };

  for (const kind of ['need', 'offer'] as const) {
    const table = kind === 'need' ? 'needs' : 'offers';
    app.get(
      `/${table}`,
      {
        schema: {
          tags,
          summary: `Search the ${table} you may see, with facets`,
          querystring: marketListQuery,
          response: { 200: kind === 'need' ? needListSchema : offerListSchema, ...errors(400) },
        },
      },
      async (req) => listMarket(deps, contextOf(req), table, req.query),
    );

    app.get(
      `/${table}/export`,
      {
        schema: {
          tags,
          summary: `Download ${table} (same filters as the list) as XLSX or CSV`,
          querystring: marketExportQuery,
          produces: FILE_TYPES,
          response: { 200: z.any().describe('The file'), ...errors(400) },
        },
      },
      async (req, reply) => {
        const { rows, names, today } = await exportMarket(deps, contextOf(req), table, req.query);
        const t = (key: string) => deps.i18n.t(req.locale, key);
        return sendTable(
          reply,
          req.query.format,
          `kxhub-${table}`,
          table,
          marketColumns(kind, t, names, req.locale, today, deps.config.PUBLIC_URL),
          rows,
        );
      },
    );
  }

  app.post(
    '/needs',
    {
      schema: {
        tags,
        summary: 'Post a need of an organisation',
        body: needBody,
        response: { 201: needSchema, ...errors(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const id = await needs.createNeed(deps, contextOf(req), req.body);
      return reply.status(201).send(await needDetail(id, req));
    },
  );

  app.get(
    '/needs/:id',
    {
      schema: {
        tags,
        summary: 'A need',
        params: idParams,
        response: { 200: needSchema, ...errors(400, 404) },
      },
    },
    async (req) => needDetail(req.params.id, req),
  );

  app.patch(
    '/needs/:id',
    {
      schema: {
        tags,
        summary: 'Update a need (a status change is an update of `status`; withdraw with `withdrawn`)',
        params: idParams,
        body: needPatch,
        response: { 200: needSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await needs.updateNeed(deps, contextOf(req), req.params.id, req.body);
      return needDetail(req.params.id, req);
    },
  );

  app.delete(
    '/needs/:id',
    {
      schema: {
        tags,
        summary: 'Delete a need that has no introductions (else withdraw it)',
        params: idParams,
        response: { 200: okSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await needs.deleteNeed(deps, contextOf(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/offers',
    {
      schema: {
        tags,
        summary: 'Post an offer of an organisation',
        body: offerBody,
        response: { 201: offerSchema, ...errors(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const id = await offers.createOffer(deps, contextOf(req), req.body);
      return reply.status(201).send(await offerDetail(id, req));
    },
  );

  app.get(
    '/offers/:id',
    {
      schema: {
        tags,
        summary: 'An offer, with the capabilities and experiences it draws on',
        params: idParams,
        response: { 200: offerSchema, ...errors(400, 404) },
      },
    },
    async (req) => offerDetail(req.params.id, req),
  );

  app.patch(
    '/offers/:id',
    {
      schema: {
        tags,
        summary: 'Update an offer (a status change is an update of `status`; withdraw with `withdrawn`)',
        params: idParams,
        body: offerPatch,
        response: { 200: offerSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await offers.updateOffer(deps, contextOf(req), req.params.id, req.body);
      return offerDetail(req.params.id, req);
    },
  );

  app.delete(
    '/offers/:id',
    {
      schema: {
        tags,
        summary: 'Delete an offer that has no introductions (else withdraw it)',
        params: idParams,
        response: { 200: okSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await offers.deleteOffer(deps, contextOf(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/market/mine',
    {
      schema: {
        tags,
        summary: 'My pipeline: the needs and offers of my organisations, with their introductions',
        response: { 200: marketMineSchema, ...errors(401) },
      },
    },
    async (req) => {
      requireAuth(req);
      return myPipeline(deps, contextOf(req));
    },
  );
}
