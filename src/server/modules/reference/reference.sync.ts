import { createHash } from 'node:crypto';
import type { Db, Executor } from '../../db/executor.js';
import { ASSESSMENT_RUBRIC, type RubricText } from '../../db/reference/assessment-rubric.js';
import {
  loadCodelists,
  loadCountries,
  loadCurrencies,
  loadIncomeGroups,
  loadLanguages,
} from '../../db/reference/reference-data.js';
import { VOCABULARIES } from '../../db/reference/vocabularies.js';
import * as repo from './reference.repository.js';

/** A rubric as in assessment-rubric.ts: dimension code → the texts of levels 0 to 4. */
export type AssessmentRubric = Record<string, readonly RubricText[]>;

const RUBRIC_LEVELS = 5;

/**
 * The rubric as table rows, checked: every dimension is one of the seeded `assessment_dimension`
 * vocabulary and has exactly five levels, each with English, Spanish and French text.
 */
export function rubricRows(rubric: AssessmentRubric) {
  const dimensions = new Set(VOCABULARIES.assessment_dimension.map((item) => item.code));
  return Object.entries(rubric).flatMap(([dimension, levels]) => {
    if (!dimensions.has(dimension)) throw new Error(`assessment rubric: unknown dimension ${dimension}`);
    if (levels.length !== RUBRIC_LEVELS) {
      throw new Error(`assessment rubric: ${dimension} has ${levels.length} levels, not ${RUBRIC_LEVELS}`);
    }
    return levels.map((text, level) => {
      for (const locale of ['en', 'es', 'fr'] as const) {
        if (!text[locale]?.trim())
          throw new Error(`assessment rubric: ${dimension} ${level} lacks ${locale}`);
      }
      return { dimension, level, description: { ...text } };
    });
  });
}

/**
 * Loads a rubric into assessment_rubric_levels: adds missing levels and refreshes levels nobody
 * has edited; a level an administrator edited keeps its text.
 */
export async function syncAssessmentRubric(ex: Executor, rubric: AssessmentRubric, now: Date) {
  await repo.upsertUneditedRubricLevels(ex, rubricRows(rubric), now);
}

/**
 * Loads the committed reference files (IATI code lists, countries with their World Bank income
 * group, languages, currencies, seed vocabularies, the assessment rubric) into the database.
 * Idempotent and skipped when the files' checksum is unchanged, so it runs on every boot after
 * migrations at no cost. `rubric` is replaceable for tests.
 */
export async function syncReferenceData(
  db: Db,
  now: Date = new Date(),
  rubric: AssessmentRubric = ASSESSMENT_RUBRIC,
): Promise<boolean> {
  const codelists = loadCodelists();
  const countries = loadCountries();
  const incomeGroups = loadIncomeGroups();
  const languages = loadLanguages();
  const currencies = loadCurrencies();
  const checksum = createHash('sha256')
    .update(JSON.stringify([codelists, countries, incomeGroups, languages, currencies, VOCABULARIES, rubric]))
    .digest('hex');
  if ((await repo.getSyncChecksum(db, 'reference')) === checksum) return false;
  const known = new Set(countries.map((c) => c.code));
  const strays = Object.keys(incomeGroups.groups).filter((code) => !known.has(code));
  if (strays.length > 0) throw new Error(`income-groups.json: unknown countries ${strays.join(', ')}`);
  await db.transaction().execute(async (trx) => {
    await repo.upsertCountries(
      trx,
      countries.map((c) => ({
        code: c.code,
        name: c.name,
        region: c.region,
        status: c.status,
        income_group: incomeGroups.groups[c.code] ?? null,
      })),
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
    await syncAssessmentRubric(trx, rubric, now);
    await repo.setSyncChecksum(trx, 'reference', checksum, now);
  });
  return true;
}
