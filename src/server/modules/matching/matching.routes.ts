import { idParams } from '../../../shared/contracts/common.js';
import { matchListSchema, matchQuery, matchSettingsSchema } from '../../../shared/contracts/marketplace.js';
import { matchSettingsBody } from '../../../shared/contracts/matching.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import * as service from './matching.service.js';

const settingsOut = (s: service.MatchSettings) => ({
  weights: { ...s.weights },
  minScore: s.minScore,
  updatedAt: s.updatedAt ? s.updatedAt.toISOString() : null,
});

const listOut = (r: Awaited<ReturnType<typeof service.matchesOfNeed>>) => ({
  items: r.items,
  computedAt: r.computedAt.toISOString(),
  weights: { ...r.weights },
});

/** Matches of needs and offers, and the administrator's weights. */
export function matchingRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['matching'];

  app.get(
    '/needs/:id/matches',
    {
      schema: {
        tags,
        summary:
          'A need’s best offers, experiences, capabilities and peer countries (top `limit` of each kind asked), each with the reasons in the reader’s language',
        params: idParams,
        querystring: matchQuery,
        response: { 200: matchListSchema, ...errors(400, 404) },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      return listOut(
        await service.matchesOfNeed(deps, req.params.id, {
          actor: ctx.actor,
          locale: ctx.locale,
          kind: req.query.kind,
          limit: req.query.limit,
        }),
      );
    },
  );

  app.get(
    '/offers/:id/matches',
    {
      schema: {
        tags,
        summary: 'An offer’s best live needs, each scored from the need’s side, with the reasons',
        params: idParams,
        querystring: matchQuery,
        response: { 200: matchListSchema, ...errors(400, 404) },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      return listOut(
        await service.matchesOfOffer(deps, req.params.id, {
          actor: ctx.actor,
          locale: ctx.locale,
          limit: req.query.limit,
        }),
      );
    },
  );

  app.get(
    '/admin/match-settings',
    {
      schema: {
        tags,
        summary: 'The weights of the match factors and the minimum score (administrators)',
        response: { 200: matchSettingsSchema, ...errors(401, 403) },
      },
    },
    async (req) => settingsOut(await service.getSettings(deps, contextOf(req))),
  );

  app.put(
    '/admin/match-settings',
    {
      schema: {
        tags,
        summary: 'Change the weights of the match factors (and the minimum score); audited',
        body: matchSettingsBody,
        response: { 200: matchSettingsSchema, ...errors(400, 401, 403) },
      },
    },
    async (req) => settingsOut(await service.updateSettings(deps, contextOf(req), req.body)),
  );
}
