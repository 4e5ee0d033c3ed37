import { useTranslation } from 'react-i18next';
import { formatOffset } from '../../../shared/dialogues/civil.js';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Button } from '../../components/ui/index.js';
import { formatCivilDate, useViewerZone } from './record-format.js';
import { candidateDays, candidateFlags, clockChangeNotes } from './slot-model.js';
import { formatInstant } from './time-format.js';
import type { Dialogue, SlotCandidate, SlotResult } from './types.js';

interface Props {
  dialogue: Dialogue;
  result: SlotResult;
  notify: boolean;
  onScheduled: (d: Dialogue) => void;
}

/** The slot finder's answer: how many starts it weighed, the clock changes in the window, and the options ranked. */
export function SlotCandidates({ dialogue: d, result, notify, onScheduled }: Props) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const cities = new Map(d.sites.map((s) => [s.id, s.city]));
  const changes = clockChangeNotes(result, cities);
  return (
    <div className="slot-results">
      <p role="status">
        {t('slots.found', {
          count: result.candidates.length,
          considered: result.considered.toLocaleString(locale),
          eligible: result.eligible.toLocaleString(locale),
        })}
      </p>
      {result.fairness ? (
        <p className="muted">{t('slots.fairnessUsed', { count: result.fairness.dialoguesCounted })}</p>
      ) : null}
      {changes.length > 0 ? (
        <div className="alert alert-info">
          <p className="alert-title">{t('slots.clockChanges')}</p>
          <ul>
            {changes.map((c) => (
              <li key={`${c.siteId}-${c.utc}`}>
                {t('slots.clockChange', {
                  city: c.city,
                  date: formatCivilDate(c.from.date, locale, 'short'),
                  from: c.from.time,
                  to: c.to.time,
                  before: formatOffset(c.offsetBeforeMinutes),
                  after: formatOffset(c.offsetAfterMinutes),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result.candidates.length === 0 ? (
        <p>{t('slots.none')}</p>
      ) : (
        <ol className="slot-list">
          {result.candidates.map((c, i) => (
            <Candidate
              key={c.startUtc}
              n={i + 1}
              c={c}
              dialogue={d}
              notify={notify}
              onScheduled={onScheduled}
            />
          ))}
        </ol>
      )}
    </div>
  );
}

/** One option: the start on the reader's clock, each site's local day and hours with its flags, and "Use this slot". */
function Candidate({
  n,
  c,
  dialogue: d,
  notify,
  onScheduled,
}: {
  n: number;
  c: SlotCandidate;
  dialogue: Dialogue;
  notify: boolean;
  onScheduled: (d: Dialogue) => void;
}) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const viewerZone = useViewerZone();
  const when = formatInstant(c.startUtc, viewerZone, locale);
  const chosen = d.startsAt !== null && Date.parse(d.startsAt) === Date.parse(c.startUtc) && !d.cancelledAt;
  const use = useSubmit(async () => {
    onScheduled(
      await api.post<Dialogue>(`/dialogues/${d.id}/schedule?locale=${locale}`, { start: c.startUtc, notify }),
    );
  });
  const flags = candidateFlags(c);
  return (
    <li className={chosen ? 'slot slot-chosen' : 'slot'}>
      <h4>{t('slots.option', { n, when })}</h4>
      <p>
        {t('slots.discomfort', { value: Math.round(c.discomfort) })}
        {flags.length > 0
          ? ` · ${flags.map((f) => t(`slots.flag.${f}`, { defaultValue: f })).join(', ')}`
          : ''}
      </p>
      <ul className="slot-days">
        {candidateDays(c).map((day) => (
          <li key={day.date}>
            <strong>{formatCivilDate(day.date, locale, 'short')}</strong>
            <ul>
              {day.sites.map((s) => (
                <li key={s.siteId}>
                  {t('slots.siteHours', { city: s.city, start: s.start, end: s.end })}
                  {s.endDate !== s.date ? ` ${t('slots.nextDay')}` : ''}
                  {s.flags.length > 0 ? (
                    <span className="slot-flags">
                      {' '}
                      ({s.flags.map((f) => t(`slots.flag.${f}`, { defaultValue: f })).join(', ')})
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <form onSubmit={use.onSubmit} noValidate>
        <ApiErrorAlert error={use.error} />
        {chosen ? (
          <p className="badge">{t('slots.chosen')}</p>
        ) : (
          <Button
            type="submit"
            variant="secondary"
            busy={use.pending}
            aria-label={t('slots.useNamed', { when })}
          >
            {t('slots.use')}
          </Button>
        )}
      </form>
    </li>
  );
}
