import type { z } from 'zod';
import type { notificationSchema } from '../../../shared/contracts/notifications.js';

// Type-only: the contract gives the shape; no Zod code reaches the browser.
export type Notification = z.infer<typeof notificationSchema>;

/** A loaded notification and whether it counts as read now (the server's word, or read here). */
export interface InboxEntry {
  notification: Notification;
  read: boolean;
}

export interface InboxSections {
  /** Unread when they arrived on this page, newest first. */
  fresh: InboxEntry[];
  /** Already read when they arrived, newest first. */
  earlier: InboxEntry[];
}

/** What was marked read on this page: some notifications, or all of them. */
export type ReadHere = ReadonlySet<string> | 'all';

const newestFirst = (a: InboxEntry, b: InboxEntry) =>
  b.notification.createdAt.localeCompare(a.notification.createdAt) ||
  b.notification.id.localeCompare(a.notification.id);

/**
 * Splits the loaded notifications into the ones that were unread when they arrived and the
 * rest. A notification read here keeps its place (shown as read), so the list never moves under
 * the reader's pointer or focus. The server lists unread ones first, so one read while paging can
 * come again among the read ones of a later page: the first copy wins.
 */
export function inboxSections(items: readonly Notification[], readHere: ReadHere): InboxSections {
  const seen = new Set<string>();
  const fresh: InboxEntry[] = [];
  const earlier: InboxEntry[] = [];
  for (const n of items) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    const read = n.read || readHere === 'all' || readHere.has(n.id);
    (n.read ? earlier : fresh).push({ notification: n, read });
  }
  return { fresh: fresh.sort(newestFirst), earlier: earlier.sort(newestFirst) };
}

/** Adds one notification to what was marked read here. */
export function withRead(readHere: ReadHere, id: string): ReadHere {
  return readHere === 'all' ? readHere : new Set(readHere).add(id);
}

/**
 * The app path a notification points to, or null. Links are paths of this web app; anything
 * else (another site, `//host`) is not followed, whatever the data says.
 */
export function inboxTarget(link: string | null): string | null {
  if (!link?.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return link;
}

export type InboxAbout = 'introduction' | 'need' | 'offer' | 'dialogue';

/** What kind of record a notification is about, read from its path (/introductions/:id …). */
export function aboutOf(path: string | null): InboxAbout | null {
  const kind = path?.match(/^\/(introductions|needs|offers|dialogues)\/[^/?#]+/)?.[1];
  if (kind === 'introductions') return 'introduction';
  if (kind === 'needs') return 'need';
  if (kind === 'offers') return 'offer';
  if (kind === 'dialogues') return 'dialogue';
  return null;
}
