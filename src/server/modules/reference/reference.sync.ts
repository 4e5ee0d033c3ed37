import { createHash } from 'node:crypto';
import type { Db } from '../../db/executor.js';
import {
  loadCodelists,
  loadCountries,
  loadCurrencies,
  loadLanguages,
} from '../../db/reference/reference-data.js';
import { VOCABULARIES } from '../../db/reference/vocabularies.js';
import * as repo from './reference.repository.js';

/**
 * Loads the committed reference files (IATI code lists, countries, languages, currencies,
 * seed vocabularies) into the database. Idempotent and skipped when the files' checksum is
 * unchanged, so it runs on every boot after migrations at no cost.
 */
export async function syncReferenceData(db: Db, now: Date = new Date()): Promise<boolean> {
  const codelists = loadCodelists();
  const countries = loadCountries();
  const languages = loadLanguages();
  const currencies = loadCurrencies();
  const checksum = createHash('sha256')
    .update(JSON.stringify([codelists, countries, languages, currencies, VOCABULARIES]))
    .digest('hex');
  if ((await repo.getSyncChecksum(db, 'reference')) === checksum) return false;
  await db.transaction().execute(async (trx) => {
    await repo.upsertCountries(
      trx,
      countries.map((c) => ({ code: c.code, name: c.name, region: c.region, status: c.status })),
    );
    await repo.upsertNamed(
      trx,
      'languages',
      languages.map((l) => ({ code: l.code, name: l.name })),
    );
    await repo.upsertNamed(
      trx,
      'currencies',
      currencies.map((c) => ({ code: c.code, name: c.name })),
    );
    await repo.upsertCodelistItems(
      trx,
      Object.entries(codelists).flatMap(([list, items]) =>
        items.map((i) => ({
          list,
          code: i.code,
          name: i.name,
          description: i.description ?? null,
          category: i.category ?? null,
          status: i.status,
        })),
      ),
    );
    await repo.insertMissingVocabularyItems(
      trx,
      Object.entries(VOCABULARIES).flatMap(([vocabulary, items]) =>
        items.map((item, position) => ({
          vocabulary,
          code: item.code,
          label: item.label,
          definition: item.definition,
          parent_code: item.parent ?? null,
          position,
        })),
      ),
    );
    await repo.setSyncChecksum(trx, 'reference', checksum, now);
  });
  return true;
}
