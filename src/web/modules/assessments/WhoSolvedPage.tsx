import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AssessmentRubric, WhoSolved } from '../../../shared/contracts/assessments.js';
import { withQuery } from '../../api/client.js';
import { useCountries } from '../../api/reference.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { FallbackMarker } from '../../components/multilingual/FallbackMarker.js';
import { Button, Loading, Page, Select } from '../../components/ui/index.js';
import { EvidenceLinks } from './AssessmentLinks.js';
import { useDayFormat } from './format.js';
import './assessments.css';

const MIN_RATINGS = ['1', '2', '3', '4'];

/**
 * "Who solved this?": for a dimension where a country is weak, the countries that rate themselves
 * strong on it, with their evidence and (once the experience library exists) their experiences.
 * Everything is in the address: dimension, asking country and minimum rating.
 */
export default function WhoSolvedPage() {
  const { t } = useTranslation('assessments');
  const locale = useLocale();
  const day = useDayFormat();
  const headingId = useId();
  const [params, setParams] = useSearchParams();
  const dimension = params.get('dimension') ?? '';
  const country = params.get('country')?.toUpperCase() ?? '';
  const minRating = MIN_RATINGS.includes(params.get('minRating') ?? '') ? params.get('minRating')! : '3';
  const rubric = useApi<AssessmentRubric>(`/assessments/rubric?locale=${locale}`);
  const countries = useCountries(locale);
  const answer = useApi<WhoSolved>(
    dimension ? withQuery('/assessments/who-solved', { dimension, country, minRating, locale }) : null,
  );
  const asker = countries.find((c) => c.code === country);
  const w = answer.data;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams(params);
    next.set('dimension', String(form.get('dimension') ?? ''));
    next.set('minRating', String(form.get('minRating') ?? '3'));
    setParams(next);
  };

  return (
    <Page
      title={w ? t('whoSolved.titleFor', { dimension: w.dimension.label }) : t('whoSolved.title')}
      before={
        asker ? (
          <Link className="back-link" to={`/countries/${asker.code}`}>
            {t('whoSolved.backToCountry', { country: asker.name })}
          </Link>
        ) : null
      }
      intro={<p>{t('whoSolved.intro', { min: minRating })}</p>}
    >
      <form className="filters" onSubmit={onSubmit} key={`${dimension}-${minRating}-${rubric.data ? 1 : 0}`}>
        <Select
          name="dimension"
          label={t('whoSolved.dimension')}
          placeholder={t('whoSolved.chooseDimension')}
          defaultValue={dimension}
          options={(rubric.data?.dimensions ?? []).map((d) => ({ value: d.code, label: d.label }))}
        />
        <Select
          name="minRating"
          label={t('whoSolved.minRating')}
          defaultValue={minRating}
          options={MIN_RATINGS.map((r) => ({ value: r, label: `${r} — ${t(`levelName.${r}`)}` }))}
        />
        <Button type="submit" variant="secondary">
          {t('whoSolved.show')}
        </Button>
      </form>
      {asker ? <p className="muted">{t('whoSolved.asker', { country: asker.name })}</p> : null}
      <ApiErrorAlert error={answer.error} />
      {answer.loading ? <Loading /> : null}
      {w ? (
        <section aria-labelledby={headingId}>
          <h2 id={headingId} className="visually-hidden">
            {t('whoSolved.titleFor', { dimension: w.dimension.label })}
          </h2>
          <p className="muted">{w.dimension.definition}</p>
          {w.items.length === 0 ? <p>{t('whoSolved.none', { min: w.minRating })}</p> : null}
          <ul className="ax-answers">
            {w.items.map((item) => (
              <li key={item.code} className="card">
                <h3 className="card-title">
                  <Link to={`/countries/${item.code}`}>{item.name}</Link>
                </h3>
                <p className="badge">{t('ratingOf', { rating: item.rating })}</p>
                <p className="muted">
                  <Link to={`/countries/${item.code}/assessments`}>
                    {t('whoSolved.assessedOn', { date: day(item.assessedOn) })}
                  </Link>
                </p>
                {item.evidence ? (
                  <>
                    <h4>{t('whoSolved.evidence')}</h4>
                    {item.evidenceLocale ? <FallbackMarker shownIn={item.evidenceLocale} /> : null}
                    <p lang={item.evidenceLocale ?? undefined} dir="auto">
                      {item.evidence}
                    </p>
                  </>
                ) : null}
                {item.links.length ? (
                  <>
                    <h4>{t('whoSolved.links')}</h4>
                    <EvidenceLinks hrefs={item.links} />
                  </>
                ) : null}
                <h4>{t('whoSolved.experiences')}</h4>
                {item.experiences.length ? (
                  <ul>
                    {item.experiences.map((x) => (
                      <li key={x.id}>
                        <Link to={x.url}>{x.title}</Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">{t('whoSolved.noExperiences')}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}
