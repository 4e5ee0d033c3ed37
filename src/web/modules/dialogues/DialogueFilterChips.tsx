import { useTranslation } from 'react-i18next';
import { withQuery } from '../../api/client.js';
import { useCountries } from '../../api/reference.js';
import { useApi } from '../../api/use-api.js';
import { useLocale } from '../../app/i18n.js';
import { ActiveFilterChips, type FilterChip } from '../experiences/ActiveFilterChips.js';
import { type ListFilters, listPageHref } from './list-paths.js';
import '../experiences/library.css';

/**
 * The organisation and the country the list is narrowed to (from a link on their pages), each
 * named, with a link that removes it and one that removes both; the series choice stays.
 * Rendered only while one of them is in use, so the list page fetches no names otherwise.
 */
export function DialogueFilterChips({ filters }: { filters: ListFilters }) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const countries = useCountries(locale);
  const org = useApi<{ name: string }>(
    filters.organisation ? withQuery(`/organisations/${filters.organisation}`, { locale }) : null,
  );
  const chips: FilterChip[] = [];
  if (filters.organisation)
    chips.push({
      key: 'organisation',
      // An organisation the reader may not see is still a filter: named without its name.
      label: t('list.byOrganisation', { name: org.data?.name ?? t('list.oneOrganisation') }),
      to: listPageHref({ ...filters, organisation: null }),
    });
  if (filters.country)
    chips.push({
      key: 'country',
      label: t('list.byCountry', {
        name: countries.find((c) => c.code === filters.country)?.name ?? filters.country,
      }),
      to: listPageHref({ ...filters, country: null }),
    });
  return (
    <ActiveFilterChips
      chips={chips}
      clearTo={listPageHref({ series: filters.series })}
      labels={{
        heading: t('list.activeHeading'),
        clear: t('list.activeClear'),
        remove: (filter) => t('list.activeRemove', { filter }),
      }}
    />
  );
}
