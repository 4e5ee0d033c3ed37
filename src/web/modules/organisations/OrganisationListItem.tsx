import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.js';
import { useLocale } from '../../app/i18n.js';

/** One row of the directory: the name links to the profile; type and country underneath. */
export function OrganisationListItem({ organisation: o }: { organisation: OrganisationSummary }) {
  const { t } = useTranslation('organisations');
  const locale = useLocale();
  const facts = [o.orgTypeName, o.countryName].filter(Boolean).join(' · ');
  return (
    <li>
      <Link to={`/organisations/${o.id}`} lang={o.nameLocale !== locale ? o.nameLocale : undefined}>
        {o.name}
      </Link>
      {o.acronym ? <span className="muted"> ({o.acronym})</span> : null}
      {facts ? <p className="muted">{facts}</p> : null}
      {o.visibility !== 'public' ? <p className="badge">{t(`visibility.${o.visibility}`)}</p> : null}
      {o.isDemo ? <p className="badge">{t('demo')}</p> : null}
    </li>
  );
}
