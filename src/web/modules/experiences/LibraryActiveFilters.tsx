import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { ActiveFilterChips, type FilterChip } from './ActiveFilterChips.js';
import {
  cleared,
  type FacetName,
  isFiltered,
  LIST_FILTERS,
  type LibraryFilters,
  libraryUrl,
  toggleCode,
  withYears,
} from './library-filters.js';
import type { Facets } from './library-search.js';

/**
 * What narrows the list now, each as a link that removes it (the URL without that filter), and
 * a link clearing them all. Shown above the results, so a phone reader sees the filters even with
 * the facet panel folded.
 */
export function LibraryActiveFilters({
  filters,
  facets,
}: {
  filters: LibraryFilters;
  facets: Facets | null;
}) {
  const { t } = useTranslation('experiences');
  const locale = useLocale();
  if (!isFiltered(filters)) return null;

  const labelOf = (name: (typeof LIST_FILTERS)[number], code: string) => {
    const bucket =
      name === 'dimension' ? undefined : facets?.[name as FacetName]?.find((b) => b.code === code);
    if (bucket?.label && bucket.label !== code) return bucket.label;
    return name === 'language' ? languageName(code, locale) : code;
  };
  const chips: FilterChip[] = [];
  if (filters.q)
    chips.push({ key: 'q', label: t('active.q', { q: filters.q }), to: libraryUrl({ ...filters, q: '' }) });
  for (const name of LIST_FILTERS) {
    for (const code of filters.lists[name]) {
      chips.push({
        key: `${name}:${code}`,
        label: t('active.item', { facet: t(`facets.${name}`), value: labelOf(name, code) }),
        to: libraryUrl(toggleCode(filters, name, code)),
      });
    }
  }
  if (filters.yearFrom !== null || filters.yearTo !== null) {
    chips.push({
      key: 'years',
      label: t('active.item', {
        facet: t('facets.year'),
        value: `${filters.yearFrom ?? '…'}–${filters.yearTo ?? '…'}`,
      }),
      to: libraryUrl(withYears(filters, null, null)),
    });
  }

  return (
    <ActiveFilterChips
      chips={chips}
      clearTo={libraryUrl(cleared(filters))}
      labels={{
        heading: t('active.heading'),
        clear: t('active.clear'),
        remove: (filter) => t('active.remove', { filter }),
      }}
    />
  );
}
