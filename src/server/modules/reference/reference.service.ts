import type { z } from 'zod';
import type { vocabularyItemBody, vocabularyItemPatch } from '../../../shared/contracts/reference.js';
import { isUniqueViolation } from '../../db/errors.js';
import { CODELIST_NAMES } from '../../db/reference/reference-data.js';
import { VOCABULARY_NAMES } from '../../db/reference/vocabulary-types.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';
import type { RequestContext } from '../../platform/http/context.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { vocabularyPolicy } from './reference.policy.js';
import { toCountry } from './reference.presenter.js';
import * as repo from './reference.repository.js';

/** Administration of the product vocabularies (modalities, instruments, outcomes, …). */

function requireVocabulary(name: string) {
  if (!(VOCABULARY_NAMES as readonly string[]).includes(name))
    throw notFound('errors:notFound.vocabulary', { name });
}

export async function listVocabularyItems(deps: AppDeps, ctx: RequestContext, name: string) {
  requireVocabulary(name);
  // Administrators also see retired items, to bring them back.
  return repo.listVocabulary(deps.db, name, vocabularyPolicy.can(ctx.actor, 'vocabulary.manage', null));
}

export async function addVocabularyItem(
  deps: AppDeps,
  ctx: RequestContext,
  name: string,
  body: z.infer<typeof vocabularyItemBody>,
) {
  vocabularyPolicy.authorize(ctx.actor, 'vocabulary.manage', null);
  requireVocabulary(name);
  return deps.db
    .transaction()
    .execute(async (trx) => {
      const position = body.position ?? (await repo.maxVocabularyPosition(trx, name)) + 1;
      const row = await repo.insertVocabularyItem(trx, {
        vocabulary: name,
        code: body.code,
        label: body.label,
        definition: body.definition,
        position,
        active: body.active,
      });
      await recordAudit(trx, {
        actorId: ctx.userId,
        action: 'vocabulary_item.create',
        entityType: 'vocabulary_item',
        entityId: row.id,
        after: body,
        requestId: ctx.requestId,
      });
      return row;
    })
    .catch((err: unknown) => {
      throw isUniqueViolation(err)
        ? conflict('errors:reference.codeTaken', 'code', { code: body.code, vocabulary: name })
        : err;
    });
}

export async function updateVocabularyItem(
  deps: AppDeps,
  ctx: RequestContext,
  name: string,
  id: string,
  patch: z.infer<typeof vocabularyItemPatch>,
) {
  vocabularyPolicy.authorize(ctx.actor, 'vocabulary.manage', null);
  requireVocabulary(name);
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.findVocabularyItem(trx, name, id);
    if (!before) throw notFound('errors:notFound.vocabularyItem');
    const row = await repo.updateVocabularyItem(trx, id, patch, deps.clock.now());
    await recordAudit(trx, {
      actorId: ctx.userId,
      action: 'vocabulary_item.update',
      entityType: 'vocabulary_item',
      entityId: id,
      before: {
        label: before.label,
        definition: before.definition,
        position: before.position,
        active: before.active,
      },
      after: patch,
      requestId: ctx.requestId,
    });
    return row;
  });
}

/** True when the ISO code is a country in the reference list. */
export async function isKnownCountry(db: AppDeps['db'], code: string): Promise<boolean> {
  return repo.countryExists(db, code);
}

/** True when the code is an active entry of the IATI code list. */
export async function isActiveCode(db: AppDeps['db'], list: string, code: string): Promise<boolean> {
  const row = await repo.findCode(db, list, code);
  return row?.status === 'active';
}

/** Active countries with names in the reader's language, sorted for that language. */
export async function countries(db: AppDeps['db'], locale: string) {
  const rows = await repo.listCountries(db);
  return rows.map((r) => toCountry(r, locale)).sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The active codes of an IATI code list; unknown lists are "not found". */
export async function codelist(db: AppDeps['db'], list: string) {
  if (!(CODELIST_NAMES as readonly string[]).includes(list))
    throw notFound('errors:notFound.codeList', { name: list });
  return repo.listCodelist(db, list, false);
}

export const languages = (db: AppDeps['db']) => repo.listLanguages(db);
export const currencies = (db: AppDeps['db']) => repo.listCurrencies(db);
export const vocabularyCounts = (db: AppDeps['db']) => repo.vocabularyCounts(db);
