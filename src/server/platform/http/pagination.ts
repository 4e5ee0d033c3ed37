import { badRequest } from './errors.js';

/**
 * Opaque keyset cursors: the sort value and id of the last row of a page, so pages stay
 * stable while records are added (offsets would skip or repeat rows).
 */
export interface CursorKey {
  v: string | number | null;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor from the query string; a tampered cursor is a 400 naming `cursor`. */
export function decodeCursor(cursor: string | undefined): CursorKey | null {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorKey;
    if (typeof parsed.id !== 'string') throw new Error('no id');
    return parsed;
  } catch {
    throw badRequest('errors:cursor.invalid', 'cursor');
  }
}

/** Splits a `limit + 1` fetch into a page and the cursor for the next one. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SORT_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$/;

/** True when a `YYYY-MM-DDTHH:MM:SS` text names a real instant (no 30 February). */
const isRealInstant = (v: string) => {
  const d = new Date(`${v.slice(0, 19)}Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 19) === v.slice(0, 19);
};

/**
 * The keyset of a cursor over a list sorted by a text or by a creation time (then a uuid),
 * checked before it reaches SQL: a tampered id or date would otherwise fail the ::uuid /
 * ::timestamp casts and surface as a 500.
 */
export function checkedCursor(cursor: string | undefined, key: 'text' | 'timestamp') {
  const after = decodeCursor(cursor);
  if (!after) return null;
  const { v, id } = after;
  const valid =
    UUID.test(id) &&
    typeof v === 'string' &&
    (key === 'text' || (SORT_TIMESTAMP.test(v) && isRealInstant(v)));
  if (!valid) throw badRequest('errors:cursor.invalid', 'cursor');
  return { v, id };
}
