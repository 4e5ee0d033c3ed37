import type {
  Experience,
  ExperienceDocument,
  ExperienceSummary,
} from '../../../shared/contracts/experiences.js';
import { isStale, originalLocale } from '../../../shared/experience-rules.js';
import { type LocaleMap, localized, pickLocale } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import { canSee } from '../../platform/authz/visibility.js';
import { toAttachment } from './attachments.presenter.js';
import { asDocument, countryCodesOf } from './experiences.document.js';
import { experienceAbilities } from './experiences.policy.js';
import type { ExperienceRecord, OrganisationRecord } from './experiences.repository.js';
import { type ExperienceData, factsOf } from './experiences.service.js';

/** Experience rows → API objects by allow-list, names in the reader's language. */

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The author's name is shown to signed-in members only, like the contact. */
const person = (name: string | null, actor: Actor) => (actor.userId ? name : null);

/** A document as a reader sees it: visitors do not get the contact person. */
function forReader(doc: ExperienceDocument, actor: Actor): ExperienceDocument {
  return actor.userId ? doc : { ...doc, contact: { name: '', email: null } };
}

/** Names of the organisations the reader may see, in the reader's language, by id. */
function nameBook(orgs: OrganisationRecord[], actor: Actor, locale: string): Record<string, string> {
  const book: Record<string, string> = {};
  for (const o of orgs) {
    const visible = canSee(actor, {
      visibility: o.visibility,
      organisationId: o.id,
      countryCode: o.country_code,
    });
    if (visible) book[o.id] = localized(o.name as LocaleMap, locale, o.default_locale);
  }
  return book;
}

const orgName = (r: ExperienceRecord, locale: string) =>
  localized(r.org_name as LocaleMap, locale, r.org_locale) || r.org_acronym || '';

const staleOf = (r: ExperienceRecord, now: Date) =>
  r.status === 'published' && isStale(r.last_verified_at, now);

/** One experience: its published version, and the working copy and reviews for those who may see them. */
export function toExperience(d: ExperienceData, actor: Actor, locale: string): Experience {
  const { row } = d;
  const facts = factsOf(row);
  const abilities = experienceAbilities(actor, facts);
  // Archived experiences reach only their editors (readable() refuses everyone else).
  const published = d.published;
  return {
    id: row.id,
    organisation: { id: row.organisation_id, name: orgName(row, locale), countryCode: row.org_country },
    author: person(row.author_name, actor),
    status: row.status,
    published: published
      ? {
          version: published.version,
          content: forReader(asDocument(published.content), actor),
          publishedAt: new Date(published.published_at).toISOString(),
          // The reviewer vouches for the published story in an official role: shown to everyone.
          reviewedBy: row.reviewer_name,
          reviewedAt: iso(row.reviewed_at),
        }
      : null,
    draft: d.seesDraft
      ? { content: asDocument(row.content), updatedAt: row.content_updated_at.toISOString() }
      : null,
    lastVerifiedAt: row.published_version ? iso(row.last_verified_at) : null,
    stale: staleOf(row, d.now),
    hasPendingEdits: d.seesDraft ? row.has_pending_edits : false,
    submittedAt: d.seesDraft ? iso(row.submitted_at) : null,
    viewCount: Number(row.view_count),
    reviews: d.reviews.map((r) => ({
      id: r.id,
      reviewer: r.reviewer_name,
      decision: r.decision,
      checklist: (r.checklist ?? {}) as Record<string, boolean>,
      comment: r.comment,
      createdAt: new Date(r.created_at).toISOString(),
    })),
    attachments: d.attachments.map((a) => toAttachment(a, d.seesDraft)),
    organisationNames: nameBook(d.orgs, actor, locale),
    versions: d.versions.map((v) => ({
      version: v.version,
      publishedAt: new Date(v.published_at).toISOString(),
      changeNote: v.change_note,
    })),
    abilities,
  };
}

/** A published version as a reader sees it. */
export function toVersion(
  v: { version: number; content: unknown; published_at: Date | string; change_note: string },
  actor: Actor,
) {
  return {
    version: v.version,
    content: forReader(asDocument(v.content), actor),
    publishedAt: new Date(v.published_at).toISOString(),
    changeNote: v.change_note,
  };
}

/**
 * A row of "my experiences" or the review queue: titled from the working copy (what its owners
 * and reviewers work on), in the reader's language with a fallback to the original.
 */
export function toWorkSummary(r: ExperienceRecord, locale: string, now: Date): ExperienceSummary {
  const doc = asDocument(r.content);
  const original = originalLocale(doc);
  const title = pickLocale(doc.title, locale, original);
  const countries = countryCodesOf(doc);
  return {
    id: r.id,
    title: title?.text ?? '',
    titleLocale: title?.locale ?? locale,
    summary: localized(doc.summary, locale, original),
    snippet: null,
    organisation: { id: r.organisation_id, name: orgName(r, locale) },
    countryCodes: countries.length ? countries : r.org_country ? [r.org_country] : [],
    status: r.status,
    publishedAt: iso(r.published_at),
    lastVerifiedAt: r.published_version ? iso(r.last_verified_at) : null,
    stale: staleOf(r, now),
    viewCount: Number(r.view_count),
    languages: doc.languages.map((l) => l.locale),
    yearStart: doc.periodStart,
    yearEnd: doc.periodEnd,
    updatedAt: r.content_updated_at.toISOString(),
    submittedAt: iso(r.submitted_at),
    hasPendingEdits: r.has_pending_edits,
  };
}
