import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Expert } from '../../../shared/contracts/expertise.js';
import { pickLocale } from '../../../shared/locale-map.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useDateFormat } from '../../app/format.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { useSession } from '../../app/session.js';
import { AboutSection } from '../../components/multilingual/AboutSection.js';
import { Alert, Facts, Loading, Page } from '../../components/ui/index.js';
import { CodeList } from './CodeList.js';
import { useExpertName } from './ExpertListItem.js';
import { RecordActions } from './RecordActions.js';

/** An expert as the reader may see them: visitors get their expertise, not who they are. */
export default function ExpertPage() {
  const { t } = useTranslation('expertise');
  const { id = '' } = useParams();
  const locale = useLocale();
  const { user } = useSession();
  const formatDate = useDateFormat();
  const name = useExpertName();
  const { data: e, error, loading } = useApi<Expert>(`/experts/${id}?locale=${locale}`);

  if (error?.status === 404) return <NotFoundPage />;
  if (!e) {
    return loading ? (
      <Loading />
    ) : (
      <Page title={t('expert.unavailable')}>
        <ApiErrorAlert error={error} />
      </Page>
    );
  }

  const org = e.organisation;
  const expertise = pickLocale(e.expertiseTexts, locale);
  const consentDate = e.consent
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${e.consent.givenOn}T00:00:00Z`),
      )
    : '';

  return (
    <Page
      title={name(e)}
      before={
        <Link className="back-link" to="/expertise?tab=experts">
          {t('capability.backToCatalogue')}
        </Link>
      }
      actions={
        <RecordActions
          abilities={e.abilities}
          editTo={`/experts/${e.id}/edit`}
          historyTo={`/audit/expert/${e.id}`}
          deletePath={`/experts/${e.id}`}
          afterDelete={`/organisations/${org.id}`}
          labels={{
            edit: t('expert.edit'),
            history: t('expert.history'),
            delete: t('expert.delete'),
            confirm: t('expert.confirmDelete'),
          }}
        />
      }
    >
      {e.isDemo ? <p className="badge">{t('demo')}</p> : null}
      {!user ? (
        <Alert tone="info">
          <p>
            {t('experts.privacyNote')}{' '}
            <Link to={`/login?next=${encodeURIComponent(`/experts/${e.id}`)}`}>{t('experts.signIn')}</Link>
          </p>
        </Alert>
      ) : null}
      <AboutSection heading={t('expert.about')} text={expertise} emptyText={t('expert.noExpertise')} />
      <section className="section" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t('expert.facts')}</h2>
        <Facts
          facts={[
            [t('fields.jobTitle'), e.jobTitle],
            [
              t('fields.organisation'),
              <Link key="org" to={`/organisations/${org.id}`}>
                {org.acronym ? `${org.name} (${org.acronym})` : org.name}
              </Link>,
            ],
            [t('fields.country'), org.countryName],
            [
              t('fields.email'),
              e.email ? (
                <a key="mail" href={`mailto:${e.email}`}>
                  {e.email}
                </a>
              ) : null,
            ],
            [t('fields.sectors'), <CodeList key="s" items={e.sectors} />],
            [t('fields.languages'), e.languages.map((l) => l.name).join(', ')],
            [
              t('fields.availability'),
              [t(`availability.${e.availability}`), e.availabilityNote].filter(Boolean).join(' — '),
            ],
            [t('fields.updated'), formatDate(e.updatedAt)],
          ]}
        />
      </section>
      <section className="section" aria-labelledby="capabilities-heading">
        <h2 id="capabilities-heading">{t('expert.capabilities')}</h2>
        {e.capabilities.length === 0 ? (
          <p className="muted">{t('expert.noCapabilities')}</p>
        ) : (
          <ul>
            {e.capabilities.map((c) => (
              <li key={c.id}>
                <Link to={`/capabilities/${c.id}`}>{c.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {e.consent ? (
        <section className="section" aria-labelledby="consent-heading">
          <h2 id="consent-heading">{t('expert.consent')}</h2>
          <p>
            {t('expert.consentGiven', { date: consentDate, method: t(`consentMethod.${e.consent.method}`) })}{' '}
            {e.consent.recordedBy
              ? t('expert.consentRecordedBy', { name: e.consent.recordedBy.displayName })
              : null}
          </p>
        </section>
      ) : null}
    </Page>
  );
}
