import { z } from 'zod';
import { okSchema, uuidSchema } from '../../../shared/contracts/common.js';
import {
  acceptInvitationBody,
  invitationBody,
  invitationSchema,
  memberRoleBody,
  memberSchema,
} from '../../../shared/contracts/organisations.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import * as service from './members.service.js';
import { toInvitation, toMember } from './organisations.presenter.js';

/** Members of an organisation and invitations to join it. */
export function membersRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['organisations'];
  const orgParams = z.object({ id: uuidSchema });
  const memberParams = orgParams.extend({ userId: uuidSchema });
  const invitationParams = orgParams.extend({ invitationId: uuidSchema });

  app.get(
    '/organisations/:id/members',
    {
      schema: {
        tags,
        summary: 'Members and their roles',
        params: orgParams,
        response: { 200: z.object({ items: z.array(memberSchema) }), ...errors(400, 401, 404) },
      },
    },
    async (req) => ({
      items: (await service.listMembers(deps, contextOf(req), req.params.id)).map(toMember),
    }),
  );

  app.patch(
    '/organisations/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Change a member’s role',
        params: memberParams,
        body: memberRoleBody,
        response: { 200: okSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await service.changeRole(deps, contextOf(req), req.params.id, req.params.userId, req.body.role);
      return { ok: true as const };
    },
  );

  app.delete(
    '/organisations/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Remove a member',
        params: memberParams,
        response: { 200: okSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await service.removeMember(deps, contextOf(req), req.params.id, req.params.userId);
      return { ok: true as const };
    },
  );

  app.get(
    '/organisations/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invitations sent',
        params: orgParams,
        response: { 200: z.object({ items: z.array(invitationSchema) }), ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => ({
      items: (await service.listInvitations(deps, contextOf(req), req.params.id)).map(toInvitation),
    }),
  );

  app.post(
    '/organisations/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone by email',
        params: orgParams,
        body: invitationBody,
        response: { 201: invitationSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          toInvitation(
            await service.invite(deps, contextOf(req), req.params.id, req.body.email, req.body.role),
          ),
        ),
  );

  app.delete(
    '/organisations/:id/invitations/:invitationId',
    {
      schema: {
        tags,
        summary: 'Withdraw an invitation',
        params: invitationParams,
        response: { 200: okSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await service.revokeInvitation(deps, contextOf(req), req.params.id, req.params.invitationId);
      return { ok: true as const };
    },
  );

  app.post(
    '/invitations/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation (signed in with the invited email)',
        body: acceptInvitationBody,
        response: { 200: z.object({ organisationId: uuidSchema }), ...errors(400, 401, 403, 409, 410) },
      },
    },
    async (req) => service.acceptInvitation(deps, contextOf(req), req.body.token),
  );
}
