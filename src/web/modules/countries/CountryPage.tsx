import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CountryPage as CountryPageData } from '../../../shared/contracts/country-profiles.js';
import { diffProfiles } from '../../../shared/country-profile-diff.js';
import { ApiError, api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { Alert, Button, LinkButton, Loading, Page } from '../../components/ui/index.js';
import { AssessmentOverview } from '../assessments/AssessmentOverview.js';
import { LinkedDialoguesSection } from '../dialogues/LinkedDialoguesSection.js';
import { CountryCapabilities } from '../expertise/CountryCapabilities.js';
import { CountryOrganisations } from './CountryOrganisations.js';
import { useDayFormat } from './format.js';
import { ProfileView } from './ProfileView.js';
import { useProfileLabels } from './use-profile-labels.js';
import './countries.css';

const CODE = /^[A-Z]{2}$/;

/**
 * A country: its published SSC profile (every section), then its self-assessment, its
 * organisations, the capabilities they offer and its dialogues. Coordinators see whether the draft holds
 * unpublished changes; actions come from the page's abilities alone.
 */
export default function CountryPage() {
  const { t } = useTranslation('countries');
  const code = (useParams().code ?? '').toUpperCase();
  const locale = useLocale();
  const formatDay = useDayFormat();
  const labels = useProfileLabels();
  const navigate = useNavigate();
  const valid = CODE.test(code);
  const { data, error, loading } = useApi<CountryPageData>(
    valid ? `/countries/${code}?locale=${locale}` : null,
  );
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<ApiError>();

  if (!valid || error?.status === 404) return <NotFoundPage />;
  if (!data) {
    return loading ? (
      <Loading />
    ) : (
      <Page title={t('page.unavailable')}>
        <ApiErrorAlert error={error} />
      </Page>
    );
  }

  const { country, profile, draft, abilities } = data;
  const editPath = `/countries/${code}/profile/edit`;
  const unpublished =
    abilities.editProfile && draft && (!profile || diffProfiles(profile.content, draft.content).length > 0);

  const create = async () => {
    setCreating(true);
    setCreateError(undefined);
    try {
      await api.post(`/countries/${code}/profile`, {});
      navigate(editPath);
    } catch (reason) {
      setCreateError(reason instanceof ApiError ? reason : undefined);
      setCreating(false);
    }
  };

  const facts = [country.regionName, country.incomeGroup ? labels.incomeGroup(country.incomeGroup) : null]
    .filter(Boolean)
    .join(' · ');

  return (
    <Page
      title={country.name}
      intro={facts ? <p>{facts}</p> : undefined}
      before={
        <Link className="back-link" to="/countries">
          {t('page.back')}
        </Link>
      }
      actions={
        <>
          {abilities.editProfile && draft ? (
            <LinkButton to={editPath} variant="secondary">
              {t('page.edit')}
            </LinkButton>
          ) : null}
          {abilities.createProfile && !draft && !profile ? (
            <Button busy={creating} onClick={() => void create()}>
              {t('page.create')}
            </Button>
          ) : null}
          {abilities.audit && (profile || draft) ? (
            <LinkButton to={`/audit/country_profile/${code}`} variant="secondary">
              {t('page.audit')}
            </LinkButton>
          ) : null}
          <LinkButton to={`/countries/compare?codes=${code}`} variant="secondary">
            {t('page.compareWith')}
          </LinkButton>
        </>
      }
    >
      <ApiErrorAlert error={createError} />
      {unpublished ? (
        <Alert tone="info" title={t('page.draftTitle')}>
          <p>{profile ? t('page.draftChanged') : t('page.draftNew')}</p>
          <p>
            <Link to={editPath}>{t('page.draftContinue')}</Link>
          </p>
        </Alert>
      ) : null}

      <section className="section" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('page.profile')}</h2>
        {profile ? (
          <>
            <p className="muted">
              {t('page.version', { version: profile.version, date: formatDay(profile.publishedAt) })}{' '}
              <Link to={`/countries/${code}/profile/history`}>{t('page.history')}</Link>
            </p>
            <ProfileView profile={profile} />
          </>
        ) : (
          <p className="muted">{t('page.noProfile', { name: country.name })}</p>
        )}
      </section>

      <AssessmentOverview countryCode={code} />
      <CountryOrganisations countryCode={code} countryName={country.name} />
      <CountryCapabilities countryCode={code} />
      <LinkedDialoguesSection
        link={{ country: code }}
        heading={t('page.dialogues')}
        seeAll={t('page.allDialogues', { name: country.name })}
      />
    </Page>
  );
}
