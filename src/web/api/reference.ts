import { useEffect, useMemo, useState } from 'react';
import type { CodeItem, Country, TimeZoneItem } from '../../shared/contracts/reference.js';
import { api } from './client.js';

// Reference lists change rarely: fetch each (per language) once per visit and share the answer.
const cache = new Map<string, Promise<unknown>>();

function cached<T>(path: string): Promise<T> {
  let promise = cache.get(path);
  if (!promise) {
    promise = api.get<T>(path);
    promise.catch(() => cache.delete(path)); // let a later page retry after a network blip
    cache.set(path, promise);
  }
  return promise as Promise<T>;
}

function useReference<T>(path: string): T[] {
  const [items, setItems] = useState<T[]>([]);
  useEffect(() => {
    let live = true;
    cached<{ items: T[] }>(path).then(
      (page) => live && setItems(page.items),
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [path]);
  return items;
}

/** Countries with names in the given language. */
export const useCountries = (locale: string) =>
  useReference<Country>(`/reference/countries?locale=${locale}`);

/** The IATI organisation types, named in the given language. */
export const useOrganisationTypes = (locale: string) =>
  useReference<CodeItem>(`/reference/codelists/OrganisationType?locale=${locale}`);

/** The time zones to pick from (canonical IANA names), with countries named in the given language. */
export const useTimeZoneList = (locale: string) =>
  useReference<TimeZoneItem>(`/reference/time-zones?locale=${locale}`);

/** The names of the time zones to pick from. */
export function useTimeZones(): string[] {
  const zones = useReference<TimeZoneItem>('/reference/time-zones');
  return useMemo(() => zones.map((z) => z.id), [zones]);
}
