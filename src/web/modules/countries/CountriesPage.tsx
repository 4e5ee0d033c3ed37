import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { CountryListItem } from '../../../shared/contracts/country-profiles.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Button, LinkButton, Loading, Page } from '../../components/ui/index.js';
import { CompareHint } from './CompareHint.js';
import { CountryFilters } from './CountryFilters.js';
import { CountryMap } from './CountryMap.js';
import { CountryTable } from './CountryTable.js';
import { canCompare, compareHref } from './compare-codes.js';
import { exportHref, isFiltered, listPath, readFilters } from './filters.js';
import './countries.css';

type List = { items: CountryListItem[] };

/**
 * The countries: a map of published profiles by role, then the filterable list (filters in the
 * URL) from which two to five countries can be picked for a side-by-side comparison.
 */
export default function CountriesPage() {
  const { t } = useTranslation('countries');
  const locale = useLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = readFilters(params);
  const filtered = isFiltered(filters);
  // The map always shows the world; the table follows the filters (one request when unfiltered).
  const all = useApi<List>(listPath(readFilters(new URLSearchParams()), locale));
  const some = useApi<List>(filtered ? listPath(filters, locale) : null);
  const rows = filtered ? some : all;
  const [selected, setSelected] = useState<string[]>([]);

  const regions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const c of all.data?.items ?? []) if (c.region && c.regionName) seen.set(c.region, c.regionName);
    return [...seen]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
  }, [all.data, locale]);
  const names = new Map((all.data?.items ?? []).map((c) => [c.code, c.name]));

  const toggle = (code: string) =>
    setSelected((prev) => (prev.includes(code) ? prev.filter((c) => c !== code) : [...prev, code]));

  return (
    <Page
      title={t('list.title')}
      intro={<p>{t('list.intro')}</p>}
      actions={
        <LinkButton to="/countries/compare" variant="secondary">
          {t('list.compareLink')}
        </LinkButton>
      }
    >
      <section className="section" aria-labelledby="map-heading">
        <h2 id="map-heading">{t('map.heading')}</h2>
        {all.data ? (
          <CountryMap items={all.data.items} onSelect={(code) => navigate(`/countries/${code}`)} />
        ) : all.loading ? (
          <Loading />
        ) : null}
      </section>

      <section className="section" aria-labelledby="list-heading">
        <h2 id="list-heading">{t('list.heading')}</h2>
        <CountryFilters filters={filters} regions={regions} />
        <ApiErrorAlert error={rows.error ?? all.error} />
        <div className={selected.length > 0 ? 'compare-bar compare-bar-active' : 'compare-bar'}>
          <CompareHint selected={selected.map((code) => names.get(code) ?? code)} />
          {canCompare(selected) ? (
            <LinkButton to={compareHref(selected)}>
              {t('list.compare', { count: selected.length })}
            </LinkButton>
          ) : null}
          {selected.length > 0 ? (
            <Button variant="quiet" onClick={() => setSelected([])}>
              {t('list.clearSelection')}
            </Button>
          ) : null}
        </div>
        <p className="export-links">
          {t('list.download')}{' '}
          {(['xlsx', 'csv'] as const).map((format) => (
            <a key={format} href={exportHref(filters, locale, format)} download>
              {format.toUpperCase()}
            </a>
          ))}
        </p>
        {rows.loading ? <Loading /> : null}
        {rows.data && !rows.loading ? (
          rows.data.items.length === 0 ? (
            <p>{t('list.none')}</p>
          ) : (
            <CountryTable
              items={rows.data.items}
              selected={selected}
              onToggle={toggle}
              caption={t('list.caption', { count: rows.data.items.length })}
            />
          )
        ) : null}
      </section>
    </Page>
  );
}
