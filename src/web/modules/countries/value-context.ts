import type { ProfileBody, ProfileDocument } from '../../../shared/contracts/country-profiles.js';
import type { VocabularyItem } from '../../../shared/contracts/reference.js';
import { useLocale } from '../../app/i18n.js';
import { useOrganisationNames } from './use-organisation-names.js';
import { useVocabulary } from './use-vocabulary.js';

/** What rendering a profile's values needs besides the values: vocabulary terms and organisation names. */
export interface ValueContext {
  terms: Record<'country_role' | 'ssc_modality', readonly VocabularyItem[]>;
  /** A directory organisation's name; null when not visible to the reader, undefined while loading. */
  organisationName: (id: string) => string | null | undefined;
}

type BodyLike = Partial<ProfileBody> & { displayName?: string };

/** Every directory organisation a document refers to (bodies and coordination members). */
export function organisationIds(doc: ProfileDocument | null | undefined): string[] {
  if (!doc) return [];
  return [...idsOfBodies(doc.bodies), ...doc.coordination.memberIds];
}

/** The directory organisations of a list of bodies (any shape: a change's before/after too). */
export function idsOfBodies(bodies: unknown): string[] {
  if (!Array.isArray(bodies)) return [];
  return (bodies as BodyLike[])
    .map((b) => b?.organisationId)
    .filter((id): id is string => typeof id === 'string');
}

/**
 * Loads what values need to be read: the two vocabularies, and the names of the given
 * organisations. `known` are bodies whose names the API already gave (a published profile's
 * display names), so they are not fetched again.
 */
export function useValueContext(ids: readonly string[], known: readonly BodyLike[] = []): ValueContext {
  const locale = useLocale();
  const countryRole = useVocabulary('country_role', locale);
  const modality = useVocabulary('ssc_modality', locale);
  const given = new Map<string, string>();
  for (const body of known)
    if (body.organisationId && body.displayName) given.set(body.organisationId, body.displayName);
  const fetched = useOrganisationNames(
    ids.filter((id) => !given.has(id)),
    locale,
  );
  return {
    terms: { country_role: countryRole, ssc_modality: modality },
    organisationName: (id) => given.get(id) ?? fetched[id],
  };
}
