import { adminUserQuery, adminUserSchema, adminUserUpdateBody } from '../../../shared/contracts/accounts.js';
import { idParams, pageSchema } from '../../../shared/contracts/common.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { toAdminUser } from './accounts.presenter.js';
import * as admin from './admin-users.service.js';

/** Administration of accounts: list, disable, grant administrator, broker and coordinator roles. */
export function adminUsersRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['admin'];
  app.get(
    '/admin/users',
    {
      schema: {
        tags,
        summary: 'Search users (administrators)',
        querystring: adminUserQuery,
        response: { 200: pageSchema(adminUserSchema), ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const page = await admin.listUsers(
        deps,
        contextOf(req),
        req.query.q,
        req.query.cursor,
        req.query.limit,
      );
      return {
        items: page.items.map((u) => toAdminUser(u, req.actor, req.locale)),
        nextCursor: page.nextCursor,
      };
    },
  );
  app.patch(
    '/admin/users/:id',
    {
      schema: {
        tags,
        summary: 'Change a user’s status and roles (administrators)',
        params: idParams,
        body: adminUserUpdateBody,
        response: { 200: adminUserSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) =>
      toAdminUser(
        await admin.updateUserRoles(deps, contextOf(req), req.params.id, req.body),
        req.actor,
        req.locale,
      ),
  );
}
