import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { Button, Checkbox, Select, TextField } from '../../components/ui/index.js';
import { zoneOptions } from './choices.js';
import { convenerSite } from './list-model.js';
import { PlannerStep } from './PlannerStep.js';
import { useViewerZone } from './record-format.js';
import { ScheduledStart } from './ScheduledStart.js';
import { SlotCandidates } from './SlotCandidates.js';
import { StartForm } from './StartForm.js';
import { defaultWindow } from './slot-model.js';
import type { Dialogue, SlotResult } from './types.js';

const STEPS = ['15', '30', '60'];
const CANDIDATES = 10;

/**
 * Step 3: when to meet. The slot finder ranks start times in a window by the discomfort they
 * impose on the sites; "Use this slot" fixes the start, after which the venue table shows each
 * site's local day and hours. A start can also be typed as a local date and time in a zone.
 */
export function SlotFinder({
  dialogue: d,
  onScheduled,
}: {
  dialogue: Dialogue;
  onScheduled: (d: Dialogue) => void;
}) {
  const { t } = useTranslation('dialogues');
  const viewerZone = useViewerZone();
  // The window's days are read in the convener's zone first, then the other sites', then the reader's.
  const zones = useMemo(
    () =>
      [convenerSite(d)?.timeZone, ...d.sites.map((s) => s.timeZone), viewerZone].filter(
        (z, i, all): z is string => Boolean(z) && all.indexOf(z) === i,
      ),
    [d, viewerZone],
  );
  const [query, setQuery] = useState(() => ({
    ...defaultWindow(zones[0] ?? 'UTC', Date.now()),
    zone: zones[0] ?? 'UTC',
    stepMinutes: '15',
    fairness: false,
  }));
  const [notify, setNotify] = useState(true);
  const [result, setResult] = useState<SlotResult>();
  const search = useSubmit(async () => {
    setResult(undefined);
    setResult(
      await api.post<SlotResult>(`/dialogues/${d.id}/slots`, {
        fromDate: query.fromDate,
        toDate: query.toDate,
        zone: query.zone,
        stepMinutes: Number(query.stepMinutes),
        limit: CANDIDATES,
        fairness: query.fairness,
      }),
    );
  });
  const set = (patch: Partial<typeof query>) => setQuery((q) => ({ ...q, ...patch }));

  return (
    <PlannerStep id="time" title={t('planner.step.time')}>
      <ScheduledStart dialogue={d} />
      {d.sites.length === 0 ? (
        <p className="muted">{t('slots.needSites')}</p>
      ) : (
        <>
          <h3>{t('slots.heading')}</h3>
          <p className="field-hint">{t('slots.intro')}</p>
          <form onSubmit={search.onSubmit} noValidate className="slot-query">
            <ApiErrorAlert error={search.error} fields={['fromDate', 'toDate', 'zone', 'stepMinutes']} />
            <TextField
              label={t('slots.from')}
              name="fromDate"
              type="date"
              required
              value={query.fromDate}
              error={search.fieldError('fromDate')}
              onChange={(e) => set({ fromDate: e.target.value })}
            />
            <TextField
              label={t('slots.to')}
              name="toDate"
              type="date"
              required
              value={query.toDate}
              error={search.fieldError('toDate')}
              onChange={(e) => set({ toDate: e.target.value })}
            />
            <Select
              label={t('slots.zone')}
              hint={t('slots.zoneHint')}
              name="zone"
              options={zoneOptions(zones)}
              value={query.zone}
              error={search.fieldError('zone')}
              onChange={(e) => set({ zone: e.target.value })}
            />
            <Select
              label={t('slots.step')}
              name="stepMinutes"
              options={STEPS.map((s) => ({ value: s, label: t('slots.everyMinutes', { count: Number(s) }) }))}
              value={query.stepMinutes}
              error={search.fieldError('stepMinutes')}
              onChange={(e) => set({ stepMinutes: e.target.value })}
            />
            {d.seriesId ? (
              <Checkbox
                label={t('slots.fairness')}
                hint={t('slots.fairnessHint')}
                checked={query.fairness}
                onChange={(e) => set({ fairness: e.target.checked })}
              />
            ) : null}
            <Button type="submit" busy={search.pending}>
              {t('slots.find')}
            </Button>
          </form>
          <Checkbox
            label={t('slots.notify')}
            hint={t('slots.notifyHint')}
            checked={notify}
            onChange={(e) => setNotify(e.target.checked)}
          />
          {result ? (
            <SlotCandidates dialogue={d} result={result} notify={notify} onScheduled={onScheduled} />
          ) : null}
          <StartForm dialogue={d} zones={zones} notify={notify} onScheduled={onScheduled} />
        </>
      )}
    </PlannerStep>
  );
}
