import { useTranslation } from 'react-i18next';
import { withQuery } from '../../api/client.js';
import { useLocale } from '../../app/i18n.js';
import { DownloadLinks } from '../../components/lists/DownloadLinks.js';

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
    <DownloadLinks
      label={t('export.download')}
      hrefOf={(format) =>
        withQuery(`/api/v1/countries/${countryCode}/assessments/export`, { format, locale })
      }
    />
  );
}
