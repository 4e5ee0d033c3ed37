import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CapabilitySummary } from '../../../shared/contracts/expertise.js';
import { useLocale } from '../../app/i18n.js';

/** One capability in a result list: title, who offers it, a summary and what it comes with. */
export function CapabilityListItem({ capability: c }: { capability: CapabilitySummary }) {
  const { t } = useTranslation('expertise');
  const locale = useLocale();
  const org = [c.organisation.name, c.organisation.countryName].filter(Boolean).join(' · ');
  const terms = [
    c.instruments.map((i) => i.name).join(', '),
    c.languages.map((l) => l.name).join(', '),
    t(`costSharing.${c.costSharing}`),
    c.capacityPerYear !== null ? t('capabilities.capacity', { count: c.capacityPerYear }) : null,
  ].filter(Boolean);
  return (
    <li>
      <Link to={`/capabilities/${c.id}`} lang={c.titleLocale !== locale ? c.titleLocale : undefined}>
        {c.title}
      </Link>
      <p className="muted">{org}</p>
      {c.summary ? (
        <p lang={c.summaryLocale && c.summaryLocale !== locale ? c.summaryLocale : undefined}>{c.summary}</p>
      ) : null}
      {c.sectors.length > 0 || c.sdgTargets.length > 0 ? (
        <p className="muted">
          {c.sectors.map((s) => s.name).join(', ')}
          {c.sdgTargets.length > 0 ? (
            <>
              {c.sectors.length > 0 ? ' · ' : null}
              {t('fields.sdgTargets')}: {c.sdgTargets.map((s) => s.code).join(', ')}
            </>
          ) : null}
        </p>
      ) : null}
      <p className="muted">{terms.join(' · ')}</p>
      {c.visibility !== 'public' ? <p className="badge">{t(`visibility.${c.visibility}`)}</p> : null}
      {c.isDemo ? <p className="badge">{t('demo')}</p> : null}
    </li>
  );
}
