import { z } from 'zod';
import {
  compareExportQuery,
  compareQuery,
  compareSchema,
  countryCodeParams,
  countryExportQuery,
  countryListQuery,
  countryListSchema,
  countryPageSchema,
  createProfileBody,
  diffQuery,
  profileDiffSchema,
  profileDraftBody,
  publishBody,
  publishedProfileSchema,
  versionListSchema,
  versionParams,
} from '../../../shared/contracts/country-profiles.js';
import { sendTable } from '../../platform/export/tabular.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import * as reads from './countries.service.js';
import {
  compareTable,
  countryListColumns,
  labelBook,
  nameBook,
  toCountryListItem,
  toCountryPage,
  toCountryRef,
  toPublishedProfile,
  toVersionSummary,
} from './country-profiles.presenter.js';
import * as service from './country-profiles.service.js';

type Req = Parameters<typeof contextOf>[0];
const FILE_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'];

/** Countries, their SSC profiles (draft → numbered versions), comparison and exports. */
export function countryProfilesRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['countries'];
  const page = async (code: string, req: Req) =>
    toCountryPage(await reads.getCountryPage(deps, contextOf(req), code), req.actor, req.locale);

  const list = async (req: Req, query: Parameters<typeof reads.listCountries>[2]) => {
    const r = await reads.listCountries(deps, contextOf(req), query);
    const labels = labelBook(r.labels, req.locale);
    const book = nameBook(r.orgs, req.actor, req.locale);
    return r.rows.map((row) => toCountryListItem(row, labels, book, req.locale));
  };

  const comparison = async (req: Req, codes: string[]) => {
    const r = await reads.compareCountries(deps, codes);
    const book = nameBook(r.orgs, req.actor, req.locale);
    return {
      labels: labelBook(r.labels, req.locale),
      book,
      countries: r.countries.map((c) => ({
        ...toCountryRef(c.country, req.locale),
        profile: c.latest ? toPublishedProfile(c.latest, book, req.actor, req.locale) : null,
      })),
    };
  };

  app.get(
    '/countries',
    {
      schema: {
        tags,
        summary: 'Every country, with its published SSC profile summary (filters: q, region, income, role)',
        querystring: countryListQuery,
        response: { 200: countryListSchema, ...errors(400) },
      },
    },
    async (req) => ({ items: await list(req, req.query) }),
  );

  app.get(
    '/countries/export',
    {
      schema: {
        tags,
        summary: 'Download the country list (same filters) as XLSX or CSV',
        querystring: countryExportQuery,
        produces: FILE_TYPES,
        response: { 200: z.any().describe('The file'), ...errors(400) },
      },
    },
    async (req, reply) => {
      const { format, ...query } = req.query;
      const t = (key: string) => deps.i18n.t(req.locale, key);
      const sheet = t('country-fields:export.listSheet');
      return sendTable(
        reply,
        format,
        'kxhub-countries',
        sheet,
        countryListColumns(t),
        await list(req, query),
      );
    },
  );

  app.get(
    '/countries/compare',
    {
      schema: {
        tags,
        summary: 'Compare the published profiles of 2 to 5 countries',
        querystring: compareQuery,
        response: { 200: compareSchema, ...errors(400) },
      },
    },
    async (req) => ({ countries: (await comparison(req, req.query.codes)).countries }),
  );

  app.get(
    '/countries/compare/export',
    {
      schema: {
        tags,
        summary: 'Download a comparison as XLSX or CSV: one row per field, one column per country',
        querystring: compareExportQuery,
        produces: FILE_TYPES,
        response: { 200: z.any().describe('The file'), ...errors(400) },
      },
    },
    async (req, reply) => {
      const c = await comparison(req, req.query.codes);
      const t = (key: string) => deps.i18n.t(req.locale, key);
      const { columns, rows } = compareTable(c.countries, {
        t,
        locale: req.locale,
        codeLabel: c.labels,
        book: c.book,
      });
      const name = `kxhub-compare-${req.query.codes.join('-')}`;
      return sendTable(reply, req.query.format, name, t('country-fields:export.sheet'), columns, rows);
    },
  );

  app.get(
    '/countries/:code',
    {
      schema: {
        tags,
        summary: 'A country: its published profile, its draft (for its editors) and abilities',
        params: countryCodeParams,
        response: { 200: countryPageSchema, ...errors(400, 404) },
      },
    },
    async (req) => page(req.params.code, req),
  );

  app.post(
    '/countries/:code/profile',
    {
      schema: {
        tags,
        summary: 'Create the country’s profile (its coordinators and administrators)',
        params: countryCodeParams,
        body: createProfileBody,
        response: { 201: countryPageSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      await service.createProfile(deps, contextOf(req), req.params.code, req.body.draft);
      return reply.status(201).send(await page(req.params.code, req));
    },
  );

  app.put(
    '/countries/:code/profile/draft',
    {
      schema: {
        tags,
        summary: 'Save the working draft (incomplete is fine; a newer draft on the server is a 409)',
        params: countryCodeParams,
        body: profileDraftBody,
        response: { 200: countryPageSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await service.saveProfileDraft(deps, contextOf(req), req.params.code, req.body);
      return page(req.params.code, req);
    },
  );

  app.post(
    '/countries/:code/profile/publish',
    {
      schema: {
        tags,
        summary: 'Publish the draft as the next numbered version',
        params: countryCodeParams,
        body: publishBody,
        response: { 200: countryPageSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await service.publishProfile(deps, contextOf(req), req.params.code, req.body.changeNote);
      return page(req.params.code, req);
    },
  );

  app.get(
    '/countries/:code/profile/versions',
    {
      schema: {
        tags,
        summary: 'The published versions of a country’s profile, newest first',
        params: countryCodeParams,
        response: { 200: versionListSchema, ...errors(400, 404) },
      },
    },
    async (req) => ({
      items: (await reads.listProfileVersions(deps, req.params.code)).map((v) =>
        toVersionSummary(v, req.actor),
      ),
    }),
  );

  app.get(
    '/countries/:code/profile/versions/:version',
    {
      schema: {
        tags,
        summary: 'One published version of a country’s profile',
        params: versionParams,
        response: { 200: publishedProfileSchema, ...errors(400, 404) },
      },
    },
    async (req) => {
      const r = await reads.getProfileVersion(deps, req.params.code, req.params.version);
      return toPublishedProfile(r.version, nameBook(r.orgs, req.actor, req.locale), req.actor, req.locale);
    },
  );

  app.get(
    '/countries/:code/profile/diff',
    {
      schema: {
        tags,
        summary: 'What changed between two published versions (to defaults to the latest)',
        params: countryCodeParams,
        querystring: diffQuery,
        response: { 200: profileDiffSchema, ...errors(400, 404) },
      },
    },
    async (req) => {
      const r = await reads.diffProfileVersions(deps, req.params.code, req.query.from, req.query.to);
      return {
        from: toVersionSummary(r.from, req.actor),
        to: toVersionSummary(r.to, req.actor),
        changes: r.changes,
      };
    },
  );
}
