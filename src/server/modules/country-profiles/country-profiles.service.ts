import type { z } from 'zod';
import type { ProfileDocument, profileDraftBody } from '../../../shared/contracts/country-profiles.js';
import { diffProfiles } from '../../../shared/country-profile-diff.js';
import { publishProblems } from '../../../shared/country-profile-rules.js';
import type { Actor } from '../../../shared/permissions.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { Executor } from '../../db/executor.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';
import { canSee } from '../../platform/authz/visibility.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, badRequestAll, conflict, notFound } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { requireCountry } from './countries.service.js';
import { asDocument, emptyDocument, organisationIdsOf } from './country-profiles.document.js';
import { countryProfilePolicy } from './country-profiles.policy.js';
import * as repo from './country-profiles.repository.js';

/** Who makes a change: a signed-in user (with their roles) or the platform itself (seed, CLI). */
interface Who {
  actor: Actor | null;
  userId: string | null;
  requestId: string;
}
const whoOf = (ctx: RequestContext): Who => ({
  actor: ctx.actor,
  userId: ctx.userId,
  requestId: ctx.requestId,
});
const PLATFORM: Who = { actor: null, userId: null, requestId: 'platform' };

async function audit(ex: Executor, who: Who, action: string, code: string, change: object) {
  await recordAudit(ex, {
    actorId: who.userId,
    action,
    entityType: 'country_profile',
    entityId: code,
    ...change,
    requestId: who.requestId,
  });
}

/** The changes between two documents as audit before/after objects keyed by field path. */
function changeSet(before: ProfileDocument, after: ProfileDocument) {
  const changes = diffProfiles(before, after);
  return {
    before: Object.fromEntries(changes.map((c) => [c.path, c.before])),
    after: Object.fromEntries(changes.map((c) => [c.path, c.after])),
    count: changes.length,
  };
}

/**
 * Checks every code and reference of a document against the database, naming the field path
 * (`draft.bodies.1.organisationId`). Organisations the actor may not see count as unknown.
 */
async function checkDocument(ex: Executor, doc: ProfileDocument, actor: Actor | null, prefix = 'draft') {
  if (doc.countryRole) {
    const known = await repo.activeVocabularyCodes(ex, 'country_role', [doc.countryRole]);
    if (!known.has(doc.countryRole))
      throw badRequest('errors:countryProfiles.unknownRole', `${prefix}.countryRole`, {
        code: doc.countryRole,
      });
  }
  const modalities = await repo.activeVocabularyCodes(ex, 'ssc_modality', doc.modalities);
  doc.modalities.forEach((code, i) => {
    if (!modalities.has(code))
      throw badRequest('errors:countryProfiles.unknownModality', `${prefix}.modalities.${i}`, { code });
  });
  const orgs = await repo.organisationsByIds(ex, [...new Set(organisationIdsOf(doc))]);
  const known = new Set(
    orgs
      .filter(
        (o) =>
          !actor ||
          canSee(actor, { visibility: o.visibility, organisationId: o.id, countryCode: o.country_code }),
      )
      .map((o) => o.id),
  );
  doc.bodies.forEach((b, i) => {
    if (b.organisationId && !known.has(b.organisationId))
      throw badRequest('errors:countryProfiles.unknownOrganisation', `${prefix}.bodies.${i}.organisationId`);
  });
  doc.coordination.memberIds.forEach((id, i) => {
    if (!known.has(id))
      throw badRequest('errors:countryProfiles.unknownOrganisation', `${prefix}.coordination.memberIds.${i}`);
  });
}

function authorizeEdit(who: Who, code: string, hasProfile: boolean) {
  if (who.actor)
    countryProfilePolicy.authorize(who.actor, 'country_profile.edit', { countryCode: code, hasProfile });
}

// Use cases, shared by the HTTP routes and the platform (seed) entry points -------------------

async function create(
  deps: AppDeps,
  who: Who,
  code: string,
  draft: ProfileDocument | undefined,
  isDemo: boolean,
) {
  return deps.db
    .transaction()
    .execute(async (trx) => {
      if (!(await repo.findCountry(trx, code)))
        throw badRequest('errors:countryProfiles.unknownCountry', 'code', { code });
      authorizeEdit(who, code, false);
      if (await repo.findProfile(trx, code)) throw conflict('errors:countryProfiles.exists', 'code');
      const doc = draft ?? emptyDocument();
      await checkDocument(trx, doc, who.actor);
      await repo.insertProfile(trx, { code, draft: doc, userId: who.userId, now: deps.clock.now(), isDemo });
      const { before: _b, count: _c, ...change } = changeSet(emptyDocument(), doc);
      await audit(trx, who, 'country_profile.create', code, change);
    })
    .catch((err: unknown) => {
      throw isUniqueViolation(err) ? conflict('errors:countryProfiles.exists', 'code') : err;
    });
}

async function saveDraft(deps: AppDeps, who: Who, code: string, body: z.infer<typeof profileDraftBody>) {
  await deps.db.transaction().execute(async (trx) => {
    await requireCountry(trx, code);
    authorizeEdit(who, code, true);
    const profile = await repo.findProfile(trx, code, { lock: true });
    if (!profile) throw notFound('errors:countryProfiles.notFound');
    if (body.baseUpdatedAt && new Date(body.baseUpdatedAt) < profile.draft_updated_at)
      throw conflict('errors:countryProfiles.staleDraft', 'baseUpdatedAt');
    await checkDocument(trx, body.draft, who.actor);
    const { count, ...change } = changeSet(asDocument(profile.draft), body.draft);
    if (count === 0) return; // nothing changed: nothing to save or record
    await repo.updateDraft(trx, code, { draft: body.draft, userId: who.userId, now: deps.clock.now() });
    await audit(trx, who, 'country_profile.save_draft', code, change);
  });
}

async function publish(deps: AppDeps, who: Who, code: string, changeNote: string, at?: Date) {
  return deps.db.transaction().execute(async (trx) => {
    await requireCountry(trx, code);
    authorizeEdit(who, code, true);
    const profile = await repo.findProfile(trx, code, { lock: true });
    if (!profile) throw notFound('errors:countryProfiles.notFound');
    const doc = asDocument(profile.draft);
    const [first, ...rest] = publishProblems(doc);
    if (first) throw badRequestAll([first, ...rest]);
    await checkDocument(trx, doc, who.actor);
    const previous = profile.published_version;
    if (previous) {
      const latest = await repo.findVersion(trx, code, previous);
      if (latest && diffProfiles(asDocument(latest.content), doc).length === 0)
        throw conflict('errors:countryProfiles.unchanged', undefined, { version: previous });
    }
    const version = (previous ?? 0) + 1;
    const publishedAt = at ?? deps.clock.now();
    await repo.insertVersion(trx, {
      code,
      version,
      content: doc,
      changeNote,
      userId: who.userId,
      at: publishedAt,
    });
    await repo.markPublished(trx, code, { version, publishedAt, countryRole: doc.countryRole });
    await audit(trx, who, 'country_profile.publish', code, {
      before: { version: previous },
      after: { version, changeNote },
    });
    return version;
  });
}

// HTTP use cases (reading: countries.service.ts) ----------------------------------------------

export const createProfile = (deps: AppDeps, ctx: RequestContext, code: string, draft?: ProfileDocument) =>
  create(deps, whoOf(ctx), code, draft, false);

export const saveProfileDraft = (
  deps: AppDeps,
  ctx: RequestContext,
  code: string,
  body: z.infer<typeof profileDraftBody>,
) => saveDraft(deps, whoOf(ctx), code, body);

export const publishProfile = (deps: AppDeps, ctx: RequestContext, code: string, changeNote: string) =>
  publish(deps, whoOf(ctx), code, changeNote);

// Platform entry points (demo seed, CLI): no actor, audited with a null actor -----------------

/** Creates a country's profile on the platform's authority. */
export const createProfileAsPlatform = (
  deps: AppDeps,
  code: string,
  draft: ProfileDocument,
  opts: { isDemo: boolean },
) => create(deps, PLATFORM, code, draft, opts.isDemo);

/** Replaces a country's draft on the platform's authority. */
export const saveDraftAsPlatform = (deps: AppDeps, code: string, draft: ProfileDocument) =>
  saveDraft(deps, PLATFORM, code, { draft });

/** Publishes the current draft as the next version, optionally dated (demo history). */
export const publishAsPlatform = (deps: AppDeps, code: string, opts: { changeNote: string; at?: Date }) =>
  publish(deps, PLATFORM, code, opts.changeNote, opts.at);
