import { PROFILE_FIELDS, type ProfileField } from '../../../shared/country-profile-fields.js';
import { isLocale } from '../../../shared/locales.js';

/** A change of the diff, tied to the field it belongs to and, for one language of a text, that language. */
export interface ChangeRow {
  path: string;
  field: ProfileField | null;
  /** The language of a per-language change (`history.es` → es). */
  lang: string | null;
  before: unknown;
  after: unknown;
}

/**
 * Reads a diff's paths: `history.es` is the Spanish text of History, `legalBasis.year` a field
 * of its own, `defaultLocale` the profile's language. Paths no field knows keep `field: null`.
 */
export function changeRows(
  changes: readonly { path: string; before: unknown; after: unknown }[],
): ChangeRow[] {
  return changes.map(({ path, before, after }) => {
    const exact = PROFILE_FIELDS.find((f) => f.path === path);
    if (exact) return { path, field: exact, lang: null, before, after };
    const parent = PROFILE_FIELDS.find((f) => path.startsWith(`${f.path}.`));
    const rest = parent ? path.slice(parent.path.length + 1) : '';
    const lang = parent && isLocale(rest) ? rest : null;
    return { path, field: parent ?? null, lang, before, after };
  });
}
