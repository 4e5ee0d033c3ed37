import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localized } from '../../../shared/locale-map.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { LinkButton, Loading, Page, Select } from '../../components/ui/index.js';
import { DialogueSection } from './DialogueListItem.js';
import { groupDialogues } from './list-model.js';
import { SeriesList } from './SeriesList.js';
import type { DialogueSummary, Series } from './types.js';
import './dialogues.css';

/**
 * `/dialogues`: the dialogues the reader may see — upcoming (each start on the reader's clock and
 * the convener's), in planning, past — filtered by series (in the URL, a link to share), and the
 * series themselves. Conveners plan a dialogue or start a series from here.
 */
export default function DialoguesPage() {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const seriesId = params.get('series') ?? '';
  const series = useApi<{ items: Series[] }>(withQuery('/dialogue-series', { locale }));
  const list = useApi<{ items: DialogueSummary[] }>(
    withQuery('/dialogues', { series: seriesId || undefined, locale }),
  );
  const [now] = useState(() => Date.now());
  const groups = useMemo(() => groupDialogues(list.data?.items ?? [], now), [list.data, now]);
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
      <ApiErrorAlert error={list.error} />
      {list.data ? (
        <>
          <p role="status" className="muted">
            {t('list.count', { count: list.data.items.length })}
          </p>
          <DialogueSection
            title={t('list.upcoming')}
            empty={t('list.noneUpcoming')}
            items={groups.upcoming}
            upcoming
          />
          <DialogueSection
            title={t('list.planning')}
            empty={t('list.nonePlanning')}
            items={groups.planning}
          />
          <DialogueSection title={t('list.past')} empty={t('list.nonePast')} items={groups.past} />
        </>
      ) : list.loading ? (
        <Loading />
      ) : null}
      <ApiErrorAlert error={series.error} />
      {series.data && !seriesId ? <SeriesList items={series.data.items} /> : null}
    </Page>
  );
}
