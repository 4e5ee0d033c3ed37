import { useTranslation } from 'react-i18next';
import type { Country, TimeZoneItem } from '../../../shared/contracts/reference.js';
import { Button, Select, TextArea, TextField } from '../../components/ui/index.js';
import { OrganisationPicker } from '../countries/OrganisationPicker.js';
import type { SiteDraft } from './planner-model.js';
import { SiteClock } from './SiteClock.js';
import { TimeZoneCombobox } from './TimeZoneCombobox.js';

interface Props {
  site: SiteDraft;
  /** API path of the site (`sites.2`), for its fields' errors. */
  path: string;
  zones: readonly TimeZoneItem[];
  countries: readonly Country[];
  /** The organisation's name when the draft does not hold it (a saved site). */
  organisationName: string;
  errorAt: (path: string) => string | undefined;
  onChange: (patch: Partial<SiteDraft>) => void;
}

/** One site's fields: where it is, its zone (found by city), its host, room and link, its hours and holidays. */
export function SiteFields({ site, path, zones, countries, organisationName, errorAt, onChange }: Props) {
  const { t } = useTranslation('dialogues');
  const text = (
    key: 'city' | 'venue' | 'room' | 'connection' | 'preferredFrom' | 'preferredTo' | 'holidays',
  ) => ({
    name: `${path}.${key}`,
    value: site[key],
    error: errorAt(`${path}.${key}`),
    onChange: (event: { target: { value: string } }) => onChange({ [key]: event.target.value }),
  });
  const orgName = site.organisationName || organisationName;

  return (
    <div className="site-fields">
      <TextField label={t('sites.city')} required maxLength={120} {...text('city')} />
      <TimeZoneCombobox
        label={t('sites.timeZone')}
        name={`${path}.timeZone`}
        value={site.timeZone}
        zones={zones}
        error={errorAt(`${path}.timeZone`)}
        onChange={(z) =>
          onChange({
            timeZone: z.id,
            // A zone found by its city also tells the city and the country, unless already given.
            ...(site.city.trim() ? {} : { city: z.capital ?? z.cities[0] ?? '' }),
            ...(site.countryCode || !z.countryCode ? {} : { countryCode: z.countryCode }),
          })
        }
      />
      <SiteClock zone={site.timeZone} />
      <Select
        label={t('sites.country')}
        name={`${path}.countryCode`}
        placeholder={t('sites.noCountry')}
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
        value={site.countryCode}
        error={errorAt(`${path}.countryCode`)}
        onChange={(event) => onChange({ countryCode: event.target.value })}
      />
      <div>
        {site.organisationId ? (
          <p>
            {t('sites.hostedBy', { organisation: orgName || t('sites.unnamedOrganisation') })}{' '}
            <Button
              variant="quiet"
              className="btn-small"
              aria-label={t('sites.removeHostNamed', { organisation: orgName })}
              onClick={() => onChange({ organisationId: '', organisationName: '' })}
            >
              {t('sites.removeHost')}
            </Button>
          </p>
        ) : (
          <OrganisationPicker
            label={t('sites.organisation')}
            hint={t('sites.organisationHint')}
            error={errorAt(`${path}.organisationId`)}
            onPick={(org) => onChange({ organisationId: org.id, organisationName: org.name })}
          />
        )}
      </div>
      <TextField label={t('sites.venue')} maxLength={300} {...text('venue')} />
      <TextField label={t('sites.room')} maxLength={300} {...text('room')} />
      <TextArea
        label={t('sites.connection')}
        hint={t('sites.connectionHint')}
        rows={2}
        maxLength={1000}
        {...text('connection')}
      />
      <fieldset className="site-hours">
        <legend>{t('sites.hours')}</legend>
        <p className="field-hint">{t('sites.hoursHint')}</p>
        <TextField label={t('sites.preferredFrom')} type="time" {...text('preferredFrom')} />
        <TextField label={t('sites.preferredTo')} type="time" {...text('preferredTo')} />
      </fieldset>
      <TextArea label={t('sites.holidays')} hint={t('sites.holidaysHint')} rows={2} {...text('holidays')} />
    </div>
  );
}
