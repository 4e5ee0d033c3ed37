import { idParams } from '../../../shared/contracts/common.js';
import { agendaBody, agendaSchema } from '../../../shared/contracts/dialogues.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { getAgenda, putAgenda } from './agenda.service.js';

/** A dialogue's agenda, timed on every site's clock. */
export function agendaRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['dialogues'];

  app.get(
    '/dialogues/:id/agenda',
    {
      schema: {
        tags,
        summary: 'The agenda, each segment’s start in UTC and on every site’s clock',
        params: idParams,
        response: { 200: agendaSchema, ...errors(400, 404) },
      },
    },
    async (req) => getAgenda(deps, contextOf(req), req.params.id),
  );

  app.put(
    '/dialogues/:id/agenda',
    {
      schema: {
        tags,
        summary: 'Replace the agenda with the segments in their new order (conveners); too long is a warning',
        params: idParams,
        body: agendaBody,
        response: { 200: agendaSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => putAgenda(deps, contextOf(req), req.params.id, req.body),
  );
}
