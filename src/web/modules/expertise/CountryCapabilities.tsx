import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CapabilitySummary } from '../../../shared/contracts/expertise.js';
import { useApi } from '../../api/use-api.js';
import { useLocale } from '../../app/i18n.js';

const SHOWN = 6;

function List({ countryCode }: { countryCode: string }) {
  const { t } = useTranslation('expertise');
  const locale = useLocale();
  const { data } = useApi<{ items: CapabilitySummary[]; nextCursor: string | null }>(
    `/capabilities?country=${encodeURIComponent(countryCode)}&limit=${SHOWN}&locale=${locale}`,
  );
  if (!data) return null;
  return (
    <section className="section" aria-labelledby="country-capabilities-heading">
      <h2 id="country-capabilities-heading">{t('country.heading')}</h2>
      {data.items.length === 0 ? (
        <p className="muted">{t('country.none')}</p>
      ) : (
        <ul>
          {data.items.map((c) => (
            <li key={c.id}>
              <Link to={`/capabilities/${c.id}`} lang={c.titleLocale !== locale ? c.titleLocale : undefined}>
                {c.title}
              </Link>{' '}
              <span className="muted">— {c.organisation.acronym ?? c.organisation.name}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/expertise?country=${encodeURIComponent(countryCode)}`}>{t('country.seeAll')}</Link>
      </p>
    </section>
  );
}

/** The capabilities the organisations of a country offer, for the country page: a short list and a link to all. */
export function CountryCapabilities({ countryCode }: { countryCode: string }) {
  return (
    <Suspense fallback={null}>
      <List countryCode={countryCode} />
    </Suspense>
  );
}
