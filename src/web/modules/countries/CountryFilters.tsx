import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n.js';
import { FilterForm } from '../../components/filters/FilterForm.js';
import { type Option, Select } from '../../components/ui/index.js';
import { type CountryFilters as Filters, INCOME_GROUPS } from './filters.js';
import { useProfileLabels } from './use-profile-labels.js';
import { useVocabulary } from './use-vocabulary.js';

/** The filters, in the order of the URL (as filters.ts writes it). */
const FILTER_NAMES: readonly (keyof Filters)[] = ['q', 'region', 'incomeGroup', 'role', 'withProfile'];

/** Search and filters of the country list (see FilterForm: applied on submit, kept in the URL). */
export function CountryFilters({ filters, regions }: { filters: Filters; regions: readonly Option[] }) {
  const { t } = useTranslation('countries');
  const locale = useLocale();
  const roles = useVocabulary('country_role', locale);
  const labels = useProfileLabels();

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
      names={FILTER_NAMES}
      optionLists={[regions, roles]}
      clearTo="/countries"
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
