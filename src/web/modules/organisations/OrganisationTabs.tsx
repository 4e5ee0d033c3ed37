import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../shared/contracts/organisations.js';
import { TabLinks } from '../../components/ui/index.js';

/** Profile / members as links (each tab is a shareable address), members only with the ability. */
export function OrganisationTabs({
  organisation,
  current,
}: {
  organisation: Organisation;
  current: 'profile' | 'members';
}) {
  const { t } = useTranslation('organisations');
  if (!organisation.abilities.manage_members) return null;
  const base = `/organisations/${organisation.id}`;
  return (
    <TabLinks
      label={t('tabs.label')}
      tabs={[
        { key: 'profile', to: base, label: t('tabs.profile'), current: current === 'profile' },
        { key: 'members', to: `${base}/members`, label: t('tabs.members'), current: current === 'members' },
      ]}
    />
  );
}
