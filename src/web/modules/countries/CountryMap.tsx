import { useTranslation } from 'react-i18next';
import type { CountryListItem } from '../../../shared/contracts/country-profiles.js';
import { useLocale } from '../../app/i18n.js';
import { WorldMap } from '../../components/world-map/WorldMap.js';
import { MAP_CATEGORIES, mapValues } from './map-model.js';

/**
 * The choropleth of published profiles by the country's role. The map's legend names each
 * category with its count in words; the table below carries the same facts row by row.
 */
export function CountryMap({
  items,
  onSelect,
}: {
  items: readonly CountryListItem[];
  onSelect: (code: string) => void;
}) {
  const { t } = useTranslation('countries');
  const locale = useLocale();
  const { values, counts } = mapValues(items);
  const categories = MAP_CATEGORIES.map((c) => ({
    key: c.key,
    color: c.color,
    label: t(`map.categories.${c.key}`),
  }));
  const published = Object.values(counts).reduce((sum, n) => sum + n, 0);

  return (
    <>
      <WorldMap values={values} categories={categories} label={t('map.label')} onSelect={onSelect} />
      <p className="muted">
        {t('map.summary', { count: published, total: new Intl.NumberFormat(locale).format(items.length) })}
      </p>
    </>
  );
}
