import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CountryComparison } from '../../../shared/contracts/country-profiles.js';
import { useCountries } from '../../api/reference.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Button, Loading, Page } from '../../components/ui/index.js';
import { ComparePicker } from './ComparePicker.js';
import { CompareTable } from './CompareTable.js';
import {
  addCode,
  COMPARE_MAX,
  COMPARE_MIN,
  canCompare,
  compareExportHref,
  compareHref,
  comparePath,
  parseCodes,
  removeCode,
} from './compare-codes.js';
import './countries.css';

/**
 * Two to five countries side by side on every field of their published profiles. The countries
 * are in the URL (`?codes=MX,CN`): the page is a link to share, and it exports as CSV or XLSX.
 */
export default function ComparePage() {
  const { t } = useTranslation('countries');
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const codes = parseCodes(params.get('codes'));
  const countries = useCountries(locale);
  const ready = canCompare(codes);
  const result = useApi<CountryComparison>(ready ? comparePath(codes, locale) : null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  const go = (next: string[]) => {
    setCopied(null);
    setParams(next.length ? { codes: next.join(',') } : {});
  };
  const nameOf = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  const link = `${window.location.origin}${compareHref(codes)}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };

  return (
    <Page
      title={t('compare.title')}
      intro={<p>{t('compare.intro', { min: COMPARE_MIN, max: COMPARE_MAX })}</p>}
      before={
        <Link className="back-link" to="/countries">
          {t('compare.back')}
        </Link>
      }
    >
      <ComparePicker
        codes={codes}
        countries={countries}
        nameOf={nameOf}
        onAdd={(code) => go(addCode(codes, code))}
        onRemove={(code) => go(removeCode(codes, code))}
      />

      {ready ? (
        <section className="section" aria-labelledby="result-heading">
          <h2 id="result-heading">{t('compare.result')}</h2>
          <div className="button-row">
            <Button variant="secondary" onClick={() => void copy()}>
              {t('compare.copyLink')}
            </Button>
            <span className="export-links">
              {t('compare.download')}
              {(['xlsx', 'csv'] as const).map((format) => (
                <a key={format} href={compareExportHref(codes, locale, format)} download>
                  {format.toUpperCase()}
                </a>
              ))}
            </span>
          </div>
          <div role="status">
            {copied === 'yes' ? <p>{t('compare.copied')}</p> : null}
            {copied === 'no' ? (
              <p>
                {t('compare.copyManually')} <code className="break-anywhere">{link}</code>
              </p>
            ) : null}
          </div>
          <ApiErrorAlert error={result.error} />
          {result.loading ? <Loading /> : null}
          {result.data && !result.loading ? (
            <CompareTable
              countries={result.data.countries}
              onRemove={(code) => go(removeCode(codes, code))}
            />
          ) : null}
        </section>
      ) : (
        <p>{t('compare.needMore', { count: COMPARE_MIN - codes.length })}</p>
      )}
    </Page>
  );
}
