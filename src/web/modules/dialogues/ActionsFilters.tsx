import { useTranslation } from 'react-i18next';
import type { Series } from '../../../shared/contracts/dialogues.js';
import { localized } from '../../../shared/locale-map.js';
import { useApi } from '../../api/use-api.js';
import { text } from '../../app/form-data.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { Button, Select } from '../../components/ui/index.js';
import { ACTION_STATUSES, type ActionFilters, readActionFilters } from './actions-model.js';
import { seriesChoicesPath } from './list-model.js';

/**
 * The actions list's filters: state, the owner's organisation (the reader's own organisations,
 * plus one already in the address) and the series. They apply on "Show", not on every change:
 * each change costs a request, and on a slow line the reader decides when to pay for it.
 */
export function ActionsFilters({
  filters,
  onApply,
}: {
  filters: ActionFilters;
  onApply: (filters: ActionFilters) => void;
}) {
  const { t } = useTranslation('dialogue-record');
  const locale = useLocale();
  const { user } = useSession();
  const series = useApi<{ items: Series[] }>(seriesChoicesPath(locale)).data?.items ?? [];
  const organisations = (user?.memberships ?? []).map((m) => ({
    value: m.organisationId,
    label: m.organisationName,
  }));
  if (filters.organisation && !organisations.some((o) => o.value === filters.organisation))
    organisations.push({ value: filters.organisation, label: t('list.chosenOrganisation') });
  return (
    <search aria-label={t('list.filters')}>
      <form
        // Options arrive after the form is drawn: redraw it so the chosen ones show as chosen.
        key={`${series.length}-${organisations.length}-${JSON.stringify(filters)}`}
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const read = new URLSearchParams();
          for (const name of ['status', 'organisation', 'series']) read.set(name, text(form, name));
          onApply(readActionFilters(read));
        }}
      >
        <Select
          name="status"
          label={t('list.status')}
          defaultValue={filters.status}
          options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`list.statuses.${s}`) }))}
        />
        <Select
          name="organisation"
          label={t('list.organisation')}
          placeholder={t('list.anyOrganisation')}
          defaultValue={filters.organisation}
          options={organisations}
        />
        <Select
          name="series"
          label={t('list.series')}
          placeholder={t('list.anySeries')}
          defaultValue={filters.series}
          options={series.map((s) => ({ value: s.id, label: localized(s.title, locale, s.defaultLocale) }))}
        />
        <div className="button-row">
          <Button type="submit">{t('list.apply')}</Button>
        </div>
      </form>
    </search>
  );
}
