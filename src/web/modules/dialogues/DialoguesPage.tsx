import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localized } from '../../../shared/locale-map.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { LinkButton, Page, Select } from '../../components/ui/index.js';
import { DialogueSection } from './DialogueListItem.js';
import { LIST_GROUPS, seriesChoicesPath } from './list-model.js';
import { SeriesList } from './SeriesList.js';
import type { Series } from './types.js';
import './dialogues.css';

const NONE = { upcoming: 'list.noneUpcoming', planning: 'list.nonePlanning', past: 'list.nonePast' } as const;

/**
 * `/dialogues`: the dialogues the reader may see — upcoming (each start on the reader's clock and
 * the convener's), in planning, past, each group loaded page by page — filtered by series (in the
 * URL, a link to share), and the series themselves. Conveners plan a dialogue or start a series.
 */
export default function DialoguesPage() {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const seriesId = params.get('series') ?? '';
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
          value={seriesId}
          onChange={(event) => {
            const value = event.target.value;
            setParams(value ? { series: value } : {});
          }}
        />
      </div>
      <ApiErrorAlert error={series.error} />
      {LIST_GROUPS.map((when) => (
        <DialogueSection
          key={when}
          title={t(`list.${when}`)}
          empty={t(NONE[when])}
          path={withQuery('/dialogues', { series: seriesId || undefined, when, locale })}
        />
      ))}
      {seriesId ? null : <SeriesList />}
    </Page>
  );
}
