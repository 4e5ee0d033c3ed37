import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { pickLocale } from '../../../shared/locale-map.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { FallbackMarker } from '../../components/multilingual/FallbackMarker.js';
import { Facts, LinkButton, Loading, Page } from '../../components/ui/index.js';
import { DialogueSection } from './DialogueListItem.js';
import type { Series } from './types.js';
import './dialogues.css';

/**
 * `/dialogues/series/:id`: a series — its goal, its convener and its dialogues in order — with,
 * for its conveners, "plan the next dialogue" and editing.
 */
export default function SeriesPage() {
  const { t } = useTranslation('dialogues');
  const { id = '' } = useParams();
  const locale = useLocale();
  const series = useApi<Series>(withQuery(`/dialogue-series/${encodeURIComponent(id)}`, { locale }));

  if (series.error?.status === 404 || series.error?.status === 400) return <NotFoundPage />;
  const s = series.data;
  if (!s) return series.loading ? <Loading /> : <ApiErrorAlert error={series.error} />;
  const title = pickLocale(s.title, locale, s.defaultLocale);
  const goal = pickLocale(s.goal, locale, s.defaultLocale);

  return (
    <Page
      title={title?.text ?? ''}
      before={
        <Link className="back-link" to="/dialogues">
          {t('series.back')}
        </Link>
      }
      actions={
        s.abilities.update ? (
          <>
            <LinkButton to={withQuery('/dialogues/new', { series: s.id })}>{t('series.planNext')}</LinkButton>
            <LinkButton to={`/dialogues/series/${s.id}/edit`} variant="secondary">
              {t('series.edit')}
            </LinkButton>
          </>
        ) : null
      }
    >
      {title ? <FallbackMarker shownIn={title.locale} /> : null}
      <Facts
        facts={[
          [t('series.convener'), s.convenerOrganisation.name],
          [
            t('series.goal'),
            goal ? (
              <span key="goal" lang={goal.locale}>
                {goal.text}
              </span>
            ) : null,
          ],
        ]}
      />
      <DialogueSection
        title={t('series.dialogues')}
        empty={t('series.noDialogues')}
        path={withQuery('/dialogues', { series: s.id, locale })}
        as="ol"
      />
    </Page>
  );
}
