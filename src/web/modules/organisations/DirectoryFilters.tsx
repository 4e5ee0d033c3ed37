import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCountries, useOrganisationTypes } from '../../api/reference.js';
import { text } from '../../app/form-data.js';
import { useLocale } from '../../app/i18n.js';
import { Button, Select, TextField } from '../../components/ui/index.js';

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

/**
 * Filters apply on submit, not on every keystroke or arrow press: each change costs a request,
 * and on a slow line a reader should decide when to pay for it.
 */
export function DirectoryFilters({ filters }: { filters: Filters }) {
  const { t } = useTranslation('organisations');
  const locale = useLocale();
  const countries = useCountries(locale);
  const types = useOrganisationTypes(locale);
  const [params, setParams] = useSearchParams();

  const apply = (form: HTMLFormElement) => {
    const next: Record<string, string> = {};
    for (const name of ['q', 'country', 'type', 'sort']) {
      const value = text(form, name);
      if (value && !(name === 'sort' && value === 'name')) next[name] = value;
    }
    setParams(next);
  };

  return (
    <search aria-label={t('filters.label')}>
      <form
        key={params.toString() + countries.length + types.length} // follow back/forward and late option lists
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          apply(event.currentTarget);
        }}
      >
        <TextField
          label={t('filters.q')}
          name="q"
          type="search"
          defaultValue={filters.q}
          hint={t('filters.qHint')}
        />
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
        <div className="button-row">
          <Button type="submit">{t('filters.apply')}</Button>
          {params.toString() ? <Link to="/organisations">{t('filters.clear')}</Link> : null}
        </div>
      </form>
    </search>
  );
}
