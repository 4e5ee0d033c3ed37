import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExpertSummary } from '../../../shared/contracts/expertise.js';
import { useLocale } from '../../app/i18n.js';

/** How an expert is named: their name for members, "Expert, organisation" for visitors. */
export function useExpertName() {
  const { t } = useTranslation('expertise');
  return (e: Pick<ExpertSummary, 'fullName' | 'organisation'>) =>
    e.fullName ?? t('experts.anonymous', { organisation: e.organisation.name });
}

/** One expert in a result list; personal data only as the API sent it (never for visitors). */
export function ExpertListItem({
  expert: e,
  showOrganisation = true,
}: {
  expert: ExpertSummary;
  showOrganisation?: boolean;
}) {
  const { t } = useTranslation('expertise');
  const locale = useLocale();
  const name = useExpertName();
  const org = [e.organisation.name, e.organisation.countryName].filter(Boolean).join(' · ');
  const facts = [
    e.sectors.map((s) => s.name).join(', '),
    e.languages.map((l) => l.name).join(', '),
    t(`availability.${e.availability}`),
  ].filter(Boolean);
  return (
    <li>
      <Link to={`/experts/${e.id}`}>{name(e)}</Link>
      {e.jobTitle ? <span className="muted"> — {e.jobTitle}</span> : null}
      {showOrganisation ? <p className="muted">{org}</p> : null}
      {e.expertise ? (
        <p lang={e.expertiseLocale && e.expertiseLocale !== locale ? e.expertiseLocale : undefined}>
          {e.expertise}
        </p>
      ) : null}
      <p className="muted">{facts.join(' · ')}</p>
      {e.isDemo ? <p className="badge">{t('demo')}</p> : null}
    </li>
  );
}
