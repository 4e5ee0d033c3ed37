import { idParams, pageSchema } from '../../../shared/contracts/common.js';
import {
  answerBody,
  boardItemSchema,
  boardQuery,
  feedbackBody,
  introductionBody,
  introductionSchema,
  pipelineSchema,
  termsPatch,
} from '../../../shared/contracts/introductions.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { byState, toBoardItem, toIntroduction } from './introductions.presenter.js';
import * as service from './introductions.service.js';
import * as workflow from './introductions.workflow.service.js';

/** Introductions: propose, answer, agree terms, give feedback; pipelines and the broker board. */
export function introductionsRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['introductions'];
  const detail = async (id: string, req: Parameters<typeof contextOf>[0]) => {
    const { row, feedback } = await service.getIntroduction(deps, contextOf(req), id);
    return toIntroduction(row, feedback, req.actor, req.locale);
  };

  app.post(
    '/introductions',
    {
      schema: {
        tags,
        summary: 'Propose an introduction between a need and a provider (or, as a broker, suggest one)',
        body: introductionBody,
        response: { 201: introductionSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const id = await service.proposeIntroduction(deps, contextOf(req), req.body);
      return reply.status(201).send(await detail(id, req));
    },
  );

  app.get(
    '/introductions/mine',
    {
      schema: {
        tags,
        summary: 'Your pipeline: introductions of your organisations, as seeker and as provider, by state',
        response: { 200: pipelineSchema, ...errors(401) },
      },
    },
    async (req) => {
      const { asSeeker, asProvider } = await service.myPipeline(deps, contextOf(req));
      return {
        asSeeker: byState(asSeeker, req.locale, req.actor),
        asProvider: byState(asProvider, req.locale, req.actor),
      };
    },
  );

  app.get(
    '/broker/board',
    {
      schema: {
        tags,
        summary: 'Open needs without an accepted or agreed introduction, oldest first (brokers)',
        querystring: boardQuery,
        response: { 200: pageSchema(boardItemSchema), ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const page = await service.brokerBoard(deps, contextOf(req), req.query);
      return {
        items: page.items.map((r) => toBoardItem(r, page.best.get(r.id), req.locale)),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/introductions/:id',
    {
      schema: {
        tags,
        summary: 'An introduction: need, offer, both organisations, answers, terms, contacts, feedback',
        params: idParams,
        response: { 200: introductionSchema, ...errors(400, 401, 404) },
      },
    },
    async (req) => detail(req.params.id, req),
  );

  app.post(
    '/introductions/:id/send',
    {
      schema: {
        tags,
        summary: 'Send a broker’s suggestion to both sides',
        params: idParams,
        response: { 200: introductionSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await service.sendSuggestion(deps, contextOf(req), req.params.id);
      return detail(req.params.id, req);
    },
  );

  app.post(
    '/introductions/:id/answer',
    {
      schema: {
        tags,
        summary: 'Accept or decline for one side (a reason is required to decline)',
        params: idParams,
        body: answerBody,
        response: { 200: introductionSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await workflow.answerIntroduction(deps, contextOf(req), req.params.id, req.body);
      return detail(req.params.id, req);
    },
  );

  app.patch(
    '/introductions/:id/terms',
    {
      schema: {
        tags,
        summary: 'Edit the agreed terms (either side, once agreed)',
        params: idParams,
        body: termsPatch,
        response: { 200: introductionSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await workflow.updateTerms(deps, contextOf(req), req.params.id, req.body);
      return detail(req.params.id, req);
    },
  );

  app.post(
    '/introductions/:id/feedback',
    {
      schema: {
        tags,
        summary: 'Was it useful? Once per side organisation, after agreement',
        params: idParams,
        body: feedbackBody,
        response: { 201: introductionSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await workflow.giveFeedback(deps, contextOf(req), req.params.id, req.body);
      return reply.status(201).send(await detail(req.params.id, req));
    },
  );
}
