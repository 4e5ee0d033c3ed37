import { z } from 'zod';

import {
  codeItemSchema,
  countrySchema,
  localeQuery,
  timeZoneItemSchema,
  timeZoneQuery,
  vocabularyItemBody,
  vocabularyItemPatch,
  vocabularyItemSchema,
} from '../../../shared/contracts/reference.js';
import { localized } from '../../../shared/locale-map.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { toNamed, toVocabularyItem } from './reference.presenter.js';
import * as service from './reference.service.js';
import { listTimeZones } from './time-zones.js';

/** Read-only reference lists for forms and filters, and vocabulary administration. */
export function referenceRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['reference'];
  const items = <T extends z.ZodType>(s: T) => z.object({ items: z.array(s) });
  // Reference lists change only with a release: let browsers and proxies keep them a day.
  const cacheable = { 'cache-control': 'public, max-age=86400' };

  app.get(
    '/reference/countries',
    {
      schema: {
        tags,
        summary: 'Countries (ISO 3166) with names in the requested language',
        querystring: localeQuery,
        response: { 200: items(countrySchema) },
      },
    },
    async (req, reply) => {
      return reply.headers(cacheable).send({ items: await service.countries(deps.db, req.locale) });
    },
  );

  app.get(
    '/reference/codelists/:list',
    {
      schema: {
        tags,
        summary: 'An IATI 2.03 code list (active codes)',
        params: z.object({ list: z.string().max(60) }),
        querystring: localeQuery,
        response: { 200: items(codeItemSchema), ...errors(404) },
      },
    },
    async (req, reply) => {
      const rows = await service.codelist(deps.db, req.params.list);
      return reply.headers(cacheable).send({
        items: rows.map((r) => ({ ...toNamed(r, req.locale), category: r.category, status: r.status })),
      });
    },
  );

  app.get(
    '/reference/languages',
    {
      schema: {
        tags,
        summary: 'Languages (ISO 639-1)',
        querystring: localeQuery,
        response: { 200: items(z.object({ code: z.string(), name: z.string() })) },
      },
    },
    async (req, reply) => {
      const rows = await service.languages(deps.db);
      return reply
        .headers(cacheable)
        .send({ items: rows.map((r) => ({ code: r.code, name: localized(r.name, req.locale) || r.code })) });
    },
  );

  app.get(
    '/reference/currencies',
    {
      schema: {
        tags,
        summary: 'Currencies (ISO 4217)',
        querystring: localeQuery,
        response: { 200: items(z.object({ code: z.string(), name: z.string() })) },
      },
    },
    async (req, reply) => {
      const rows = await service.currencies(deps.db);
      return reply
        .headers(cacheable)
        .send({ items: rows.map((r) => ({ code: r.code, name: localized(r.name, req.locale) || r.code })) });
    },
  );

  app.get(
    '/reference/time-zones',
    {
      schema: {
        tags,
        summary:
          'IANA time zones (canonical names) with their countries, cities and offset now; `q` finds by city',
        querystring: timeZoneQuery,
        response: { 200: items(timeZoneItemSchema) },
      },
    },
    async (req, reply) => {
      const found = listTimeZones(req.locale, deps.clock.now(), req.query.q, req.query.limit);
      // Offsets change at daylight-saving switches: an hour old at most.
      return reply.headers({ 'cache-control': 'public, max-age=3600' }).send({ items: found });
    },
  );

  app.get(
    '/vocabularies',
    {
      schema: {
        tags,
        summary: 'The product vocabularies and their sizes',
        response: { 200: items(z.object({ name: z.string(), count: z.number().int() })) },
      },
    },
    async () => ({
      items: (await service.vocabularyCounts(deps.db)).map((r) => ({ name: r.vocabulary, count: r.count })),
    }),
  );

  const vocabParams = z.object({ name: z.string().max(64) });
  app.get(
    '/vocabularies/:name',
    {
      schema: {
        tags,
        summary: 'Items of one vocabulary with definitions',
        params: vocabParams,
        querystring: localeQuery,
        response: { 200: items(vocabularyItemSchema), ...errors(404) },
      },
    },
    async (req) => ({
      items: (await service.listVocabularyItems(deps, contextOf(req), req.params.name)).map((r) =>
        toVocabularyItem(r, req.actor, req.locale),
      ),
    }),
  );

  app.post(
    '/vocabularies/:name',
    {
      schema: {
        tags,
        summary: 'Add a vocabulary item (administrators)',
        params: vocabParams,
        body: vocabularyItemBody,
        response: { 201: vocabularyItemSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          toVocabularyItem(
            await service.addVocabularyItem(deps, contextOf(req), req.params.name, req.body),
            req.actor,
            req.locale,
          ),
        ),
  );

  app.patch(
    '/vocabularies/:name/:id',
    {
      schema: {
        tags,
        summary: 'Edit, reorder or retire a vocabulary item (administrators)',
        params: vocabParams.extend({ id: z.uuid() }),
        body: vocabularyItemPatch,
        response: { 200: vocabularyItemSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) =>
      toVocabularyItem(
        await service.updateVocabularyItem(deps, contextOf(req), req.params.name, req.params.id, req.body),
        req.actor,
        req.locale,
      ),
  );
}
