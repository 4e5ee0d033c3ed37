import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Button, Select, TextField } from '../../components/ui/index.js';
import { zoneOptions } from './choices.js';
import type { Dialogue } from './types.js';

const FIELDS = ['date', 'time', 'zone', 'start'];

/**
 * The start typed as a local date and time in one of the sites' zones. A time the clocks skip
 * (a daylight-saving gap) is refused by the API on `time`, and said beside the time field.
 */
export function StartForm({
  dialogue: d,
  zones,
  notify,
  onScheduled,
}: {
  dialogue: Dialogue;
  zones: readonly string[];
  notify: boolean;
  onScheduled: (d: Dialogue) => void;
}) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const [value, setValue] = useState({ date: '', time: '', zone: zones[0] ?? 'UTC' });
  const form = useSubmit(async () => {
    onScheduled(
      await api.post<Dialogue>(`/dialogues/${d.id}/schedule?locale=${locale}`, { ...value, notify }),
    );
  });
  const set = (patch: Partial<typeof value>) => setValue((v) => ({ ...v, ...patch }));
  return (
    <form onSubmit={form.onSubmit} noValidate className="start-form">
      <h3>{t('schedule.typeHeading')}</h3>
      <p className="field-hint">{t('schedule.typeHint')}</p>
      <ApiErrorAlert error={form.error} fields={FIELDS} />
      <TextField
        label={t('schedule.date')}
        name="date"
        type="date"
        required
        value={value.date}
        error={form.fieldError('date') ?? form.fieldError('start')}
        onChange={(e) => set({ date: e.target.value })}
      />
      <TextField
        label={t('schedule.time')}
        name="time"
        type="time"
        required
        value={value.time}
        error={form.fieldError('time')}
        onChange={(e) => set({ time: e.target.value })}
      />
      <Select
        label={t('schedule.zone')}
        name="zone"
        options={zoneOptions(zones)}
        value={value.zone}
        error={form.fieldError('zone')}
        onChange={(e) => set({ zone: e.target.value })}
      />
      <Button type="submit" variant="secondary" busy={form.pending}>
        {t('schedule.set')}
      </Button>
    </form>
  );
}
