import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ratingChange } from '../../../shared/assessment-stats.js';
import type { Assessment, AssessmentHistory } from '../../../shared/contracts/assessments.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useDateFormat } from '../../app/format.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { Alert, Loading, Page } from '../../components/ui/index.js';
import { EvidenceLinks, ExportLinks } from './AssessmentLinks.js';
import { useDayFormat } from './format.js';
import { editPath, StartAssessmentButton } from './StartAssessmentButton.js';
import './assessments.css';

/** A rating and, from the second round on, its change since the round before. */
function Cell({ current, previous }: { current: number | null; previous: number | null | undefined }) {
  const { t } = useTranslation('assessments');
  const change = previous === undefined ? null : ratingChange(previous, current);
  return (
    <>
      {current === null ? (
        <>
          <span aria-hidden="true">–</span>
          <span className="visually-hidden">{t('notRated')}</span>
        </>
      ) : (
        current
      )}
      {change === null ? null : change === 0 ? (
        <span className="ax-change muted">
          <span aria-hidden="true">=</span>
          <span className="visually-hidden">{t('history.same')}</span>
        </span>
      ) : (
        <span className={`ax-change ${change > 0 ? 'ax-up' : 'ax-down'}`}>
          <span aria-hidden="true">{change > 0 ? `▲ +${change}` : `▼ ${change}`}</span>
          <span className="visually-hidden">
            {t(change > 0 ? 'history.up' : 'history.down', { n: Math.abs(change) })}
          </span>
        </span>
      )}
    </>
  );
}

function RoundDetails({ round, title }: { round: Assessment; title: string }) {
  const { t } = useTranslation('assessments');
  const instant = useDateFormat();
  return (
    <details>
      <summary>{title}</summary>
      {round.participants ? (
        <p>
          <strong>{t('history.participants')}:</strong> {round.participants}
        </p>
      ) : null}
      {round.summaryText ? (
        <p>
          <strong>{t('history.summary')}:</strong> {round.summaryText}
        </p>
      ) : null}
      {round.submittedAt ? (
        <p className="muted">
          {t('history.submittedBy', { name: round.submittedBy ?? '—', date: instant(round.submittedAt) })}
        </p>
      ) : null}
      <dl className="details">
        {round.ratings.map((r) => (
          <div key={r.dimension}>
            <dt>
              {r.label} — {r.rating === null ? t('notRated') : t('ratingOf', { rating: r.rating })}
            </dt>
            <dd>
              {r.evidenceText ?? <span className="muted">{t('history.noEvidence')}</span>}
              {r.links.length ? <EvidenceLinks hrefs={r.links} /> : null}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** A country's rounds side by side (dimension × date) with the change between rounds. */
export default function HistoryPage() {
  const { t } = useTranslation('assessments');
  const { code = '' } = useParams();
  const countryCode = code.toUpperCase();
  const locale = useLocale();
  const day = useDayFormat();
  const base = `/countries/${countryCode}/assessments`;
  const { data, error, loading } = useApi<AssessmentHistory>(`${base}?locale=${locale}`);
  const justSubmitted = (useLocation().state as { submitted?: boolean } | null)?.submitted === true;

  if (error?.status === 404 || error?.status === 400) return <NotFoundPage />;
  if (!data) return loading ? <Loading /> : <ApiErrorAlert error={error} />;

  // Oldest first, left to right, so each cell's change reads against the column before it.
  const rounds = [...data.items].reverse();
  const draft = data.items.find((a) => a.status === 'draft');
  const roundTitle = (a: Assessment) =>
    t(a.status === 'draft' ? 'history.draftRound' : 'history.round', { date: day(a.assessedOn) });
  const dimensions = rounds.at(-1)?.ratings ?? [];

  return (
    <Page
      title={t('history.title', { country: data.country.name })}
      before={
        <Link className="back-link" to={`/countries/${countryCode}`}>
          {t('history.backToCountry', { country: data.country.name })}
        </Link>
      }
      intro={<p>{t('history.intro')}</p>}
      actions={
        draft?.abilities.edit ? (
          <Link className="btn btn-primary" to={editPath(countryCode, draft.id)}>
            {t('overview.resumeDraft', { rated: draft.ratedCount, total: draft.dimensionCount })}
          </Link>
        ) : data.abilities.create ? (
          <StartAssessmentButton countryCode={countryCode} />
        ) : null
      }
    >
      {justSubmitted ? (
        <Alert tone="success">
          <p>{t('form.submittedNote')}</p>
        </Alert>
      ) : null}
      {rounds.length === 0 ? (
        <p>{t('history.none')}</p>
      ) : (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="table-scroll" aria-labelledby="history-caption" tabIndex={0}>
            <table>
              <caption id="history-caption">{t('history.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dimension')}</th>
                  {rounds.map((a) => (
                    <th key={a.id} scope="col">
                      {a.status === 'draft' ? roundTitle(a) : day(a.assessedOn)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {dimensions.map((dim) => (
                  <tr key={dim.dimension}>
                    <th scope="row">{dim.label}</th>
                    {rounds.map((a, i) => {
                      const previous =
                        i === 0
                          ? undefined
                          : rounds[i - 1]!.ratings.find((r) => r.dimension === dim.dimension)?.rating;
                      const current = a.ratings.find((r) => r.dimension === dim.dimension)?.rating ?? null;
                      return (
                        <td key={a.id}>
                          <Cell current={current} previous={i === 0 ? undefined : (previous ?? null)} />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <ExportLinks countryCode={countryCode} />
          <section className="section" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">{t('history.evidenceHeading')}</h2>
            {data.items.map((a) => (
              <RoundDetails key={a.id} round={a} title={roundTitle(a)} />
            ))}
          </section>
        </>
      )}
      <p className="muted">
        <a href={withQuery('/api/v1/assessments/export', { format: 'csv', locale })} download>
          {t('export.downloadAll', { format: 'CSV' })}
        </a>
      </p>
    </Page>
  );
}
