import { useTranslation } from 'react-i18next';
import { text } from '../../app/form-data.js';
import { useLocale } from '../../app/i18n.js';
import { FilterForm } from '../../components/filters/FilterForm.js';
import { type Option, Select } from '../../components/ui/index.js';
import { type CountryFilters as Filters, filterParams, INCOME_GROUPS } from './filters.js';
import { useProfileLabels } from './use-profile-labels.js';
import { useVocabulary } from './use-vocabulary.js';

/** Search and filters of the country list (see FilterForm: applied on submit, kept in the URL). */
export function CountryFilters({ filters, regions }: { filters: Filters; regions: readonly Option[] }) {
  const { t } = useTranslation('countries');
  const locale = useLocale();
  const roles = useVocabulary('country_role', locale);
  const labels = useProfileLabels();

  const toParams = (form: HTMLFormElement) => {
    const read = (name: keyof Filters) => text(form, name);
    return filterParams({
      q: read('q'),
      region: read('region'),
      incomeGroup: read('incomeGroup') as Filters['incomeGroup'],
      role: read('role'),
      withProfile: read('withProfile') as Filters['withProfile'],
    });
  };

  return (
    <FilterForm
      labels={{
        region: t('filters.label'),
        q: t('filters.q'),
        qHint: t('filters.qHint'),
        apply: t('filters.apply'),
        clear: t('filters.clear'),
      }}
      q={filters.q}
      optionLists={[regions, roles]}
      clearTo="/countries"
      toParams={toParams}
    >
      <Select
        label={t('filters.region')}
        name="region"
        defaultValue={filters.region}
        placeholder={t('filters.anyRegion')}
        options={regions}
      />
      <Select
        label={t('filters.incomeGroup')}
        name="incomeGroup"
        defaultValue={filters.incomeGroup}
        placeholder={t('filters.anyIncomeGroup')}
        options={INCOME_GROUPS.map((g) => ({ value: g, label: labels.incomeGroup(g) }))}
      />
      <Select
        label={t('filters.role')}
        name="role"
        defaultValue={filters.role}
        placeholder={t('filters.anyRole')}
        options={roles.filter((r) => r.active).map((r) => ({ value: r.code, label: r.label }))}
      />
      <Select
        label={t('filters.withProfile')}
        name="withProfile"
        defaultValue={filters.withProfile}
        placeholder={t('filters.anyProfile')}
        options={[
          { value: 'true', label: t('filters.withProfileYes') },
          { value: 'false', label: t('filters.withProfileNo') },
        ]}
      />
    </FilterForm>
  );
}
