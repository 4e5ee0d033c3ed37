import type { Executor } from '../../db/executor.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';
import { badRequest } from '../../platform/http/errors.js';
import { decodeCursor } from '../../platform/http/pagination.js';
import { type CodeKind, usableCodes } from './expertise.repository.js';

/** What the capability and expert services share: search text, code checks, cursors, audit. */

/** Lower-cased, accent-free text for typo-tolerant search ("Mexico" finds "México"). */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The search text of several texts (locale maps or strings), normalised. */
export function searchTextOf(...parts: (Record<string, string | undefined> | string | null | undefined)[]) {
  const texts = parts.flatMap((p) => (p && typeof p === 'object' ? Object.values(p) : [p]));
  return normalise(texts.filter(Boolean).join(' '));
}

/** Codes without repeats, in the order given. */
export const distinct = (codes: string[]) => [...new Set(codes)];

const ERROR_OF = {
  sector: 'errors:expertise.unknownSector',
  sdg: 'errors:expertise.unknownSdgTarget',
  instrument: 'errors:expertise.unknownInstrument',
  language: 'errors:expertise.unknownLanguage',
} as const;

/**
 * Refuses the first code the database does not know (or no longer offers), naming the field
 * and the code. Codes the record already holds stay accepted, so an edit never fails on a
 * code retired since it was chosen.
 */
export async function checkCodes(
  ex: Executor,
  field: string,
  kind: CodeKind,
  codes: string[] | undefined,
  alreadyHeld: readonly string[] = [],
) {
  if (!codes?.length) return;
  const fresh = codes.filter((c) => !alreadyHeld.includes(c));
  const known = await usableCodes(ex, kind, fresh);
  const unknown = fresh.find((c) => !known.has(c));
  if (unknown !== undefined) throw badRequest(ERROR_OF[kind], field, { code: unknown });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SORT_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$/;
const isRealInstant = (v: string) => {
  const d = new Date(`${v.slice(0, 19)}Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 19) === v.slice(0, 19);
};

/** The keyset of a cursor, checked before it reaches SQL (a bad uuid or date would be a 500). */
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

export const isUuid = (id: string) => UUID.test(id);

/** One audit entry on the capability's or expert's own trail, filed under its organisation. */
export async function auditExpertise(
  ex: Executor,
  who: { actorId: string | null; requestId: string | null },
  entity: { type: 'capability' | 'expert'; id: string; organisationId: string },
  action: string,
  change: { before?: unknown; after?: unknown },
) {
  await recordAudit(ex, {
    actorId: who.actorId,
    action,
    entityType: entity.type,
    entityId: entity.id,
    organisationId: entity.organisationId,
    ...change,
    requestId: who.requestId,
  });
}
