import { z } from 'zod';
import {
  assessmentBody,
  assessmentHistorySchema,
  assessmentPatch,
  assessmentSchema,
  comparisonQuery,
  comparisonSchema,
  countryParams,
  exportQuery,
  rubricLevelBody,
  rubricParams,
  rubricSchema,
  whoSolvedQuery,
  whoSolvedSchema,
} from '../../../shared/contracts/assessments.js';
import { idParams, localeSchema, okSchema } from '../../../shared/contracts/common.js';
import { sendTable } from '../../platform/export/tabular.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import * as comparisonService from './assessments.comparison.service.js';
import {
  countryExportRows,
  exportColumns,
  networkExportRows,
  toAssessment,
  toComparison,
  toHistory,
  toRubric,
  toWhoSolved,
} from './assessments.presenter.js';
import * as rubricService from './assessments.rubric.service.js';
import * as service from './assessments.service.js';

const FILE_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'];
const localeQuery = z.object({ locale: localeSchema.optional() });

/** The capacity self-assessment: rubric, rounds, comparison, "who solved this?" and downloads. */
export function assessmentsRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['assessments'];

  app.get(
    '/assessments/rubric',
    {
      schema: {
        tags,
        summary: 'The dimensions of the self-assessment with the rubric of each level (0–4)',
        querystring: localeQuery,
        response: { 200: rubricSchema, ...errors(400) },
      },
    },
    async (req) => toRubric(await rubricService.getRubric(deps), req.actor, req.locale),
  );

  app.put(
    '/assessments/rubric/:dimension/:level',
    {
      schema: {
        tags,
        summary: 'Rewrite one level of the rubric (platform administrators)',
        params: rubricParams,
        body: rubricLevelBody,
        response: { 200: rubricSchema, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const { dimension, level } = req.params;
      const rubric = await rubricService.updateRubricLevel(
        deps,
        contextOf(req),
        dimension,
        level,
        req.body.description,
      );
      return toRubric(rubric, req.actor, req.locale);
    },
  );

  app.get(
    '/assessments/who-solved',
    {
      schema: {
        tags,
        summary: 'Countries that rate themselves strong on a dimension, with their evidence',
        description:
          'Each country’s latest submitted rating; strongest first, then the most recently assessed. ' +
          '`experiences` lists their published experiences on the dimension (the experience library).',
        querystring: whoSolvedQuery,
        response: { 200: whoSolvedSchema, ...errors(400) },
      },
    },
    async (req) =>
      toWhoSolved(await comparisonService.whoSolved(deps, contextOf(req), req.query), req.locale),
  );

  app.get(
    '/assessments/export',
    {
      schema: {
        tags,
        summary: 'Open data: the latest submitted rating of every country on every dimension (XLSX or CSV)',
        querystring: exportQuery,
        produces: FILE_TYPES,
        response: { 200: z.any().describe('The file'), ...errors(400) },
      },
    },
    async (req, reply) => {
      const t = (key: string) => deps.i18n.t(req.locale, key);
      const rows = networkExportRows(await comparisonService.exportNetwork(deps), req.locale);
      return sendTable(
        reply,
        req.query.format,
        'kxhub-assessments',
        t('assessments:export.sheet'),
        exportColumns(t, false),
        rows,
      );
    },
  );

  app.post(
    '/countries/:code/assessments',
    {
      schema: {
        tags,
        summary: 'Start a new self-assessment round for a country (as a draft)',
        description:
          'Only the country’s coordinators and platform administrators. One draft per country: ' +
          'a second is refused with 409, the existing draft’s id in `details` (field `draftId`) and `Location`.',
        params: countryParams,
        body: assessmentBody,
        response: { 201: assessmentSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const id = await service.createAssessment(deps, ctx, req.params.code, req.body);
      const created = toAssessment(await service.getAssessment(deps, ctx, id), req.actor, req.locale);
      return reply.status(201).header('location', `/api/v1/assessments/${id}`).send(created);
    },
  );

  app.get(
    '/countries/:code/assessments',
    {
      schema: {
        tags,
        summary: 'A country’s self-assessment history, newest first (its draft too, for its editors)',
        params: countryParams,
        querystring: localeQuery,
        response: { 200: assessmentHistorySchema, ...errors(400, 404) },
      },
    },
    async (req) =>
      toHistory(
        await service.listCountryAssessments(deps, contextOf(req), req.params.code),
        req.actor,
        req.locale,
      ),
  );

  app.get(
    '/countries/:code/assessments/comparison',
    {
      schema: {
        tags,
        summary: 'A country’s latest submitted assessment against a peer group and the network median',
        description:
          'Peers: `region` (same region), `income` (same World Bank income group; empty where the ' +
          'country has none) or `custom` with `codes`. Medians are over each peer’s latest submitted round.',
        params: countryParams,
        querystring: comparisonQuery,
        response: { 200: comparisonSchema, ...errors(400, 404) },
      },
    },
    async (req) =>
      toComparison(
        await comparisonService.comparison(deps, contextOf(req), req.params.code, req.query),
        req.locale,
      ),
  );

  app.get(
    '/countries/:code/assessments/export',
    {
      schema: {
        tags,
        summary: 'Download a country’s rounds (one row per round and dimension) as XLSX or CSV',
        params: countryParams,
        querystring: exportQuery,
        produces: FILE_TYPES,
        response: { 200: z.any().describe('The file'), ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      const t = (key: string) => deps.i18n.t(req.locale, key);
      const { views } = await service.exportCountry(deps, contextOf(req), req.params.code);
      return sendTable(
        reply,
        req.query.format,
        `kxhub-assessments-${req.params.code.toLowerCase()}`,
        t('assessments:export.sheet'),
        exportColumns(t, true),
        countryExportRows(views, req.locale),
      );
    },
  );

  app.get(
    '/assessments/:id',
    {
      schema: {
        tags,
        summary: 'One self-assessment round (a draft only for its country’s editors)',
        params: idParams,
        querystring: localeQuery,
        response: { 200: assessmentSchema, ...errors(400, 404) },
      },
    },
    async (req) =>
      toAssessment(await service.getAssessment(deps, contextOf(req), req.params.id), req.actor, req.locale),
  );

  app.patch(
    '/assessments/:id',
    {
      schema: {
        tags,
        summary: 'Save a draft: any subset of fields, ratings merged per dimension',
        description: 'A submitted round is history: changing it is refused with 409.',
        params: idParams,
        body: assessmentPatch,
        response: { 200: assessmentSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) =>
      toAssessment(
        await service.updateAssessment(deps, contextOf(req), req.params.id, req.body),
        req.actor,
        req.locale,
      ),
  );

  app.post(
    '/assessments/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit a draft once every dimension is rated',
        description: 'An unrated dimension is refused with 400 naming the first; `details` lists them all.',
        params: idParams,
        response: { 200: assessmentSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) =>
      toAssessment(
        await service.submitAssessment(deps, contextOf(req), req.params.id),
        req.actor,
        req.locale,
      ),
  );

  app.delete(
    '/assessments/:id',
    {
      schema: {
        tags,
        summary: 'Discard a draft (a submitted round: platform administrators only)',
        params: idParams,
        response: { 200: okSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await service.deleteAssessment(deps, contextOf(req), req.params.id);
      return { ok: true as const };
    },
  );
}
