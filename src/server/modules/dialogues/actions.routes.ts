import { idParams, okSchema } from '../../../shared/contracts/common.js';
import {
  actionBody,
  actionPageSchema,
  actionPatch,
  actionSchema,
  actionSearchQuery,
  dialogueActionsSchema,
  nextDialogueBody,
} from '../../../shared/contracts/dialogue-followup.js';
import { dialogueSchema } from '../../../shared/contracts/dialogues.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import * as actions from './actions.service.js';
import { createNextDialogue } from './next-dialogue.service.js';

/** Follow-up actions and "what's next" items, per dialogue and across dialogues. */
export function actionRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['dialogues'];

  app.get(
    '/dialogues/:id/actions',
    {
      schema: {
        tags,
        summary: 'A dialogue’s follow-up actions, then its "what’s next" items',
        params: idParams,
        response: { 200: dialogueActionsSchema, ...errors(400, 404) },
      },
    },
    async (req) => ({ items: await actions.listDialogueActions(deps, contextOf(req), req.params.id) }),
  );

  app.post(
    '/dialogues/:id/actions',
    {
      schema: {
        tags,
        summary: 'Add a follow-up action or a "what’s next" item (conveners)',
        params: idParams,
        body: actionBody,
        response: { 201: actionSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await actions.createAction(deps, contextOf(req), req.params.id, req.body)),
  );

  app.get(
    '/dialogue-actions',
    {
      schema: {
        tags,
        summary: 'Actions across the dialogues you may see, by due date (undated last)',
        querystring: actionSearchQuery,
        response: { 200: actionPageSchema, ...errors(400) },
      },
    },
    async (req) => actions.searchActions(deps, contextOf(req), req.query),
  );

  app.patch(
    '/dialogue-actions/:id',
    {
      schema: {
        tags,
        summary: 'Change an action; `done: true` ticks it off, `false` reopens it (conveners)',
        params: idParams,
        body: actionPatch,
        response: { 200: actionSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => actions.updateAction(deps, contextOf(req), req.params.id, req.body),
  );

  app.delete(
    '/dialogue-actions/:id',
    {
      schema: {
        tags,
        summary: 'Remove an action (conveners)',
        params: idParams,
        response: { 200: okSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await actions.deleteAction(deps, contextOf(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/dialogue-actions/:id/next-dialogue',
    {
      schema: {
        tags,
        summary: 'Turn a "what’s next" item into the next dialogue of the series (conveners)',
        params: idParams,
        body: nextDialogueBody,
        response: { 201: dialogueSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createNextDialogue(deps, contextOf(req), req.params.id, req.body)),
  );
}
