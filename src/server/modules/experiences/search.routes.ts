import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common.js';
import {
  experienceExportQuery,
  experienceSearchQuery,
  experienceSearchResultSchema,
  experienceSummarySchema,
} from '../../../shared/contracts/experiences.js';
import { localized } from '../../../shared/locale-map.js';
import { type Column, sendTable } from '../../platform/export/tabular.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import * as service from './search.service.js';

/** Library search, facets, similar experiences and export: public, published experiences only. */
export function searchRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['experiences'];

  app.get(
    '/experiences',
    {
      schema: {
        tags,
        summary: 'Search the library of published experiences, with facet counts',
        description:
          'Full text in every language (stemmed where PostgreSQL can; Chinese as character bigrams), ' +
          'names with typos, filters (comma lists: OR within a filter, AND across filters), ' +
          'sorts relevance (default with q; offset cursor), newest and views (keyset cursors). ' +
          'Each facet is counted ignoring its own filter.',
        querystring: experienceSearchQuery,
        response: { 200: experienceSearchResultSchema, ...errors(400) },
      },
    },
    async (req) => service.searchExperiences(deps, contextOf(req), req.query),
  );

  app.get(
    '/experiences/export',
    {
      schema: {
        tags,
        summary: 'Download the matching experiences (same filters and sort as the library) as XLSX or CSV',
        querystring: experienceExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
        response: { 200: z.any().describe('The file'), ...errors(400) },
      },
    },
    async (req, reply) => {
      const { rows, names, now } = await service.exportExperiences(deps, contextOf(req), req.query);
      const t = (key: string) => deps.i18n.t(req.locale, `experience-fields:export.${key}`);
      const locale = req.locale;
      const name = (kind: string, code: string) => localized(names.get(`${kind}:${code}`), locale) || code;
      const list = (kind: string, codes: string[]) => codes.map((c) => name(kind, c)).join('; ');
      const base = deps.config.PUBLIC_URL.replace(/\/$/, '');
      type Row = (typeof rows)[number];
      const summary = (r: Row) => service.toSummary(r, locale, now);
      const columns: Column<Row>[] = [
        { header: t('title'), value: (r) => summary(r).title, width: 48 },
        { header: t('organisation'), value: (r) => summary(r).organisation.name, width: 36 },
        { header: t('countries'), value: (r) => list('country', r.country_codes), width: 30 },
        { header: t('regions'), value: (r) => list('region', r.region_codes), width: 24 },
        {
          header: t('sectors'),
          value: (r) => r.sectors.map((c) => `${c} ${name('sector', c)}`).join('; '),
          width: 40,
        },
        { header: t('sdgTargets'), value: (r) => r.sdg_targets.join('; '), width: 16 },
        { header: t('modality'), value: (r) => (r.modality ? name('modality', r.modality) : ''), width: 16 },
        { header: t('instruments'), value: (r) => list('instrument', r.instruments), width: 30 },
        { header: t('knowledgeModes'), value: (r) => list('mode', r.knowledge_modes), width: 20 },
        { header: t('outcomes'), value: (r) => list('outcome', r.outcomes), width: 30 },
        { header: t('yearStart'), value: (r) => r.year_start, width: 10 },
        { header: t('yearEnd'), value: (r) => r.year_end, width: 10 },
        { header: t('languages'), value: (r) => r.languages.join('; '), width: 12 },
        { header: t('summary'), value: (r) => summary(r).summary, width: 60 },
        { header: t('publishedAt'), value: (r) => summary(r).publishedAt?.slice(0, 10) ?? '', width: 12 },
        {
          header: t('lastVerifiedAt'),
          value: (r) => summary(r).lastVerifiedAt?.slice(0, 10) ?? '',
          width: 12,
        },
        { header: t('stale'), value: (r) => (summary(r).stale ? t('staleYes') : ''), width: 10 },
        { header: t('viewCount'), value: (r) => Number(r.view_count), width: 10 },
        { header: t('link'), value: (r) => `${base}/experiences/${r.id}`, width: 40 },
      ];
      return sendTable(reply, req.query.format, 'kxhub-experiences', t('sheet'), columns, rows);
    },
  );

  app.get(
    '/experiences/:id/similar',
    {
      schema: {
        tags,
        summary: 'Up to five other published experiences like this one',
        description:
          'Ranked by shared sectors (codes, then categories), SDG goals, countries and instruments, ' +
          'and by how alike the titles are.',
        params: idParams,
        response: { 200: z.object({ items: z.array(experienceSummarySchema) }), ...errors(400, 404) },
      },
    },
    async (req) => service.similarExperiences(deps, contextOf(req), req.params.id),
  );
}
