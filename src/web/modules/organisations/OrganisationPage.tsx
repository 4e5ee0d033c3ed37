import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Organisation } from '../../../shared/contracts/organisations.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { FallbackMarker } from '../../components/multilingual/FallbackMarker.js';
import { Loading, Page } from '../../components/ui/index.js';
import { LinkedDialoguesSection } from '../dialogues/LinkedDialoguesSection.js';
import { OrganisationExpertise } from '../expertise/OrganisationExpertise.js';
import { MembersPanel } from './MembersPanel.js';
import { OrganisationActions } from './OrganisationActions.js';
import { OrganisationDetails } from './OrganisationDetails.js';
import { OrganisationTabs } from './OrganisationTabs.js';

/**
 * An organisation's public profile (with its expertise and the dialogues it convenes or hosts),
 * and its members tab for those who may manage them.
 */
export default function OrganisationPage({ tab = 'profile' }: { tab?: 'profile' | 'members' }) {
  const { t } = useTranslation('organisations');
  const { id = '' } = useParams();
  const locale = useLocale();
  const { data: org, error, loading } = useApi<Organisation>(`/organisations/${id}?locale=${locale}`);

  if (error?.status === 404) return <NotFoundPage />;
  if (!org) {
    return loading ? (
      <Loading />
    ) : (
      <Page title={t('profile.unavailable')}>
        <ApiErrorAlert error={error} />
      </Page>
    );
  }

  const showMembers = tab === 'members' && org.abilities.manage_members === true;
  return (
    <Page
      title={org.acronym ? `${org.name} (${org.acronym})` : org.name}
      before={<FallbackMarker shownIn={org.nameLocale} />}
      actions={<OrganisationActions organisation={org} />}
    >
      <OrganisationTabs organisation={org} current={showMembers ? 'members' : 'profile'} />
      {showMembers ? (
        <MembersPanel organisationId={org.id} />
      ) : (
        <>
          <OrganisationDetails organisation={org} />
          <OrganisationExpertise organisationId={org.id} />
          <LinkedDialoguesSection
            link={{ organisation: org.id }}
            heading={t('profile.dialogues')}
            seeAll={t('profile.allDialogues')}
          />
        </>
      )}
    </Page>
  );
}
