import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { useLocale } from '../../app/i18n.js';
import { Loading } from '../../components/ui/index.js';

const SHOWN = 10;

/** The country's organisations in the directory: a short list, and a link to all of them. */
export function CountryOrganisations({
  countryCode,
  countryName,
}: {
  countryCode: string;
  countryName: string;
}) {
  const { t } = useTranslation('countries');
  const locale = useLocale();
  const { data, loading } = useApi<{ items: OrganisationSummary[]; nextCursor: string | null }>(
    withQuery('/organisations', { country: countryCode, limit: SHOWN, locale }),
  );

  return (
    <section className="section" aria-labelledby="organisations-heading">
      <h2 id="organisations-heading">{t('page.organisations')}</h2>
      {loading ? <Loading /> : null}
      {data && data.items.length === 0 ? <p className="muted">{t('page.noOrganisations')}</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <ul>
            {data.items.map((o) => (
              <li key={o.id}>
                <Link to={`/organisations/${o.id}`} lang={o.nameLocale !== locale ? o.nameLocale : undefined}>
                  {o.name}
                </Link>
                {o.acronym ? <span className="muted"> ({o.acronym})</span> : null}
                {o.orgTypeName ? <span className="muted"> · {o.orgTypeName}</span> : null}
              </li>
            ))}
          </ul>
          {data.nextCursor ? (
            <p>
              <Link to={`/organisations?country=${countryCode}`}>
                {t('page.allOrganisations', { name: countryName })}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
