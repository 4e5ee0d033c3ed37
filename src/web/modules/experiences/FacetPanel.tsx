import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { useLocale } from '../../app/i18n.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { Select } from '../../components/ui/index.js';
import { FacetFold } from './FacetFold.js';
import { FacetGroup } from './FacetGroup.js';
import { type YearOption, yearOptions, yearSpans } from './library-facets.js';
import {
  type FacetName,
  facetFilter,
  type LibraryFilters,
  type ListFilter,
  toggleCode,
  withYears,
} from './library-filters.js';
import type { Facets } from './library-search.js';

/** The facets in the order the issue lists them; `year` is drawn as a from/to range. */
const ORDER: readonly FacetName[] = [
  'country',
  'region',
  'sector',
  'sdg',
  'modality',
  'instrument',
  'mode',
  'outcome',
  'year',
  'language',
];

interface Props {
  filters: LibraryFilters;
  facets: Facets | null;
  error: ApiError | undefined;
  /** The counts are estimated from a sample (searches matching much of the library). */
  approximate: boolean;
  /** How many filters are set, shown on the phone's "Filters" button. */
  activeCount: number;
  onChange: (next: LibraryFilters) => void;
}

/**
 * The facets with their counts. Ticking a box applies it at once (the URL changes, so back
 * undoes it); on a phone the whole panel folds under a "Filters" button above the results.
 */
export function FacetPanel({ filters, facets, error, approximate, activeCount, onChange }: Props) {
  const { t } = useTranslation('experiences');
  const locale = useLocale();

  const group = (facet: FacetName) => {
    if (facet === 'year')
      return (
        <YearRange
          key={facet}
          filters={filters}
          facets={facets}
          approximate={approximate}
          onChange={onChange}
        />
      );
    const name = facetFilter(facet) as ListFilter;
    return (
      <FacetGroup
        key={facet}
        legend={t(`facets.${facet}`)}
        name={name}
        buckets={facets?.[facet]}
        selected={filters.lists[name]}
        approximate={approximate}
        onToggle={(code) => onChange(toggleCode(filters, name, code))}
        {...(facet === 'language'
          ? { labelOf: (b) => (b.label && b.label !== b.code ? b.label : languageName(b.code, locale)) }
          : {})}
      />
    );
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
      {approximate && facets !== null ? <p className="field-hint">{t('facets.estimated')}</p> : null}
      {ORDER.map(group)}
    </FacetFold>
  );
}

function YearRange({
  filters,
  facets,
  approximate,
  onChange,
}: {
  filters: LibraryFilters;
  facets: Facets | null;
  approximate: boolean;
  onChange: (next: LibraryFilters) => void;
}) {
  const { t } = useTranslation('experiences');
  const { from, to } = yearOptions(yearSpans(facets?.year), filters.yearFrom, filters.yearTo);
  if (from.length === 0 && to.length === 0) return null;
  const label = (o: YearOption) =>
    o.count === null
      ? o.label
      : t(approximate ? 'facets.optionAbout' : 'facets.option', { label: o.label, n: o.count });
  const year = (value: string) => (value ? Number(value) : null);
  return (
    <fieldset className="facet facet-years">
      <legend>{t('facets.year')}</legend>
      <p className="field-hint">{t('facets.yearHint')}</p>
      <Select
        label={t('facets.yearFrom')}
        name="yearFrom"
        placeholder={t('facets.anyYear')}
        options={from.map((o) => ({ value: o.value, label: label(o) }))}
        value={filters.yearFrom === null ? '' : String(filters.yearFrom)}
        onChange={(e) => onChange(withYears(filters, year(e.target.value), filters.yearTo))}
      />
      <Select
        label={t('facets.yearTo')}
        name="yearTo"
        placeholder={t('facets.anyYear')}
        options={to.map((o) => ({ value: o.value, label: label(o) }))}
        value={filters.yearTo === null ? '' : String(filters.yearTo)}
        onChange={(e) => onChange(withYears(filters, filters.yearFrom, year(e.target.value)))}
      />
    </fieldset>
  );
}
