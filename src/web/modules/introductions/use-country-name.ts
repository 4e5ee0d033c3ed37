import { useCallback, useMemo } from 'react';
import { useCountries } from '../../api/reference.js';
import { useLocale } from '../../app/i18n.js';

/** A country's name in the reader's language from its code (the code itself until the list arrives). */
export function useCountryName(): (code: string | null) => string {
  const countries = useCountries(useLocale());
  const names = useMemo(() => new Map(countries.map((c) => [c.code, c.name])), [countries]);
  return useCallback((code) => (code ? (names.get(code) ?? code) : ''), [names]);
}
