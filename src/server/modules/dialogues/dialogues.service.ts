import { randomUUID } from 'node:crypto';
import type { DialogueBody, DialoguePatch, SiteBody } from '../../../shared/contracts/dialogues.js';
import type { LocaleMap } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, conflict, notFound } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { knownCountries } from './agenda.repository.js';
import { calendarChanged } from './calendar-changes.js';
import { canReadConvened, dialoguePolicy } from './dialogues.policy.js';
import { convenedFacts } from './dialogues.presenter.js';
import * as repo from './dialogues.repository.js';
import { auditDialogue, convenerFor, jsonOf, whoOf } from './dialogues.support.js';
import { findParticipants } from './participants.repository.js';

/** Dialogues and their sites. Every write is audited in its transaction. */

const siteColumns = (s: SiteBody): repo.SiteColumns => ({
  city: s.city,
  country_code: s.countryCode,
  organisation_id: s.organisationId,
  venue: s.venue,
  room: s.room,
  connection: s.connection,
  time_zone: s.timeZone,
  preferred_from: s.preferredFrom,
  preferred_to: s.preferredTo,
  holidays: [...new Set(s.holidays)].sort(),
});

/** A series a dialogue may join: visible to the actor and convened by the same organisation. */
async function checkSeries(ex: Executor, actor: Actor, seriesId: string | null | undefined, orgId: string) {
  if (!seriesId) return;
  const series = await repo.findSeries(ex, seriesId);
  if (!series || !canReadConvened(actor, convenedFacts(series)))
    throw badRequest('errors:dialogues.noSuchSeries', 'seriesId');
  if (series.convener_organisation_id !== orgId)
    throw badRequest('errors:dialogues.seriesOfOtherConvener', 'seriesId');
}

/** Refuses, naming the field, a site in a country the reference table does not know. */
async function checkCountries(ex: Executor, sites: readonly SiteBody[]) {
  const codes = [...new Set(sites.flatMap((s) => (s.countryCode ? [s.countryCode] : [])))];
  const known = await knownCountries(ex, codes);
  sites.forEach((s, i) => {
    if (s.countryCode !== null && !known.has(s.countryCode))
      throw badRequest('errors:dialogues.unknownCountry', `sites.${i}.countryCode`, { code: s.countryCode });
  });
}

/**
 * Inserts a dialogue and its sites inside the caller's transaction: the one place a dialogue's
 * calendar UID is made. It never changes (RFC 5545); updates raise the SEQUENCE instead.
 */
export async function insertNewDialogue(
  trx: Executor,
  deps: AppDeps,
  ctx: RequestContext,
  values: repo.NewDialogueColumns,
  sites: readonly repo.SiteColumns[],
) {
  const at = deps.clock.now();
  const uid = randomUUID();
  const id = await repo.insertDialogue(trx, {
    ...values,
    id: uid,
    highlights: '{}',
    ics_uid: `${uid}@kxhub`,
    created_by: ctx.userId,
    created_at: at,
    updated_at: at,
  });
  await repo.replaceSites(trx, id, sites);
  return id;
}

/** Creates a dialogue with its sites, for an organisation the caller convenes for. */
export async function createDialogue(deps: AppDeps, ctx: RequestContext, b: DialogueBody) {
  return deps.db.transaction().execute(async (trx) => {
    const org = await convenerFor(trx, ctx.actor, b.convenerOrganisationId);
    await checkSeries(trx, ctx.actor, b.seriesId, org.id);
    await checkCountries(trx, b.sites);
    const id = await insertNewDialogue(
      trx,
      deps,
      ctx,
      {
        series_id: b.seriesId,
        convener_organisation_id: org.id,
        title: JSON.stringify(b.title),
        objectives: JSON.stringify(b.objectives),
        default_locale: b.defaultLocale,
        format: b.format,
        duration_minutes: b.durationMinutes,
        visibility: b.visibility,
      },
      b.sites.map(siteColumns),
    );
    await auditDialogue(
      trx,
      whoOf(ctx),
      { type: 'dialogue', id, organisationId: org.id },
      'dialogue.create',
      {
        after: b,
      },
    );
    return id;
  });
}

/** A dialogue the caller may see (else 404), with its sites. */
export async function getDialogue(deps: AppDeps, ctx: RequestContext, id: string) {
  const row = await repo.findDialogue(deps.db, id);
  if (!row || !canReadConvened(ctx.actor, convenedFacts(row)))
    throw notFound('errors:dialogues.dialogueNotFound');
  return { row, sites: await repo.findSites(deps.db, id) };
}

/** A dialogue the caller convenes (404 when unseen, 401/403 when not a convener). */
export async function dialogueToConvene(ex: Executor, actor: Actor, id: string) {
  const row = await repo.findDialogue(ex, id);
  if (!row || !canReadConvened(actor, convenedFacts(row)))
    throw notFound('errors:dialogues.dialogueNotFound');
  dialoguePolicy.authorize(actor, 'dialogue.convene', convenedFacts(row));
  return row;
}

/**
 * A dialogue the caller convenes, re-read after locking its row until the transaction ends, so
 * concurrent writes to it run one after the other. The check comes first: no lock for outsiders.
 */
export async function lockedToConvene(ex: Executor, actor: Actor, id: string) {
  await dialogueToConvene(ex, actor, id);
  await repo.lockDialogue(ex, id);
  return (await repo.findDialogue(ex, id))!; // locked: still there
}

/**
 * Whether an edit changes what the calendar entry of a scheduled dialogue shows (time, place,
 * title…): calendars already holding it must then get a raised SEQUENCE.
 */
function calendarMoved(before: repo.DialogueRecord, oldSites: repo.SiteRecord[], p: DialoguePatch) {
  if (before.status !== 'scheduled' || before.starts_at === null) return false;
  const was = {
    title: before.title as LocaleMap,
    objectives: before.objectives as LocaleMap,
    durationMinutes: before.duration_minutes,
    format: before.format,
    sites: oldSites,
  };
  return calendarChanged(was, {
    title: p.title ?? was.title,
    objectives: p.objectives ?? was.objectives,
    durationMinutes: p.durationMinutes ?? was.durationMinutes,
    format: p.format ?? was.format,
    sites: p.sites ? p.sites.map(siteColumns) : oldSites,
  });
}

/**
 * A site dropped from the list takes its participants with it (and their attendance): refused
 * while it has any, so nobody is uninvited by a sites edit; they are moved or removed first.
 */
async function checkRemovedSitesEmpty(
  ex: Executor,
  dialogueId: string,
  oldSites: repo.SiteRecord[],
  kept: ReadonlySet<string>,
) {
  const people = await findParticipants(ex, dialogueId);
  for (const site of oldSites) {
    if (kept.has(site.id)) continue;
    const count = people.filter((x) => x.site_id === site.id).length;
    if (count > 0)
      throw conflict('errors:dialogues.siteHasParticipants', 'sites', { city: site.city, count });
  }
}

/** Updates a dialogue; a `sites` list replaces the sites as a whole, in the same transaction. */
export async function updateDialogue(deps: AppDeps, ctx: RequestContext, id: string, p: DialoguePatch) {
  await deps.db.transaction().execute(async (trx) => {
    const before = await dialogueToConvene(trx, ctx.actor, id);
    if (p.seriesId !== undefined)
      await checkSeries(trx, ctx.actor, p.seriesId, before.convener_organisation_id);
    const oldSites = await repo.findSites(trx, id);
    if (p.sites) {
      const own = new Set(oldSites.map((s) => s.id));
      const seen = new Set<string>();
      p.sites.forEach((s, i) => {
        if (s.id && (!own.has(s.id) || seen.has(s.id)))
          throw badRequest('errors:dialogues.noSuchSite', `sites.${i}.id`);
        if (s.id) seen.add(s.id);
      });
      await checkCountries(trx, p.sites);
      await checkRemovedSitesEmpty(trx, id, oldSites, seen);
    }
    await repo.updateDialogue(
      trx,
      id,
      {
        series_id: p.seriesId,
        title: jsonOf(p.title),
        objectives: jsonOf(p.objectives),
        default_locale: p.defaultLocale,
        format: p.format,
        duration_minutes: p.durationMinutes,
        visibility: p.visibility,
        ...(calendarMoved(before, oldSites, p) ? { ics_sequence: before.ics_sequence + 1 } : {}),
      },
      deps.clock.now(),
    );
    if (p.sites) {
      await repo.replaceSites(
        trx,
        id,
        p.sites.map((s) => ({ ...siteColumns(s), id: s.id })),
      );
    }
    const was: Record<string, unknown> = {
      seriesId: before.series_id,
      title: before.title,
      objectives: before.objectives,
      defaultLocale: before.default_locale,
      format: before.format,
      durationMinutes: before.duration_minutes,
      visibility: before.visibility,
      sites: oldSites,
    };
    await auditDialogue(
      trx,
      whoOf(ctx),
      { type: 'dialogue', id, organisationId: before.convener_organisation_id },
      'dialogue.update',
      { before: Object.fromEntries(Object.keys(p).map((k) => [k, was[k]])), after: p },
    );
  });
}
