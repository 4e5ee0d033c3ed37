import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common.js';
import {
  calendarLinkSchema,
  calendarTokenParams,
  participantParams,
} from '../../../shared/contracts/dialogue-calendar.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { dialogueCalendar, type IcsFile, participantCalendar, publicCalendar } from './calendar.service.js';
import { createCalendarLink } from './calendar-link.service.js';

const ICS = ['text/calendar'];
const icsResponse = z.any().describe('The iCalendar (RFC 5545) file');

/** Sends a calendar file as a download; never cached, since the entry changes. */
const sendIcs = (reply: FastifyReply, file: IcsFile) =>
  reply
    .type('text/calendar; charset=utf-8')
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-store')
    .send(file.body);

/** A dialogue's calendar files and its public "add to calendar" link. */
export function calendarRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['dialogues'];

  app.get(
    '/dialogues/:id/calendar.ics',
    {
      schema: {
        tags,
        summary: 'The dialogue as a calendar file (METHOD:PUBLISH); 409 until it has a start',
        params: idParams,
        produces: ICS,
        response: { 200: icsResponse, ...errors(400, 404, 409) },
      },
    },
    async (req, reply) => sendIcs(reply, await dialogueCalendar(deps, contextOf(req), req.params.id)),
  );

  app.get(
    '/dialogues/:id/participants/:pid/calendar.ics',
    {
      schema: {
        tags,
        summary: 'One participant’s invitation file (METHOD:REQUEST with their ATTENDEE; conveners)',
        params: participantParams,
        produces: ICS,
        response: { 200: icsResponse, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) =>
      sendIcs(reply, await participantCalendar(deps, contextOf(req), req.params.id, req.params.pid)),
  );

  app.post(
    '/dialogues/:id/calendar-link',
    {
      schema: {
        tags,
        summary: 'Make a public "add to calendar" link (conveners); it replaces the previous one',
        params: idParams,
        response: { 201: calendarLinkSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createCalendarLink(deps, contextOf(req), req.params.id)),
  );

  app.get(
    '/calendar/:token.ics',
    {
      schema: {
        tags,
        summary: 'A dialogue’s calendar file from its public link (no sign-in: the link is the key)',
        params: calendarTokenParams,
        produces: ICS,
        response: { 200: icsResponse, ...errors(400, 404, 409, 429) },
      },
    },
    async (req, reply) => sendIcs(reply, await publicCalendar(deps, req.params.token)),
  );
}
