import type { AgendaBody, AgendaResult, SegmentBody } from '../../../shared/contracts/dialogues.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { segmentAsBody, toAgenda } from './agenda.presenter.js';
import type { SegmentRecord } from './agenda.repository.js';
import * as agenda from './agenda.repository.js';
import * as repo from './dialogues.repository.js';
import { getDialogue, lockedToConvene } from './dialogues.service.js';
import { auditDialogueChange } from './dialogues.support.js';
import { checkBaseRevision } from './revisions.js';

/**
 * A dialogue's agenda: read by whoever sees the dialogue, replaced as a whole by its conveners
 * (one transaction, so a reorder is atomic). A total longer than the dialogue is saved and
 * reported as a warning; what cannot be stored (an unknown site, segment or country) is refused.
 * Every save raises the agenda's revision; a save based on an older one is refused (revisions.ts).
 */

/** The timed agenda of a dialogue the caller may see (else 404). */
export async function getAgenda(deps: AppDeps, ctx: RequestContext, id: string): Promise<AgendaResult> {
  const { row, sites } = await getDialogue(deps, ctx, id);
  return toAgenda(row, sites, await agenda.findSegments(deps.db, id));
}

/** Refuses, naming the field, the first segment that points at something the dialogue lacks. */
async function checkSegments(
  ex: Executor,
  segments: readonly SegmentBody[],
  siteIds: ReadonlySet<string>,
  current: readonly SegmentRecord[],
) {
  const known = new Set(current.map((s) => s.id));
  const seen = new Set<string>();
  const countries = await agenda.knownCountries(ex, [
    ...new Set(segments.flatMap((s) => (s.countryCode ? [s.countryCode] : []))),
  ]);
  segments.forEach((s, i) => {
    if (s.id !== undefined) {
      if (!known.has(s.id)) throw badRequest('errors:dialogues.noSuchSegment', `segments.${i}.id`);
      if (seen.has(s.id)) throw badRequest('errors:dialogues.duplicateSegment', `segments.${i}.id`);
      seen.add(s.id);
    }
    if (s.siteId !== null && !siteIds.has(s.siteId))
      throw badRequest('errors:dialogues.noSuchSite', `segments.${i}.siteId`);
    if (s.countryCode !== null && !countries.has(s.countryCode))
      throw badRequest('errors:dialogues.unknownCountry', `segments.${i}.countryCode`, {
        code: s.countryCode,
      });
  });
}

/** Replaces the agenda with `b.segments` in their order; returns the timed agenda. */
export async function putAgenda(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  b: AgendaBody,
): Promise<AgendaResult> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockedToConvene(trx, ctx.actor, id);
    checkBaseRevision(row.agenda_revision, b.baseRevision, 'errors:dialogues.staleAgenda');
    const sites = await repo.findSites(trx, id);
    const before = await agenda.findSegments(trx, id);
    await checkSegments(trx, b.segments, new Set(sites.map((s) => s.id)), before);
    await agenda.replaceSegments(
      trx,
      id,
      b.segments.map((s) => ({
        ...(s.id ? { id: s.id } : {}),
        kind: s.kind,
        title: JSON.stringify(s.title),
        minutes: s.minutes,
        site_id: s.siteId,
        country_code: s.countryCode,
        speaker: s.speaker,
        moderator: s.moderator,
      })),
    );
    const revision = row.agenda_revision + 1;
    await repo.updateDialogue(trx, id, { agenda_revision: revision }, deps.clock.now());
    await auditDialogueChange(trx, ctx, row, 'dialogue.agenda', {
      before: before.map(segmentAsBody),
      after: b.segments,
    });
    return toAgenda({ ...row, agenda_revision: revision }, sites, await agenda.findSegments(trx, id));
  });
}
