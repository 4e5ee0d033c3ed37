import { idParams } from '../../../shared/contracts/common.js';
import { participantListSchema, participantsBody } from '../../../shared/contracts/dialogue-calendar.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { listParticipants, putParticipants } from './participants.service.js';

/** A dialogue's participants, per site. */
export function participantRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['dialogues'];

  app.get(
    '/dialogues/:id/participants',
    {
      schema: {
        tags,
        summary: 'Who takes part, by site; addresses for the conveners (and each participant their own)',
        params: idParams,
        response: { 200: participantListSchema, ...errors(400, 404) },
      },
    },
    async (req) => listParticipants(deps, contextOf(req), req.params.id),
  );

  app.put(
    '/dialogues/:id/participants',
    {
      schema: {
        tags,
        summary: 'Replace the participants (conveners); listed ids are kept with their attendance',
        params: idParams,
        body: participantsBody,
        response: { 200: participantListSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => putParticipants(deps, contextOf(req), req.params.id, req.body),
  );
}
