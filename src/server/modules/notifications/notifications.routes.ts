import { z } from 'zod';
import { idParams, okSchema } from '../../../shared/contracts/common.js';
import {
  notificationListQuery,
  notificationPageSchema,
  notificationSettingsPatch,
  notificationSettingsSchema,
  unreadCountSchema,
} from '../../../shared/contracts/notifications.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { AppDeps, ZodApp } from '../../platform/module.js';
import { toNotification } from './notifications.presenter.js';
import * as service from './notifications.service.js';

/** The caller's inbox and e-mail choices; everything here is about the signed-in person only. */
export function notificationsRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['notifications'];

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'Your notifications: unread first, then read, each newest first',
        querystring: notificationListQuery,
        response: { 200: notificationPageSchema, ...errors(400, 401) },
      },
    },
    async (req) => {
      const page = await service.listInbox(deps, contextOf(req), req.query);
      return {
        items: page.items.map((r) => toNotification(r, deps.i18n, req.locale)),
        nextCursor: page.nextCursor,
        unread: page.unread,
      };
    },
  );

  app.get(
    '/notifications/unread-count',
    {
      schema: {
        tags,
        summary: 'How many of your notifications are unread',
        response: { 200: unreadCountSchema, ...errors(401) },
      },
    },
    async (req) => ({ unread: await service.unreadCount(deps, contextOf(req)) }),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one notification read',
        params: idParams,
        response: { 200: okSchema, ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      await service.markRead(deps, contextOf(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Mark all your notifications read',
        response: { 200: z.object({ marked: z.number().int() }), ...errors(401) },
      },
    },
    async (req) => ({ marked: await service.markAllRead(deps, contextOf(req)) }),
  );

  app.get(
    '/notifications/settings',
    {
      schema: {
        tags,
        summary: 'What you get by e-mail',
        response: { 200: notificationSettingsSchema, ...errors(401) },
      },
    },
    async (req) => service.getSettings(deps, contextOf(req)),
  );

  app.put(
    '/notifications/settings',
    {
      schema: {
        tags,
        summary: 'Change what you get by e-mail (only the fields sent change)',
        body: notificationSettingsPatch,
        response: { 200: notificationSettingsSchema, ...errors(400, 401) },
      },
    },
    async (req) => service.updateSettings(deps, contextOf(req), req.body),
  );
}
