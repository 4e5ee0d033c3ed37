import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CountryComparison } from '../../../shared/contracts/country-profiles.js';
import { type FieldSection, fieldValue, PROFILE_FIELDS } from '../../../shared/country-profile-fields.js';
import { Button } from '../../components/ui/index.js';
import { FieldValue } from './FieldValue.js';
import { useDayFormat } from './format.js';
import { useProfileLabels } from './use-profile-labels.js';
import { organisationIds, useValueContext } from './value-context.js';

const SECTIONS = [...new Set(PROFILE_FIELDS.map((f) => f.section))];
type Country = CountryComparison['countries'][number];

/**
 * The comparison: one column per country, one row per field, grouped by section. The field
 * names stay in view while the table scrolls sideways on a phone.
 */
export function CompareTable({
  countries,
  onRemove,
}: {
  countries: readonly Country[];
  onRemove: (code: string) => void;
}) {
  const { t } = useTranslation('countries');
  const labels = useProfileLabels();
  const formatDay = useDayFormat();
  const ctx = useValueContext(
    countries.flatMap((c) => organisationIds(c.profile?.content)),
    countries.flatMap((c) => c.profile?.bodies ?? []),
  );
  const valueAt = (c: Country, path: string) =>
    c.profile ? (path === 'bodies' ? c.profile.bodies : fieldValue(c.profile.content, path)) : null;
  const sectionRows = (section: FieldSection) => (
    <tbody key={section}>
      <tr className="section-row">
        <th colSpan={countries.length + 1} scope="rowgroup">
          <span className="sticky-label">{labels.section(section)}</span>
        </th>
      </tr>
      {PROFILE_FIELDS.filter((f) => f.section === section).map((field) => (
        <tr key={field.path}>
          <th scope="row">{labels.field(field.path)}</th>
          {countries.map((c) => (
            <td key={c.code}>
              {c.profile ? (
                <FieldValue
                  field={field}
                  value={valueAt(c, field.path)}
                  ctx={ctx}
                  defaultLocale={c.profile.content.defaultLocale}
                />
              ) : (
                <span className="muted">—</span>
              )}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby="compare-caption" tabIndex={0}>
      <table className="compare-table">
        <caption id="compare-caption">
          {t('compare.caption', { names: countries.map((c) => c.name).join(', ') })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.field')}</th>
            {countries.map((c) => (
              <th key={c.code} scope="col">
                <Link to={`/countries/${c.code}`}>{c.name}</Link>
                <p className="muted">
                  {c.profile
                    ? t('compare.version', {
                        version: c.profile.version,
                        date: formatDay(c.profile.publishedAt),
                      })
                    : t('compare.noProfile')}
                </p>
                <Button
                  variant="quiet"
                  className="btn-small"
                  aria-label={t('compare.removeNamed', { name: c.name })}
                  onClick={() => onRemove(c.code)}
                >
                  {t('compare.remove')}
                </Button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('compare.region')}</th>
            {countries.map((c) => (
              <td key={c.code}>{c.regionName ?? <span className="muted">—</span>}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('compare.incomeGroup')}</th>
            {countries.map((c) => (
              <td key={c.code}>
                {c.incomeGroup ? labels.incomeGroup(c.incomeGroup) : <span className="muted">—</span>}
              </td>
            ))}
          </tr>
        </tbody>
        {SECTIONS.map(sectionRows)}
      </table>
    </section>
  );
}
