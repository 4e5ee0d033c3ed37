import { idParams } from '../../../shared/contracts/common.js';
import {
  cancelBody,
  scheduleBody,
  sendInvitationsBody,
  sendInvitationsResult,
} from '../../../shared/contracts/dialogue-calendar.js';
import { dialogueSchema } from '../../../shared/contracts/dialogues.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { dialogueDetail } from './dialogue-detail.js';
import { sendInvitations } from './invitations.service.js';
import { cancelDialogue, scheduleDialogue } from './schedule.service.js';

/** Fixing a dialogue's start, calling it off, and sending the invitations (conveners). */
export function scheduleRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['dialogues'];

  app.post(
    '/dialogues/:id/schedule',
    {
      schema: {
        tags,
        summary:
          'Set the start (an instant, or a local date, time and zone); restores a cancelled dialogue. A moved start raises the calendar SEQUENCE',
        params: idParams,
        body: scheduleBody,
        response: { 200: dialogueSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await scheduleDialogue(deps, contextOf(req), req.params.id, req.body);
      return dialogueDetail(deps, req, req.params.id);
    },
  );

  app.post(
    '/dialogues/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Call the dialogue off; with notify, those invited get the cancellation (METHOD:CANCEL)',
        params: idParams,
        body: cancelBody,
        response: { 200: dialogueSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await cancelDialogue(deps, contextOf(req), req.params.id, req.body);
      return dialogueDetail(deps, req, req.params.id);
    },
  );

  app.post(
    '/dialogues/:id/invitations',
    {
      schema: {
        tags,
        summary: 'E-mail the invitation with its .ics to participants (outbox; SMTP when configured)',
        params: idParams,
        body: sendInvitationsBody,
        response: { 200: sendInvitationsResult, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => sendInvitations(deps, contextOf(req), req.params.id, req.body),
  );
}
