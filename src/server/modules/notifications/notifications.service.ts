import type { NotificationSettings } from '../../../shared/contracts/notifications.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, notFound, unauthorized } from '../../platform/http/errors.js';
import { checkedCursor, decodeCursor, encodeCursor, pageOf } from '../../platform/http/pagination.js';
import type { AppDeps } from '../../platform/module.js';
import * as repo from './notifications.repository.js';
import { wordsFor } from './notifications.words.js';

/** Which e-mail choice a notification's mail obeys. */
export type EmailSetting = 'email_introductions' | 'email_expiry';

/** How a notification is also e-mailed: the mail.json template and the choice that allows it. */
export interface NotifyEmail {
  deps: Pick<AppDeps, 'mailer' | 'i18n' | 'config'>;
  setting: EmailSetting;
  /** Key in mail.json holding `subject` and `body`, e.g. `introductions.proposed`. */
  template: string;
}

/**
 * Puts a notification in each person's inbox, inside the caller's transaction (so it exists
 * exactly when the change does), and queues the e-mail in each recipient's language for those
 * who want it. `params` hold names and titles as locale maps; `link` is a path of the web app.
 * Returns how many e-mails were queued.
 */
export async function notify(
  ex: Executor,
  userIds: readonly string[],
  kind: string,
  params: Record<string, unknown>,
  link: string | null,
  email?: NotifyEmail,
): Promise<number> {
  const ids = [...new Set(userIds)];
  await repo.insertNotifications(
    ex,
    ids.map((user_id) => ({ user_id, kind, params, link })),
  );
  if (!email) return 0;
  const { deps, setting, template } = email;
  let queued = 0;
  for (const r of await repo.recipients(ex, ids)) {
    if (!r[setting]) continue;
    const vars = {
      ...wordsFor(params, r.locale),
      name: r.display_name,
      link: `${deps.config.PUBLIC_URL}${link ?? '/'}`,
      settingsLink: `${deps.config.PUBLIC_URL}${SETTINGS_PATH}`,
    };
    await deps.mailer.enqueue(ex, {
      kind: `notification_${kind}`,
      to: r.email,
      subject: deps.i18n.t(r.locale, `mail:${template}.subject`, vars),
      text: deps.i18n.t(r.locale, `mail:${template}.body`, vars),
    });
    queued++;
  }
  return queued;
}

/** The web app's page where a person changes what they get by e-mail. */
export const SETTINGS_PATH = '/notifications/settings';

function signedIn(ctx: RequestContext): string {
  if (!ctx.userId) throw unauthorized();
  return ctx.userId;
}

/**
 * The inbox cursor's key: `v` is the last row's read state ("u" or "r"), a colon, then its
 * creation time; the time and id are checked like any timestamp cursor before reaching SQL.
 */
function inboxCursor(cursor: string | undefined): repo.InboxKey | null {
  const raw = decodeCursor(cursor);
  if (!raw) return null;
  const parts = typeof raw.v === 'string' ? /^([ur]):(.+)$/.exec(raw.v) : null;
  if (!parts) throw badRequest('errors:cursor.invalid', 'cursor');
  const after = checkedCursor(encodeCursor({ v: parts[2] ?? '', id: raw.id }), 'timestamp');
  return after && { read: parts[1] === 'r', ...after };
}

/** One page of the caller's inbox, unread first and then newest first, with the number still unread. */
export async function listInbox(
  deps: AppDeps,
  ctx: RequestContext,
  q: { cursor?: string | undefined; limit: number; unread: boolean },
) {
  const userId = signedIn(ctx);
  const after = inboxCursor(q.cursor);
  const rows = await repo.listNotifications(deps.db, userId, q.unread, after, q.limit);
  const page = pageOf(rows, q.limit, (r) => ({ v: `${r.read_at ? 'r' : 'u'}:${r.sort_key}`, id: r.id }));
  return { ...page, unread: await repo.countUnread(deps.db, userId) };
}

export async function unreadCount(deps: AppDeps, ctx: RequestContext) {
  return repo.countUnread(deps.db, signedIn(ctx));
}

/** Marks one of the caller's notifications read (someone else's is "not found"). */
export async function markRead(deps: AppDeps, ctx: RequestContext, id: string) {
  const ok = await repo.markRead(deps.db, signedIn(ctx), id, deps.clock.now());
  if (!ok) throw notFound('errors:notifications.notFound');
}

export async function markAllRead(deps: AppDeps, ctx: RequestContext) {
  return repo.markAllRead(deps.db, signedIn(ctx), deps.clock.now());
}

export async function getSettings(deps: AppDeps, ctx: RequestContext): Promise<NotificationSettings> {
  const s = await repo.findSettings(deps.db, signedIn(ctx));
  return {
    weeklyDigest: s?.weekly_digest ?? true,
    emailIntroductions: s?.email_introductions ?? true,
    emailExpiry: s?.email_expiry ?? true,
  };
}

export async function updateSettings(
  deps: AppDeps,
  ctx: RequestContext,
  patch: Partial<NotificationSettings>,
) {
  const userId = signedIn(ctx);
  await repo.upsertSettings(
    deps.db,
    userId,
    {
      ...(patch.weeklyDigest !== undefined && { weekly_digest: patch.weeklyDigest }),
      ...(patch.emailIntroductions !== undefined && { email_introductions: patch.emailIntroductions }),
      ...(patch.emailExpiry !== undefined && { email_expiry: patch.emailExpiry }),
    },
    deps.clock.now(),
  );
  return getSettings(deps, ctx);
}
