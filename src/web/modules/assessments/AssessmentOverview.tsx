import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AssessmentComparison, AssessmentHistory } from '../../../shared/contracts/assessments.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Loading } from '../../components/ui/index.js';
import { ExportLinks } from './AssessmentLinks.js';
import { ComparisonChart } from './ComparisonChart.js';
import { ComparisonTable } from './ComparisonTable.js';
import { useDayFormat, useGroupName } from './format.js';
import { PeerSelector } from './PeerSelector.js';
import { comparisonQuery, readPeerChoice, writePeerChoice } from './peer-query.js';
import { editPath, StartAssessmentButton } from './StartAssessmentButton.js';
import './assessments.css';

/**
 * The latest self-assessment of a country against a peer group and the network, for the country
 * page: the chart, its table, the peer-group choice (kept in the address), and the way to the
 * history, the form and the downloads.
 */
export function AssessmentOverview({ countryCode }: { countryCode: string }) {
  const { t } = useTranslation('assessments');
  const locale = useLocale();
  const day = useDayFormat();
  const groupName = useGroupName();
  const [params, setParams] = useSearchParams();
  const choice = readPeerChoice(params);
  const query = comparisonQuery(choice);
  const base = `/countries/${countryCode}/assessments`;
  const history = useApi<AssessmentHistory>(`${base}?locale=${locale}`);
  const comparison = useApi<AssessmentComparison>(
    query ? `${base}/comparison?${query}&locale=${locale}` : null,
  );
  const c = comparison.data;
  const latest = history.data?.items.find((a) => a.status === 'submitted');
  const draft = history.data?.items.find((a) => a.status === 'draft');
  const countryName = history.data?.country.name ?? countryCode;

  return (
    <section className="section" aria-labelledby="assessment-heading">
      <h2 id="assessment-heading">{t('overview.heading')}</h2>
      <ApiErrorAlert error={history.error ?? comparison.error} />
      {history.loading && !history.data ? <Loading /> : null}
      {history.data ? (
        latest ? (
          <p>
            {t('overview.latest', { date: day(latest.assessedOn) })}{' '}
            <Link to={base}>{t('overview.history')}</Link>
          </p>
        ) : (
          <p className="muted">{t('overview.none', { country: countryName })}</p>
        )
      ) : null}

      {latest ? (
        <>
          <PeerSelector
            countryCode={countryCode}
            countryName={countryName}
            hasIncomeGroup={Boolean(c?.country.incomeGroup)}
            choice={choice}
            onChange={(next) =>
              setParams(writePeerChoice(params, next), { replace: true, preventScrollReset: true })
            }
          />
          {comparison.loading && !c ? <Loading /> : null}
          {c && query ? (
            <>
              {c.peers.length === 0 ? <p className="muted">{t('overview.noPeers')}</p> : null}
              <ComparisonChart
                comparison={c}
                groupName={groupName(c)}
                whoSolvedHref={(dimension) =>
                  withQuery('/assessments/who-solved', { dimension, country: countryCode })
                }
              />
              {c.peers.length > 0 ? (
                <p className="muted">
                  {t('overview.peersAre', {
                    names: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
                      c.peers.map((p) =>
                        p.hasAssessment ? p.name : `${p.name} (${t('peers.noAssessment')})`,
                      ),
                    ),
                  })}
                </p>
              ) : null}
              <p className="muted">{t('overview.networkCount', { n: c.networkCount })}</p>
              <details>
                <summary>{t('overview.showTable')}</summary>
                <ComparisonTable comparison={c} groupName={groupName(c)} />
              </details>
            </>
          ) : null}
        </>
      ) : null}

      {history.data ? (
        <div className="button-row">
          {draft?.abilities.edit ? (
            <Link className="btn btn-primary" to={editPath(countryCode, draft.id)}>
              {t('overview.resumeDraft', { rated: draft.ratedCount, total: draft.dimensionCount })}
            </Link>
          ) : null}
          {history.data.abilities.create ? <StartAssessmentButton countryCode={countryCode} /> : null}
        </div>
      ) : null}
      {latest ? <ExportLinks countryCode={countryCode} /> : null}
    </section>
  );
}
