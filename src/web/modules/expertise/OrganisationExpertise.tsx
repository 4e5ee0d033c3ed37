import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CapabilitySummary, ExpertSummary } from '../../../shared/contracts/expertise.js';
import { useApi } from '../../api/use-api.js';
import { useLocale } from '../../app/i18n.js';
import { LinkButton } from '../../components/ui/index.js';
import { ExpertListItem } from './ExpertListItem.js';

const SHOWN = 20;

function Section({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('expertise');
  const locale = useLocale();
  const capabilities = useApi<{ items: CapabilitySummary[]; nextCursor: string | null }>(
    `/capabilities?organisation=${organisationId}&limit=${SHOWN}&locale=${locale}`,
  );
  const experts = useApi<{ items: ExpertSummary[]; nextCursor: string | null }>(
    `/experts?organisation=${organisationId}&limit=${SHOWN}&locale=${locale}`,
  );
  const abilities = useApi<{ abilities: { manage: boolean } }>(
    `/expertise/abilities?organisation=${organisationId}`,
  );
  const manage = abilities.data?.abilities.manage === true;
  const caps = capabilities.data?.items ?? [];
  const people = experts.data?.items ?? [];

  return (
    <section className="section" aria-labelledby="expertise-heading">
      <h2 id="expertise-heading">{t('organisation.heading')}</h2>
      <p className="muted">{t('organisation.intro')}</p>
      <h3>{t('organisation.capabilities')}</h3>
      {capabilities.data && caps.length === 0 ? (
        <p className="muted">{t('organisation.noCapabilities')}</p>
      ) : null}
      <ul>
        {caps.map((c) => (
          <li key={c.id}>
            <Link to={`/capabilities/${c.id}`} lang={c.titleLocale !== locale ? c.titleLocale : undefined}>
              {c.title}
            </Link>
            {c.visibility !== 'public' ? (
              <span className="muted"> ({t(`visibility.${c.visibility}`)})</span>
            ) : null}
          </li>
        ))}
      </ul>
      {capabilities.data?.nextCursor ? (
        <p>
          <Link to={`/expertise?organisation=${organisationId}`}>{t('organisation.seeAll')}</Link>
        </p>
      ) : null}
      {manage ? (
        <p>
          <LinkButton to={`/capabilities/new?organisation=${organisationId}`} variant="secondary">
            {t('organisation.addCapability')}
          </LinkButton>
        </p>
      ) : null}
      <h3>{t('organisation.experts')}</h3>
      {experts.data && people.length === 0 ? <p className="muted">{t('organisation.noExperts')}</p> : null}
      <ul className="result-list">
        {people.map((e) => (
          <ExpertListItem key={e.id} expert={e} showOrganisation={false} />
        ))}
      </ul>
      {experts.data?.nextCursor ? (
        <p>
          <Link to={`/expertise?tab=experts&organisation=${organisationId}`}>{t('organisation.seeAll')}</Link>
        </p>
      ) : null}
      {manage ? (
        <p>
          <LinkButton to={`/experts/new?organisation=${organisationId}`} variant="secondary">
            {t('organisation.addExpert')}
          </LinkButton>
        </p>
      ) : null}
    </section>
  );
}

/** The organisation page's "Expertise" section: its capabilities and experts, with add buttons when allowed. */
export function OrganisationExpertise({ organisationId }: { organisationId: string }) {
  // Its own boundary: the page is already shown while this section's words load.
  return (
    <Suspense fallback={null}>
      <Section organisationId={organisationId} />
    </Suspense>
  );
}
