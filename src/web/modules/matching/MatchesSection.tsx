import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useDateFormat } from '../../app/format.js';
import { useLocale } from '../../app/i18n.js';
import { Loading } from '../../components/ui/index.js';
import { MatchList, type MatchListProps } from './MatchList.js';
import { type MatchListResponse, type MatchSubject, matchesPath } from './match-model.js';

/**
 * A need's or an offer's matches, loaded once the record itself is on screen: a section with
 * its heading, when they were computed, and the ranked list (or why there is none).
 */
export function MatchesSection({
  subject,
  action,
}: {
  subject: MatchSubject;
  action?: MatchListProps['action'];
}) {
  const { t } = useTranslation('matching');
  const locale = useLocale();
  const formatDate = useDateFormat();
  const { data, error, loading } = useApi<MatchListResponse>(matchesPath(subject.kind, subject.id, locale));
  return (
    <section className="section matches" aria-labelledby="matches-heading" data-testid="matches">
      <h2 id="matches-heading">{t(`list.heading.${subject.kind}`)}</h2>
      {loading ? <Loading label={t('list.loading')} /> : null}
      <ApiErrorAlert error={error} />
      {data ? (
        <>
          <p className="muted">{t('list.intro', { date: formatDate(data.computedAt) })}</p>
          {data.items.length === 0 ? <p>{t('list.none')}</p> : null}
          <MatchList matches={data.items} headingLevel={3} action={action} />
        </>
      ) : null}
    </section>
  );
}
