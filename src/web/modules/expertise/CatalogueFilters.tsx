import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCountries } from '../../api/reference.js';
import { text } from '../../app/form-data.js';
import { useLocale } from '../../app/i18n.js';
import { Button, Select, TextField } from '../../components/ui/index.js';
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

/**
 * The catalogue's filters. They apply on submit (each change costs a request; on a slow line the
 * reader decides when to pay for it) and live in the URL, so a filtered list is a link.
 */
export function CatalogueFilters({ tab, filters }: { tab: Tab; filters: Filters }) {
  const { t } = useTranslation('expertise');
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const countries = useCountries(locale);
  const instruments = useInstruments(locale);
  const languages = useSpokenLanguages(locale);
  const sectors = useSectors(locale);
  const goals = useSdgGoals(locale);
  const targets = useSdgTargets(locale);
  const [sector, setSector] = useState(filters.sector ? [filters.sector] : []);
  const [sdg, setSdg] = useState(filters.sdg ? [filters.sdg] : []);

  const apply = (form: HTMLFormElement) => {
    const next: Record<string, string> = tab === 'experts' ? { tab } : {};
    for (const name of FILTER_NAMES) {
      const value = text(form, name);
      if (value && !(name === 'sort' && value === 'title')) next[name] = value;
    }
    setParams(next);
  };
  const byName = [...languages].sort((a, b) => a.name.localeCompare(b.name, locale));
  /** The label, name and current value of one filter's control. */
  const filter = (name: 'q' | 'country' | 'language' | 'instrument' | 'availability' | 'sort') => ({
    label: t(`filters.${name}`),
    name,
    defaultValue: filters[name],
  });

  return (
    <search aria-label={t('filters.label')}>
      <form
        // Follow back/forward, and option lists that arrive late.
        key={params.toString() + countries.length + instruments.length + languages.length}
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          apply(event.currentTarget);
        }}
      >
        {filters.organisation ? (
          <input type="hidden" name="organisation" value={filters.organisation} />
        ) : null}
        <TextField
          {...filter('q')}
          type="search"
          hint={tab === 'experts' ? t('filters.qHintExperts') : t('filters.qHintCapabilities')}
        />
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
        <div className="button-row">
          <Button type="submit">{t('filters.apply')}</Button>
          {[...params.keys()].some((k) => k !== 'tab') ? (
            <Link to={tab === 'experts' ? '/expertise?tab=experts' : '/expertise'}>{t('filters.clear')}</Link>
          ) : null}
        </div>
      </form>
    </search>
  );
}
