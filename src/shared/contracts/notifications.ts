import { z } from 'zod';
import { pageQuerySchema, uuidSchema } from './common.js';

/** The in-app inbox and what each person wants by e-mail. */

export const notificationSchema = z
  .object({
    id: uuidSchema,
    kind: z.string().describe('introduction_proposed, dialogue_invited, dialogue_action_assigned, …'),
    text: z.string().describe('What happened, in the reader’s language'),
    link: z.string().nullable().describe('Where to look (a path of the web app)'),
    read: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Notification' });

export const notificationListQuery = pageQuerySchema.extend({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('true: only unread ones'),
});

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  unread: z.number().int(),
});

export const unreadCountSchema = z.object({ unread: z.number().int() });

export const notificationSettingsSchema = z
  .object({
    weeklyDigest: z.boolean().describe('A weekly e-mail with new strong matches of your needs'),
    emailIntroductions: z.boolean().describe('E-mails when introductions are proposed or answered'),
    emailExpiry: z.boolean().describe('E-mails before your needs and offers expire'),
  })
  .meta({ id: 'NotificationSettings' });
export const notificationSettingsPatch = notificationSettingsSchema.partial();
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
