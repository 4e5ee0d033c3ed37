import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localized } from '../../../shared/locale-map.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { LinkButton, Page, Select } from '../../components/ui/index.js';
import { DialogueFilterChips } from './DialogueFilterChips.js';
import { DialogueSection } from './DialogueListItem.js';
import { readListFilters } from './list-filters.js';
import { LIST_GROUPS, seriesChoicesPath } from './list-model.js';
import { isLinkFiltered, listApiPath, listParams } from './list-paths.js';
import { SeriesList } from './SeriesList.js';
import type { Series } from './types.js';
import './dialogues.css';

const NONE = { upcoming: 'list.noneUpcoming', planning: 'list.nonePlanning', past: 'list.nonePast' } as const;

/**
 * `/dialogues`: the dialogues the reader may see — upcoming (each start on the reader's clock and
 * the convener's), in planning, past, each group loaded page by page — filtered by series, and by
 * organisation or country when a link from their pages brought the reader here (all in the URL, a
 * link to share), and the series themselves. Conveners plan a dialogue or start a series.
 */
export default function DialoguesPage() {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = readListFilters(params);
  const series = useApi<{ items: Series[] }>(seriesChoicesPath(locale));
  const options = (series.data?.items ?? []).map((s) => ({
    value: s.id,
    label: localized(s.title, locale, s.defaultLocale),
  }));

  return (
    <Page
      title={t('list.title')}
      intro={<p>{t('list.intro')}</p>}
      actions={
        can('dialogue.convene') ? (
          <>
            <LinkButton to="/dialogues/new">{t('list.plan')}</LinkButton>
            <LinkButton to="/dialogues/series/new" variant="secondary">
              {t('list.newSeries')}
            </LinkButton>
          </>
        ) : null
      }
    >
      <div className="filters">
        <Select
          label={t('list.filterSeries')}
          name="series"
          placeholder={t('list.allSeries')}
          options={options}
          value={filters.series ?? ''}
          onChange={(event) => setParams(listParams({ ...filters, series: event.target.value || null }))}
        />
      </div>
      {isLinkFiltered(filters) ? <DialogueFilterChips filters={filters} /> : null}
      <ApiErrorAlert error={series.error} />
      {LIST_GROUPS.map((when) => (
        <DialogueSection
          key={when}
          title={t(`list.${when}`)}
          empty={t(NONE[when])}
          path={listApiPath(filters, when, locale)}
        />
      ))}
      {filters.series || isLinkFiltered(filters) ? null : <SeriesList />}
    </Page>
  );
}
