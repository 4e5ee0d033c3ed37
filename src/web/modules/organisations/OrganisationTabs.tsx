import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation } from '../../../shared/contracts/organisations.js';

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
    <nav aria-label={t('tabs.label')}>
      <ul className="tabs">
        <li>
          <Link to={base} aria-current={current === 'profile' ? 'page' : undefined}>
            {t('tabs.profile')}
          </Link>
        </li>
        <li>
          <Link to={`${base}/members`} aria-current={current === 'members' ? 'page' : undefined}>
            {t('tabs.members')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
