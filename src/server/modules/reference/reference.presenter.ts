import type { Country, IncomeGroup, VocabularyItem } from '../../../shared/contracts/reference.js';
import { localized } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { LocaleMap, VocabularyItemRow } from '../../db/schema.js';
import { vocabularyPolicy } from './reference.policy.js';

/** Reference rows → API objects, names resolved in the reader's language with fallback. */
export function toNamed(row: { code: string; name: LocaleMap }, locale: string) {
  return { code: row.code, name: localized(row.name, locale) || row.code };
}

export function toCountry(
  row: { code: string; name: LocaleMap; region: string | null; income_group: IncomeGroup | null },
  locale: string,
): Country {
  return {
    code: row.code,
    name: localized(row.name, locale) || row.code,
    region: row.region,
    incomeGroup: row.income_group,
  };
}

export function toVocabularyItem(row: VocabularyItemRow, actor: Actor, locale: string): VocabularyItem {
  return {
    id: row.id,
    vocabulary: row.vocabulary,
    code: row.code,
    label: localized(row.label, locale) || row.code,
    definition: localized(row.definition, locale),
    labels: row.label as Record<string, string>,
    definitions: row.definition as Record<string, string>,
    position: row.position,
    active: row.active,
    abilities: vocabularyPolicy.abilities(actor, null),
  };
}
