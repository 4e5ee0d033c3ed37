import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { ActiveFilterChips, type FilterChip } from '../experiences/ActiveFilterChips.js';
import {
  cleared,
  isFiltered,
  LIST_FILTERS,
  type ListFilter,
  type MarketFilters,
  type MarketKind,
  marketUrl,
  refine,
  toggleCode,
} from './market-filters.js';
import type { MarketFacets, MarketItem } from './use-market-search.js';

/**
 * What narrows the list now, each as a link that removes it, and "clear all". Shown above the
 * results, so a phone reader sees the filters even with the facet panel folded.
 */
export function MarketActiveFilters({
  kind,
  filters,
  facets,
  items,
}: {
  kind: MarketKind;
  filters: MarketFilters;
  facets: MarketFacets | null;
  /** The results, which name the organisation filtered by. */
  items: readonly MarketItem[];
}) {
  const { t } = useTranslation('market');
  const locale = useLocale();
  if (!isFiltered(filters)) return null;

  const labelOf = (name: ListFilter, code: string) => {
    if (name === 'status') return t(`status.${code}`, { defaultValue: code });
    const bucket = facets?.[name]?.find((b) => b.code === code);
    if (bucket?.label && bucket.label !== code) return bucket.label;
    return name === 'language' ? languageName(code, locale) : code;
  };
  const url = (next: MarketFilters) => marketUrl(kind, next);
  const chips: FilterChip[] = [];
  if (filters.q)
    chips.push({ key: 'q', label: t('active.q', { q: filters.q }), to: url(refine(filters, { q: '' })) });
  for (const name of LIST_FILTERS) {
    for (const code of filters.lists[name]) {
      chips.push({
        key: `${name}:${code}`,
        label: t('active.item', { facet: t(`facets.${name}`), value: labelOf(name, code) }),
        // Removing the last status chosen lists the default ones (open, in discussion) again.
        to: url(toggleCode(filters, name, code)),
      });
    }
  }
  if (filters.organisation) {
    const org = items.find((i) => i.organisation.id === filters.organisation)?.organisation;
    chips.push({
      key: 'organisation',
      label: t('active.item', {
        facet: t('facets.organisation'),
        value: org?.name ?? t('active.oneOrganisation'),
      }),
      to: url(refine(filters, { organisation: null })),
    });
  }
  return (
    <ActiveFilterChips
      chips={chips}
      clearTo={url(cleared(filters))}
      labels={{
        heading: t('active.heading'),
        clear: t('active.clear'),
        remove: (filter) => t('active.remove', { filter }),
      }}
    />
  );
}
