import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountries } from '../../api/reference.js';
import { useLocale } from '../../app/i18n.js';
import { FilterForm } from '../../components/filters/FilterForm.js';
import { Select } from '../../components/ui/index.js';
import { CodePicker } from './CodePicker.js';
import { appliesTo, FILTER_NAMES, type Filters, type Tab } from './filters.js';
import { AVAILABILITY_OPTIONS } from './options.js';
import {
  useInstruments,
  useSdgGoals,
  useSdgTargets,
  useSectors,
  useSpokenLanguages,
} from './reference-lists.js';

/** The catalogue's search and filters (see FilterForm: applied on submit, kept in the URL). */
export function CatalogueFilters({ tab, filters }: { tab: Tab; filters: Filters }) {
  const { t } = useTranslation('expertise');
  const locale = useLocale();
  const countries = useCountries(locale);
  const instruments = useInstruments(locale);
  const languages = useSpokenLanguages(locale);
  const sectors = useSectors(locale);
  const goals = useSdgGoals(locale);
  const targets = useSdgTargets(locale);
  const [sector, setSector] = useState(filters.sector ? [filters.sector] : []);
  const [sdg, setSdg] = useState(filters.sdg ? [filters.sdg] : []);

  const byName = [...languages].sort((a, b) => a.name.localeCompare(b.name, locale));
  /** The label, name and current value of one filter's control. */
  const filter = (name: 'country' | 'language' | 'instrument' | 'availability' | 'sort') => ({
    label: t(`filters.${name}`),
    name,
    defaultValue: filters[name],
  });

  return (
    <FilterForm
      labels={{
        region: t('filters.label'),
        q: t('filters.q'),
        qHint: tab === 'experts' ? t('filters.qHintExperts') : t('filters.qHintCapabilities'),
        apply: t('filters.apply'),
        clear: t('filters.clear'),
      }}
      q={filters.q}
      names={FILTER_NAMES}
      defaults={{ sort: 'title' }}
      notFilters={['tab']}
      optionLists={[countries, instruments, languages]}
      clearTo={tab === 'experts' ? '/expertise?tab=experts' : '/expertise'}
    >
      {filters.organisation ? <input type="hidden" name="organisation" value={filters.organisation} /> : null}
      <Select
        {...filter('country')}
        placeholder={t('filters.anyCountry')}
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
      />
      <Select
        {...filter('language')}
        placeholder={t('filters.anyLanguage')}
        options={byName.map((l) => ({ value: l.code, label: l.name }))}
      />
      {appliesTo(tab, 'instrument') ? (
        <Select
          {...filter('instrument')}
          placeholder={t('filters.anyInstrument')}
          options={instruments.map((i) => ({ value: i.code, label: i.name }))}
        />
      ) : null}
      {appliesTo(tab, 'availability') ? (
        <Select
          {...filter('availability')}
          placeholder={t('filters.anyAvailability')}
          options={AVAILABILITY_OPTIONS.map((a) => ({ value: a, label: t(`availability.${a}`) }))}
        />
      ) : null}
      {appliesTo(tab, 'sort') ? (
        <Select
          {...filter('sort')}
          options={[
            { value: 'title', label: t('filters.sortTitle') },
            { value: 'newest', label: t('filters.sortNewest') },
          ]}
        />
      ) : null}
      <CodePicker
        label={t('filters.sector')}
        name="sector"
        items={sectors}
        value={sector}
        onChange={setSector}
        single
        submit
        emptyText={t('picker.any')}
      />
      {appliesTo(tab, 'sdg') ? (
        <CodePicker
          label={t('filters.sdg')}
          name="sdg"
          items={[
            ...goals.map((g) => ({
              code: g.code,
              name: g.name,
              label: t('filters.goal', { goal: g.code }),
            })),
            ...targets,
          ]}
          value={sdg}
          onChange={setSdg}
          single
          submit
          emptyText={t('picker.any')}
        />
      ) : null}
    </FilterForm>
  );
}
