import type { z } from 'zod';
import type { dialogueListQuery, seriesListQuery } from '../../../shared/contracts/dialogues.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest } from '../../platform/http/errors.js';
import { checkedCursor, decodeCursor, encodeCursor, pageOf } from '../../platform/http/pagination.js';
import type { AppDeps } from '../../platform/module.js';
import * as list from './dialogue-list.repository.js';
import { toDialogueSummary, toSeries } from './dialogues.presenter.js';

/** The dialogue and series lists, page by page. */

/**
 * The dialogue cursor's key: `v` is the last row's start (empty while planning), a bar, then its
 * creation time; each time and the id are checked like any timestamp cursor before reaching SQL.
 */
function dialogueCursor(cursor: string | undefined): list.DialogueAfter | null {
  const raw = decodeCursor(cursor);
  if (!raw) return null;
  const parts = typeof raw.v === 'string' ? raw.v.split('|') : [];
  const [start, created] = parts;
  if (parts.length !== 2 || start === undefined || created === undefined)
    throw badRequest('errors:cursor.invalid', 'cursor');
  const check = (v: string) => checkedCursor(encodeCursor({ v, id: raw.id }), 'timestamp')!.v;
  return { start: start === '' ? null : check(start), created: check(created), id: raw.id };
}

/** One page of the dialogues the caller may see, each with its site count and convener's clock. */
export async function listDialogues(
  deps: AppDeps,
  ctx: RequestContext,
  q: z.infer<typeof dialogueListQuery>,
) {
  const after = dialogueCursor(q.cursor);
  const filter = {
    seriesId: q.series,
    organisationId: q.organisation,
    countryCode: q.country,
    when: q.when,
    now: deps.clock.now(),
  };
  const rows = await list.listDialogues(deps.db, ctx.actor, filter, after, q.limit);
  const page = pageOf(rows, q.limit, (r) => ({ v: `${r.start_key ?? ''}|${r.created_key}`, id: r.id }));
  const sites = await list.listedSites(
    deps.db,
    page.items.map((r) => r.id),
  );
  const sitesOf = (id: string) => sites.filter((s) => s.dialogue_id === id);
  return {
    items: page.items.map((r) => toDialogueSummary(r, sitesOf(r.id), ctx.actor, ctx.locale)),
    nextCursor: page.nextCursor,
  };
}

/** One page of the series the caller may see, newest first. */
export async function listSeries(deps: AppDeps, ctx: RequestContext, q: z.infer<typeof seriesListQuery>) {
  const after = checkedCursor(q.cursor, 'timestamp');
  const rows = await list.listSeries(deps.db, ctx.actor, after, q.limit);
  const page = pageOf(rows, q.limit, (r) => ({ v: r.sort_key, id: r.id }));
  return { items: page.items.map((r) => toSeries(r, ctx.actor, ctx.locale)), nextCursor: page.nextCursor };
}
