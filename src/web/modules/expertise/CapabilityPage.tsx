import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Capability } from '../../../shared/contracts/expertise.js';
import { pickLocale } from '../../../shared/locale-map.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useDateFormat } from '../../app/format.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { AboutSection } from '../../components/multilingual/AboutSection.js';
import { FallbackMarker } from '../../components/multilingual/FallbackMarker.js';
import { Facts, LinkButton, Loading, Page } from '../../components/ui/index.js';
import { CodeList } from './CodeList.js';
import { ExpertListItem } from './ExpertListItem.js';
import { RecordActions } from './RecordActions.js';

/** A capability: what is offered, by whom, on what terms, and the experts who can deliver it. */
export default function CapabilityPage() {
  const { t } = useTranslation('expertise');
  const { id = '' } = useParams();
  const locale = useLocale();
  const formatDate = useDateFormat();
  const { data: c, error, loading } = useApi<Capability>(`/capabilities/${id}?locale=${locale}`);

  if (error?.status === 404) return <NotFoundPage />;
  if (!c) {
    return loading ? (
      <Loading />
    ) : (
      <Page title={t('capability.unavailable')}>
        <ApiErrorAlert error={error} />
      </Page>
    );
  }

  const description = pickLocale(c.description, locale, c.defaultLocale);
  const note = pickLocale(c.costSharingNote, locale, c.defaultLocale);
  const org = c.organisation;

  return (
    <Page
      title={c.title}
      before={
        <>
          <Link className="back-link" to="/expertise">
            {t('capability.backToCatalogue')}
          </Link>
          <FallbackMarker shownIn={c.titleLocale} />
        </>
      }
      actions={
        <RecordActions
          abilities={c.abilities}
          editTo={`/capabilities/${c.id}/edit`}
          historyTo={`/audit/capability/${c.id}`}
          deletePath={`/capabilities/${c.id}`}
          afterDelete={`/organisations/${org.id}`}
          labels={{
            edit: t('capability.edit'),
            history: t('capability.history'),
            delete: t('capability.delete'),
            confirm: t('capability.confirmDelete', { title: c.title }),
          }}
        />
      }
    >
      {c.isDemo ? <p className="badge">{t('demo')}</p> : null}
      <AboutSection
        heading={t('capability.about')}
        text={description}
        emptyText={t('capability.noDescription')}
      />
      <section className="section" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t('capability.facts')}</h2>
        <Facts
          facts={[
            [
              t('fields.organisation'),
              <Link key="org" to={`/organisations/${org.id}`}>
                {org.acronym ? `${org.name} (${org.acronym})` : org.name}
              </Link>,
            ],
            [t('fields.country'), org.countryName],
            [t('fields.sectors'), <CodeList key="s" items={c.sectors} />],
            [t('fields.sdgTargets'), <CodeList key="g" items={c.sdgTargets} />],
            [t('fields.instruments'), c.instruments.map((i) => i.name).join(', ')],
            [t('fields.languages'), c.languages.map((l) => l.name).join(', ')],
            [
              t('fields.capacityPerYear'),
              c.capacityPerYear === null
                ? t('capabilities.capacityUnknown')
                : t('capabilities.capacity', { count: c.capacityPerYear }),
            ],
            [
              t('fields.costSharing'),
              <>
                {t(`costSharing.${c.costSharing}`)}
                {note ? (
                  <span lang={note.locale}>
                    {' — '}
                    {note.text}
                  </span>
                ) : null}
              </>,
            ],
            [t('fields.visibility'), t(`visibility.${c.visibility}`)],
            [t('fields.updated'), formatDate(c.updatedAt)],
          ]}
        />
      </section>
      <section className="section" aria-labelledby="experts-heading">
        <h2 id="experts-heading">{t('capability.experts')}</h2>
        {c.experts.length === 0 ? <p className="muted">{t('capability.noExperts')}</p> : null}
        <ul className="result-list">
          {c.experts.map((e) => (
            <ExpertListItem key={e.id} expert={e} showOrganisation={false} />
          ))}
        </ul>
        {c.abilities.update ? (
          <LinkButton to={`/experts/new?organisation=${org.id}&capability=${c.id}`} variant="secondary">
            {t('capability.addExpert')}
          </LinkButton>
        ) : null}
      </section>
    </Page>
  );
}
