import { useTranslation } from 'react-i18next';
import { withQuery } from '../../api/client.js';
import { useLocale } from '../../app/i18n.js';

/** The web addresses given as evidence, as a list of links. */
export function EvidenceLinks({ hrefs }: { hrefs: readonly string[] }) {
  return (
    <ul>
      {hrefs.map((href) => (
        <li key={href}>
          <a href={href} rel="noopener noreferrer">
            {href}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The downloads of a country's rounds, in the reader's language. */
export function ExportLinks({ countryCode }: { countryCode: string }) {
  const { t } = useTranslation('assessments');
  const locale = useLocale();
  return (
    <p className="export-links">
      {t('export.download')}{' '}
      {(['xlsx', 'csv'] as const).map((format) => (
        <a
          key={format}
          href={withQuery(`/api/v1/countries/${countryCode}/assessments/export`, { format, locale })}
          download
        >
          {format.toUpperCase()}
        </a>
      ))}
    </p>
  );
}
