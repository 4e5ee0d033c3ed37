import type { FastifyRequest } from 'fastify';
import { idParams } from '../../../shared/contracts/common.js';
import {
  dialogueBody,
  dialogueListQuery,
  dialogueListSchema,
  dialoguePatch,
  dialogueSchema,
  seriesBody,
  seriesListQuery,
  seriesListSchema,
  seriesPatch,
  seriesSchema,
  slotResultSchema,
  slotSearchBody,
  venueQuery,
  venueTableSchema,
} from '../../../shared/contracts/dialogues.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { dialogueDetail } from './dialogue-detail.js';
import { listDialogues, listSeries } from './dialogue-list.service.js';
import { toSeries } from './dialogues.presenter.js';
import * as dialogues from './dialogues.service.js';
import { dialogueVenues, findDialogueSlots } from './planning.service.js';
import * as series from './series.service.js';

/** Dialogue series, dialogues with their sites, the slot finder and the venue table. */
export function dialogueRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['dialogues'];
  const seriesDetail = async (id: string, req: FastifyRequest) =>
    toSeries(await series.getSeries(deps, contextOf(req), id), req.actor, req.locale);

  app.get(
    '/dialogue-series',
    {
      schema: {
        tags,
        summary: 'The dialogue series you may see, newest first, page by page',
        querystring: seriesListQuery,
        response: { 200: seriesListSchema, ...errors(400) },
      },
    },
    async (req) => listSeries(deps, contextOf(req), req.query),
  );

  app.post(
    '/dialogue-series',
    {
      schema: {
        tags,
        summary: 'Start a dialogue series convened by an organisation',
        body: seriesBody,
        response: { 201: seriesSchema, ...errors(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const id = await series.createSeries(deps, contextOf(req), req.body);
      return reply.status(201).send(await seriesDetail(id, req));
    },
  );

  app.get(
    '/dialogue-series/:id',
    {
      schema: {
        tags,
        summary: 'A dialogue series',
        params: idParams,
        response: { 200: seriesSchema, ...errors(400, 404) },
      },
    },
    async (req) => seriesDetail(req.params.id, req),
  );

  app.patch(
    '/dialogue-series/:id',
    {
      schema: {
        tags,
        summary: 'Update a dialogue series (its conveners)',
        params: idParams,
        body: seriesPatch,
        response: { 200: seriesSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await series.updateSeries(deps, contextOf(req), req.params.id, req.body);
      return seriesDetail(req.params.id, req);
    },
  );

  app.get(
    '/dialogues',
    {
      schema: {
        tags,
        summary:
          'The dialogues you may see, page by page: of one series, organisation or country; upcoming, in planning or past',
        querystring: dialogueListQuery,
        response: { 200: dialogueListSchema, ...errors(400) },
      },
    },
    async (req) => listDialogues(deps, contextOf(req), req.query),
  );

  app.post(
    '/dialogues',
    {
      schema: {
        tags,
        summary: 'Plan a dialogue with its sites',
        body: dialogueBody,
        response: { 201: dialogueSchema, ...errors(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const id = await dialogues.createDialogue(deps, contextOf(req), req.body);
      return reply.status(201).send(await dialogueDetail(deps, req, id));
    },
  );

  app.get(
    '/dialogues/:id',
    {
      schema: {
        tags,
        summary: 'A dialogue with its sites',
        params: idParams,
        response: { 200: dialogueSchema, ...errors(400, 404) },
      },
    },
    async (req) => dialogueDetail(deps, req, req.params.id),
  );

  app.patch(
    '/dialogues/:id',
    {
      schema: {
        tags,
        summary:
          'Update a dialogue (its conveners); `sites` replaces the whole list (a site with participants is kept: 409)',
        params: idParams,
        body: dialoguePatch,
        response: { 200: dialogueSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await dialogues.updateDialogue(deps, contextOf(req), req.params.id, req.body);
      return dialogueDetail(deps, req, req.params.id);
    },
  );

  app.post(
    '/dialogues/:id/slots',
    {
      schema: {
        tags,
        summary: 'Candidate start times for the dialogue’s sites, least discomfort first (conveners)',
        params: idParams,
        body: slotSearchBody,
        response: { 200: slotResultSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => findDialogueSlots(deps, contextOf(req), req.params.id, req.body),
  );

  app.get(
    '/dialogues/:id/venues',
    {
      schema: {
        tags,
        summary: 'Venue table: each site’s local date and time for a start, grouped by local day',
        params: idParams,
        querystring: venueQuery,
        response: { 200: venueTableSchema, ...errors(400, 404) },
      },
    },
    async (req) => dialogueVenues(deps, contextOf(req), req.params.id, req.query),
  );
}
