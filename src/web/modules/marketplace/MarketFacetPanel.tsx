import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { useLocale } from '../../app/i18n.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { FacetFold } from '../experiences/FacetFold.js';
import { FacetGroup } from '../experiences/FacetGroup.js';
import type { Bucket } from '../experiences/library-facets.js';
import { FACETS, type Facet, type MarketFilters, shownStatuses, toggleCode } from './market-filters.js';
import type { MarketFacets } from './use-market-search.js';

interface Props {
  filters: MarketFilters;
  facets: MarketFacets | null;
  error: ApiError | undefined;
  /** How many filters are set, shown on the phone's "Filters" button. */
  activeCount: number;
  onChange: (next: MarketFilters) => void;
}

/**
 * The facets of the needs or offers with their counts (each counted over every filter but its
 * own). Ticking a box applies it at once; on a phone the panel folds under a "Filters" button.
 * Statuses show those listed ticked, the default (open, in discussion) included.
 */
export function MarketFacetPanel({ filters, facets, error, activeCount, onChange }: Props) {
  const { t } = useTranslation('market');
  const locale = useLocale();
  const labelOf = (facet: Facet) => (b: Bucket) => {
    if (facet === 'status') return t(`status.${b.code}`, { defaultValue: b.code });
    if (facet === 'language' && (!b.label || b.label === b.code)) return languageName(b.code, locale);
    return b.label || b.code;
  };
  return (
    <FacetFold
      labels={{
        heading: t('facets.heading'),
        toggle: activeCount > 0 ? t('facets.toggleActive', { count: activeCount }) : t('facets.toggle'),
        loading: t('facets.loading'),
        unavailable: t('facets.unavailable'),
      }}
      loading={facets === null}
      failed={error !== undefined}
    >
      {FACETS.map((facet) => (
        <FacetGroup
          key={facet}
          legend={t(`facets.${facet}`)}
          name={facet}
          buckets={facets?.[facet]}
          selected={facet === 'status' ? shownStatuses(filters) : filters.lists[facet]}
          onToggle={(code) => onChange(toggleCode(filters, facet, code))}
          labelOf={labelOf(facet)}
        />
      ))}
    </FacetFold>
  );
}
