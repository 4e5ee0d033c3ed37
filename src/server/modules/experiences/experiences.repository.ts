import { sql } from 'kysely';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import type { ExperienceStatus, LocaleMap } from '../../db/schema.js';

/**
 * All SQL of the experience workflow: experiences, their versions and reviews, and the reference
 * rows their documents point to. (Search and attachments have their own repositories.)
 */

// Organisations and codes ---------------------------------------------------------------------

/** Directory organisations by id, with what deciding their visibility and naming them needs. */
export async function organisationsByIds(ex: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return ex
    .selectFrom('organisations')
    .select(['id', 'name', 'acronym', 'default_locale', 'visibility', 'country_code'])
    .where('id', 'in', ids)
    .execute();
}
export type OrganisationRecord = Awaited<ReturnType<typeof organisationsByIds>>[number];

/** The active codes of a vocabulary among `codes`. */
export async function activeVocabularyCodes(ex: Executor, vocabulary: string, codes: string[]) {
  if (codes.length === 0) return new Set<string>();
  const rows = await ex
    .selectFrom('vocabulary_items')
    .select('code')
    .where('vocabulary', '=', vocabulary)
    .where('active', '=', true)
    .where('code', 'in', codes)
    .execute();
  return new Set(rows.map((r) => r.code));
}

/** The active codes of an IATI code list among `codes`. */
export async function activeCodelistCodes(ex: Executor, list: string, codes: string[]) {
  if (codes.length === 0) return new Set<string>();
  const rows = await ex
    .selectFrom('codelist_items')
    .select('code')
    .where('list', '=', list)
    .where('status', '=', 'active')
    .where('code', 'in', codes)
    .execute();
  return new Set(rows.map((r) => r.code));
}

/** The active countries among `codes`. */
export async function knownCountries(ex: Executor, codes: string[]) {
  if (codes.length === 0) return new Set<string>();
  const rows = await ex
    .selectFrom('countries')
    .select('code')
    .where('status', '=', 'active')
    .where('code', 'in', codes)
    .execute();
  return new Set(rows.map((r) => r.code));
}

/** The known currencies among `codes`. */
export async function knownCurrencies(ex: Executor, codes: string[]) {
  if (codes.length === 0) return new Set<string>();
  const rows = await ex.selectFrom('currencies').select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code));
}

/** The active acceptance criteria of a review, in their order. */
export async function reviewCriteria(ex: Executor) {
  return ex
    .selectFrom('vocabulary_items')
    .select(['code', 'label', 'definition'])
    .where('vocabulary', '=', 'review_criterion')
    .where('active', '=', true)
    .orderBy('position')
    .orderBy('code')
    .execute() as Promise<{ code: string; label: LocaleMap; definition: LocaleMap }[]>;
}

// Experiences -----------------------------------------------------------------------------------

function experienceSelect(ex: Executor) {
  return ex
    .selectFrom('experiences as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .leftJoin('users as a', 'a.id', 'e.author_id')
    .leftJoin('users as r', 'r.id', 'e.reviewed_by')
    .select([
      'e.id',
      'e.organisation_id',
      'e.author_id',
      'e.status',
      'e.content',
      'e.content_updated_at',
      // Edits waiting for the next version: of the text (the stored flag, kept by the autosave)
      // or of the files (added or removed since the last publication, flagged on each file).
      sql<boolean>`e.has_pending_edits or exists (select 1 from experience_attachments x
        where x.experience_id = e.id and (x.pending or x.removal_pending))`.as('has_pending_edits'),
      'e.submitted_at',
      'e.published_version',
      'e.published_at',
      'e.reviewed_by',
      'e.reviewed_at',
      'e.last_verified_at',
      'e.reverify_reminded_at',
      'e.archived_at',
      'e.view_count',
      'e.is_demo',
      'e.created_at',
      'e.updated_at',
      'o.name as org_name',
      'o.acronym as org_acronym',
      'o.default_locale as org_locale',
      'o.visibility as org_visibility',
      'o.country_code as org_country',
      'a.display_name as author_name',
      'r.display_name as reviewer_name',
    ]);
}

/** One experience with its organisation, author and reviewer names; optionally locked. */
export async function findExperience(ex: Executor, id: string, opts: { lock?: boolean } = {}) {
  let q = experienceSelect(ex).where('e.id', '=', id);
  if (opts.lock) q = q.forUpdate('e');
  return q.executeTakeFirst();
}
export type ExperienceRecord = NonNullable<Awaited<ReturnType<typeof findExperience>>>;

type Insert = {
  organisationId: string;
  authorId: string | null;
  content: unknown;
  at: Date;
  isDemo: boolean;
};

export async function insertExperience(ex: Executor, v: Insert): Promise<string> {
  const row = await ex
    .insertInto('experiences')
    .values({
      organisation_id: v.organisationId,
      author_id: v.authorId,
      content: JSON.stringify(v.content),
      content_updated_at: v.at,
      is_demo: v.isDemo,
      created_at: v.at,
      updated_at: v.at,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return (row as { id: string }).id;
}

/** The workflow columns a use case may change (the content is given as a document). */
export interface ExperienceChange {
  status?: ExperienceStatus;
  content?: unknown;
  content_updated_at?: Date;
  has_pending_edits?: boolean;
  submitted_at?: Date | null;
  published_version?: number | null;
  published_at?: Date | null;
  reviewed_by?: string | null;
  reviewed_at?: Date | null;
  last_verified_at?: Date | null;
  reverify_reminded_at?: Date | null;
  archived_at?: Date | null;
  updated_at: Date;
}

export async function updateExperience(ex: Executor, id: string, change: ExperienceChange) {
  const { content, ...rest } = change;
  await ex
    .updateTable('experiences')
    .set({ ...rest, ...(content !== undefined && { content: JSON.stringify(content) }) } as never)
    .where('id', '=', id)
    .execute();
}

/** Counts one more read of a published experience. */
export async function countView(ex: Executor, id: string) {
  await ex
    .updateTable('experiences')
    .set((eb) => ({ view_count: eb('view_count', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Sets the view count (demo data, so "most viewed" has something to sort). */
export async function setViewCount(ex: Executor, id: string, count: number) {
  await ex.updateTable('experiences').set({ view_count: count }).where('id', '=', id).execute();
}

export async function deleteExperience(ex: Executor, id: string) {
  await ex.deleteFrom('experiences').where('id', '=', id).execute();
}

// Versions and reviews --------------------------------------------------------------------------

export async function insertVersion(
  ex: Executor,
  v: { experienceId: string; version: number; content: unknown; at: Date; by: string | null; note: string },
) {
  await ex
    .insertInto('experience_versions')
    .values({
      experience_id: v.experienceId,
      version: v.version,
      content: JSON.stringify(v.content),
      published_at: v.at,
      published_by: v.by,
      change_note: v.note,
    })
    .execute();
}

/** The published versions of an experience, newest first, without their content. */
export async function listVersions(ex: Executor, experienceId: string) {
  return ex
    .selectFrom('experience_versions')
    .select(['version', 'published_at', 'change_note'])
    .where('experience_id', '=', experienceId)
    .orderBy('version', 'desc')
    .execute();
}

/** One published version with its content. */
export async function findVersion(ex: Executor, experienceId: string, version: number) {
  return ex
    .selectFrom('experience_versions')
    .select(['version', 'content', 'published_at', 'change_note'])
    .where('experience_id', '=', experienceId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function insertReview(
  ex: Executor,
  v: {
    experienceId: string;
    reviewerId: string | null;
    decision: 'approved' | 'changes_requested';
    checklist: Record<string, boolean>;
    comment: string;
    at: Date;
  },
) {
  await ex
    .insertInto('experience_reviews')
    .values({
      experience_id: v.experienceId,
      reviewer_id: v.reviewerId,
      decision: v.decision,
      checklist: JSON.stringify(v.checklist),
      comment: v.comment,
      created_at: v.at,
    } as never)
    .execute();
}

/** The review decisions on an experience, newest first, with the reviewers' names. */
export async function listReviews(ex: Executor, experienceId: string) {
  return ex
    .selectFrom('experience_reviews as v')
    .leftJoin('users as u', 'u.id', 'v.reviewer_id')
    .select([
      'v.id',
      'v.decision',
      'v.checklist',
      'v.comment',
      'v.created_at',
      'u.display_name as reviewer_name',
    ])
    .where('v.experience_id', '=', experienceId)
    .orderBy('v.created_at', 'desc')
    .orderBy('v.id')
    .execute();
}
export type ReviewRecord = Awaited<ReturnType<typeof listReviews>>[number];

// Lists -----------------------------------------------------------------------------------------

/** The most rows "my experiences" and the review queue return (they are worklists, not archives). */
export const WORKLIST_MAX = 500;

/** Experiences the user wrote or may edit as an administrator or editor, newest change first. */
export async function listMine(ex: Executor, userId: string, editableOrgIds: string[]) {
  return experienceSelect(ex)
    .where((eb) =>
      eb.or([
        eb('e.author_id', '=', userId),
        ...(editableOrgIds.length ? [eb('e.organisation_id', 'in', editableOrgIds)] : []),
      ]),
    )
    .orderBy('e.updated_at', 'desc')
    .orderBy('e.id')
    .limit(WORKLIST_MAX)
    .execute();
}

/**
 * Experiences waiting for review (first submissions, and edits of published ones) that the actor
 * may review: brokers and administrators every one, a coordinator those of their countries'
 * organisations; never the actor's own. Oldest submission first.
 */
export async function listReviewQueue(ex: Executor, actor: Actor) {
  if (!actor.userId) return [];
  const everywhere = actor.isAdmin || actor.isBroker;
  if (!everywhere && actor.coordinatorOf.length === 0) return [];
  let q = experienceSelect(ex)
    .where('e.status', 'in', ['in_review', 'published'])
    .where('e.submitted_at', 'is not', null)
    .where((eb) => eb.or([eb('e.author_id', 'is', null), eb('e.author_id', '!=', actor.userId)]));
  if (!everywhere) q = q.where('o.country_code', 'in', actor.coordinatorOf);
  return q.orderBy('e.submitted_at').orderBy('e.id').limit(WORKLIST_MAX).execute();
}

// Re-verification reminders ---------------------------------------------------------------------

/**
 * Claims up to `limit` published experiences last verified before `before` whose owners were
 * not yet reminded, marking them reminded at `now`. Run inside the transaction that queues the
 * mail: a second instance waiting on the same rows finds them claimed and skips them.
 */
export async function claimStale(ex: Executor, before: Date, now: Date, limit: number) {
  const ids = ex
    .selectFrom('experiences')
    .select('id')
    .where('status', '=', 'published')
    .where('last_verified_at', '<', before)
    .where('reverify_reminded_at', 'is', null)
    .orderBy('last_verified_at')
    .limit(limit);
  const rows = await ex
    .updateTable('experiences')
    .set({ reverify_reminded_at: now })
    .where('id', 'in', ids)
    .where('reverify_reminded_at', 'is', null)
    .returning(['id'])
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Who is reminded about an experience: its author while they still belong to its organisation,
 * otherwise the organisation's administrators and editors. Active accounts only.
 */
export async function ownersToRemind(ex: Executor, e: { organisation_id: string; author_id: string | null }) {
  const base = () =>
    ex
      .selectFrom('users as u')
      .innerJoin('memberships as m', 'm.user_id', 'u.id')
      .select(['u.id', 'u.email', 'u.display_name', 'u.locale'])
      .where('m.organisation_id', '=', e.organisation_id)
      .where('u.status', '=', 'active');
  if (e.author_id) {
    const author = await base().where('u.id', '=', e.author_id).execute();
    if (author.length) return author;
  }
  return base().where('m.role', 'in', ['org_admin', 'editor']).orderBy('u.email').execute();
}

// Counts and audit scope --------------------------------------------------------------------------

/** Published experiences readers can find (not archived), for the home page. */
export async function countPublished(ex: Executor): Promise<number> {
  const r = await ex
    .selectFrom('experiences')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Where an experience sits, for reading its audit trail; once it is deleted, the organisation
 * its trail was written under (so its owners can still read the deletion).
 */
export async function auditScopeOf(ex: Executor, id: string) {
  const live = await ex
    .selectFrom('experiences as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(['o.id', 'o.country_code'])
    .where('e.id', '=', id)
    .executeTakeFirst();
  if (live) return live;
  return ex
    .selectFrom('audit_log as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select(['o.id', 'o.country_code'])
    .where('a.entity_type', '=', 'experience')
    .where('a.entity_id', '=', id)
    .orderBy('a.id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
