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
