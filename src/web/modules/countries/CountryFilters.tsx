import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { text } from '../../app/form-data.js';
import { useLocale } from '../../app/i18n.js';
import { Button, type Option, Select, TextField } from '../../components/ui/index.js';
import { type CountryFilters as Filters, filterParams, INCOME_GROUPS } from './filters.js';
import { useProfileLabels } from './use-profile-labels.js';
import { useVocabulary } from './use-vocabulary.js';

/**
 * Search and filters of the country list. They apply on submit (a reader on a slow line decides
 * when to pay for a request) and live in the URL, so a filtered list can be shared.
 */
export function CountryFilters({ filters, regions }: { filters: Filters; regions: readonly Option[] }) {
  const { t } = useTranslation('countries');
  const locale = useLocale();
  const roles = useVocabulary('country_role', locale);
  const labels = useProfileLabels();
  const [params, setParams] = useSearchParams();

  const apply = (form: HTMLFormElement) => {
    const read = (name: keyof Filters) => text(form, name);
    setParams(
      filterParams({
        q: read('q'),
        region: read('region'),
        incomeGroup: read('incomeGroup') as Filters['incomeGroup'],
        role: read('role'),
        withProfile: read('withProfile') as Filters['withProfile'],
      }),
    );
  };

  return (
    <search aria-label={t('filters.label')}>
      <form
        key={params.toString() + regions.length + roles.length} // follow back/forward and late option lists
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          apply(event.currentTarget);
        }}
      >
        <TextField
          label={t('filters.q')}
          name="q"
          type="search"
          defaultValue={filters.q}
          hint={t('filters.qHint')}
        />
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
        <div className="button-row">
          <Button type="submit">{t('filters.apply')}</Button>
          {params.toString() ? <Link to="/countries">{t('filters.clear')}</Link> : null}
        </div>
      </form>
    </search>
  );
}
