import type { LocaleMap } from '../../../shared/locale-map.js';
import type { Executor } from '../../db/executor.js';
import { notFound } from '../../platform/http/errors.js';
import * as repo from './assessments.repository.js';

/** What the services of rounds, comparison and rubric share. */

/** Blank texts are dropped, so "no evidence in French" is no key rather than "". */
export function cleanMap(map: LocaleMap | undefined): LocaleMap | undefined {
  if (!map) return map;
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v && v.trim() !== ''));
}

/** The country of a country-scoped request, or 404 naming its code. */
export async function countryOr404(ex: Executor, code: string) {
  const country = await repo.findCountry(ex, code);
  if (!country) throw notFound('errors:assessments.countryNotFound', { code });
  return country;
}
