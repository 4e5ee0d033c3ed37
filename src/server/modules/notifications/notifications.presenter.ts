import type { z } from 'zod';
import type { notificationSchema } from '../../../shared/contracts/notifications.js';
import type { ServerI18n } from '../../platform/i18n.js';
import type { NotificationRecord } from './notifications.repository.js';
import { wordsFor } from './notifications.words.js';

/** A notification as the reader sees it: the words made now, in the reader's language. */
export function toNotification(
  r: NotificationRecord,
  i18n: ServerI18n,
  locale: string,
): z.infer<typeof notificationSchema> {
  const params = (r.params ?? {}) as Record<string, unknown>;
  return {
    id: r.id,
    kind: r.kind,
    text: i18n.t(locale, `notifications:kinds.${r.kind}`, wordsFor(params, locale)),
    link: r.link,
    read: r.read_at !== null,
    createdAt: r.created_at.toISOString(),
  };
}
