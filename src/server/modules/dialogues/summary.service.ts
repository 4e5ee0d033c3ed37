import type { DialogueSummaryResult, SummaryBody } from '../../../shared/contracts/dialogue-followup.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, conflict } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { dialoguePolicy } from './dialogues.policy.js';
import { convenedFacts } from './dialogues.presenter.js';
import type { DialogueRecord } from './dialogues.repository.js';
import * as repo from './dialogues.repository.js';
import { getDialogue, lockedToConvene } from './dialogues.service.js';
import { auditDialogueChange } from './dialogues.support.js';
import { checkBaseRevision } from './revisions.js';
import { type SummaryParts, summaryAsBody, toSummary } from './summary.presenter.js';
import type { IdeaRecord, TopicRecord } from './summary.repository.js';
import * as summary from './summary.repository.js';

/**
 * A dialogue's summary: overall highlights and key ideas under topics, replaced as a whole by its
 * conveners (one transaction, ids kept, like the agenda) and read by whoever sees the dialogue
 * once published. Drafts are saved at any status; publishing marks a held dialogue summarised.
 * Every save, publishing included, raises the summary's revision; a save based on an older one is
 * refused (revisions.ts). Attendance is not the summary's text and leaves the revision alone.
 */

/** Statuses in which the summary may be published (the dialogue has taken place). */
const PUBLISHABLE = new Set(['held', 'summarised']);

/** Everything the summary shows, read with `ex` (the transaction, when writing). */
export async function loadSummary(ex: Executor, row: DialogueRecord): Promise<SummaryParts> {
  // One after the other: inside a transaction they share one connection anyway.
  const topics = await summary.findTopics(ex, row.id);
  const ideas = await summary.findIdeas(ex, row.id);
  const sites = await summary.siteAttendance(ex, row.id);
  const names = await summary.tagNames(
    ex,
    ideas.flatMap((i) => (i.dimension ? [i.dimension] : [])),
    ideas.flatMap((i) => (i.sector ? [i.sector] : [])),
  );
  return { row, topics, ideas, sites, names };
}

/**
 * The summary as the actor may read it: until it is published, highlights and key ideas are a
 * draft that only the conveners see (attendance is a fact and stays visible).
 */
export async function readableSummary(ex: Executor, row: DialogueRecord, actor: Actor) {
  const parts = await loadSummary(ex, row);
  if (row.status === 'summarised' || dialoguePolicy.can(actor, 'dialogue.convene', convenedFacts(row)))
    return parts;
  return { ...parts, row: { ...row, highlights: {} }, topics: [], ideas: [] };
}

/** The summary of a dialogue the caller may see (else 404). */
export async function getSummary(deps: AppDeps, ctx: RequestContext, id: string) {
  const { row } = await getDialogue(deps, ctx, id);
  return toSummary(await readableSummary(deps.db, row, ctx.actor), ctx.locale);
}

/** Refuses, naming the field, a topic or idea id that is not this summary's or is repeated. */
function checkIds(b: SummaryBody, topics: readonly TopicRecord[], ideas: readonly IdeaRecord[]) {
  const knownTopics = new Set(topics.map((t) => t.id));
  const knownIdeas = new Set(ideas.map((i) => i.id));
  const seenTopics = new Set<string>();
  const seenIdeas = new Set<string>();
  b.topics.forEach((t, n) => {
    if (t.id !== undefined) {
      if (!knownTopics.has(t.id)) throw badRequest('errors:dialogues.noSuchTopic', `topics.${n}.id`);
      if (seenTopics.has(t.id)) throw badRequest('errors:dialogues.duplicateTopic', `topics.${n}.id`);
      seenTopics.add(t.id);
    }
    t.ideas.forEach((i, m) => {
      if (i.id === undefined) return;
      const field = `topics.${n}.ideas.${m}.id`;
      if (!knownIdeas.has(i.id)) throw badRequest('errors:dialogues.noSuchIdea', field);
      if (seenIdeas.has(i.id)) throw badRequest('errors:dialogues.duplicateIdea', field);
      seenIdeas.add(i.id);
    });
  });
}

/**
 * Refuses, naming the field, the first dimension or sector code that cannot tag an idea. Codes
 * the summary already holds stay accepted, so a save never fails on a code retired since.
 */
async function checkTags(ex: Executor, b: SummaryBody, held: readonly IdeaRecord[]) {
  const all = b.topics.flatMap((t) => t.ideas);
  const usable = await summary.usableTags(
    ex,
    all.flatMap((i) => (i.dimension ? [i.dimension] : [])),
    all.flatMap((i) => (i.sector ? [i.sector] : [])),
  );
  for (const h of held) {
    if (h.dimension) usable.dimensions.add(h.dimension);
    if (h.sector) usable.sectors.add(h.sector);
  }
  b.topics.forEach((t, n) => {
    t.ideas.forEach((i, m) => {
      const at = `topics.${n}.ideas.${m}`;
      if (i.dimension !== null && !usable.dimensions.has(i.dimension))
        throw badRequest('errors:dialogues.unknownDimension', `${at}.dimension`, { code: i.dimension });
      if (i.sector !== null && !usable.sectors.has(i.sector))
        throw badRequest('errors:dialogues.unknownSector', `${at}.sector`, { code: i.sector });
    });
  });
}

/** Replaces the summary with `b` (topics and ideas in their order); `publish` marks it summarised. */
export async function putSummary(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  b: SummaryBody,
): Promise<DialogueSummaryResult> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockedToConvene(trx, ctx.actor, id);
    checkBaseRevision(row.summary_revision, b.baseRevision, 'errors:dialogues.staleSummary');
    const before = await loadSummary(trx, row);
    checkIds(b, before.topics, before.ideas);
    await checkTags(trx, b, before.ideas);
    if (b.publish && !PUBLISHABLE.has(row.status))
      throw conflict('errors:dialogues.publishNotHeld', 'publish');
    await summary.replaceTopics(
      trx,
      id,
      b.topics.map((t) => ({
        id: t.id,
        title: JSON.stringify(t.title),
        ideas: t.ideas.map((i) => ({
          id: i.id,
          text: JSON.stringify(i.text),
          dimension: i.dimension,
          sector: i.sector,
        })),
      })),
    );
    await repo.updateDialogue(
      trx,
      id,
      {
        highlights: JSON.stringify(b.highlights),
        summary_revision: row.summary_revision + 1,
        ...(b.publish ? { status: 'summarised' as const } : {}),
      },
      deps.clock.now(),
    );
    await auditDialogueChange(trx, ctx, row, b.publish ? 'dialogue.summary.publish' : 'dialogue.summary', {
      before: summaryAsBody(before),
      after: b,
    });
    const after = (await repo.findDialogue(trx, id))!;
    return toSummary(await loadSummary(trx, after), ctx.locale);
  });
}
