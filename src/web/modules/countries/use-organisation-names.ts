import { useEffect, useState } from 'react';
import type { Organisation } from '../../../shared/contracts/organisations.js';
import { api } from '../../api/client.js';

// Organisation names by id and language, shared by every page of the visit. null: not visible to
// the reader (deleted, or private to its members).
const cache = new Map<string, Promise<string | null>>();
const key = (id: string, locale: string) => `${locale}:${id}`;

/** Records a name already known (picked from a search), so the editor need not fetch it. */
export function rememberOrganisation(id: string, name: string, locale: string): void {
  cache.set(key(id, locale), Promise.resolve(name));
}

function nameOf(id: string, locale: string): Promise<string | null> {
  let promise = cache.get(key(id, locale));
  if (!promise) {
    promise = api.get<Organisation>(`/organisations/${id}?locale=${locale}`).then(
      (org) => (org.acronym ? `${org.name} (${org.acronym})` : org.name),
      () => null,
    );
    cache.set(key(id, locale), promise);
  }
  return promise;
}

/**
 * Names of directory organisations the page refers to by id (coordination members, bodies of a
 * draft). A profile names a few dozen at most, fetched once each.
 */
export function useOrganisationNames(ids: readonly string[], locale: string): Record<string, string | null> {
  const [names, setNames] = useState<Record<string, string | null>>({});
  const wanted = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const list = wanted.split(',');
    Promise.all(list.map((id) => nameOf(id, locale))).then((found) => {
      if (!live) return;
      setNames(Object.fromEntries(list.map((id, i) => [id, found[i] ?? null])));
    });
    return () => {
      live = false;
    };
  }, [wanted, locale]);
  return names;
}
