import { useTranslation } from 'react-i18next';
import { useCountries, useOrganisationTypes } from '../../api/reference.js';
import { useLocale } from '../../app/i18n.js';
import { FilterForm } from '../../components/filters/FilterForm.js';
import { Select } from '../../components/ui/index.js';

export interface Filters {
  q: string;
  country: string;
  type: string;
  sort: 'name' | 'newest';
}

/** Reads the directory filters from the query string, ignoring anything unknown. */
export function readFilters(params: URLSearchParams): Filters {
  return {
    q: params.get('q') ?? '',
    country: params.get('country') ?? '',
    type: params.get('type') ?? '',
    sort: params.get('sort') === 'newest' ? 'newest' : 'name',
  };
}

/** The directory's search and filters (see FilterForm: applied on submit, kept in the URL). */
export function DirectoryFilters({ filters }: { filters: Filters }) {
  const { t } = useTranslation('organisations');
  const locale = useLocale();
  const countries = useCountries(locale);
  const types = useOrganisationTypes(locale);

  return (
    <FilterForm
      labels={{
        region: t('filters.label'),
        q: t('filters.q'),
        qHint: t('filters.qHint'),
        apply: t('filters.apply'),
        clear: t('filters.clear'),
      }}
      q={filters.q}
      names={['q', 'country', 'type', 'sort']}
      defaults={{ sort: 'name' }}
      optionLists={[countries, types]}
      clearTo="/organisations"
    >
      <Select
        label={t('filters.country')}
        name="country"
        defaultValue={filters.country}
        placeholder={t('filters.anyCountry')}
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
      />
      <Select
        label={t('filters.type')}
        name="type"
        defaultValue={filters.type}
        placeholder={t('filters.anyType')}
        options={types
          .filter((ty) => ty.status === 'active')
          .map((ty) => ({ value: ty.code, label: ty.name }))}
      />
      <Select
        label={t('filters.sort')}
        name="sort"
        defaultValue={filters.sort}
        options={[
          { value: 'name', label: t('filters.sortName') },
          { value: 'newest', label: t('filters.sortNewest') },
        ]}
      />
    </FilterForm>
  );
}
