import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/index.js';
import { agendaTotals, type SegmentDraft } from './agenda-model.js';
import { formatMinutes } from './record-format.js';
import type { AgendaResult, Dialogue } from './types.js';

/**
 * What the agenda adds up to against the dialogue's length, as it is edited: the warning when it
 * runs over (the API saves it anyway, and says so too), and the API's other remarks after a save.
 */
export function AgendaTotals({
  rows,
  dialogue: d,
  problems,
}: {
  rows: readonly SegmentDraft[];
  dialogue: Dialogue;
  problems: AgendaResult['problems'];
}) {
  const { t } = useTranslation('dialogues');
  const words = { h: t('units.h'), min: t('units.min') };
  const totals = agendaTotals(rows, d.durationMinutes);
  const others = problems.filter((p) => p.code !== 'too_long');
  return (
    <div aria-live="polite">
      {totals.tooLong ? (
        <Alert tone="warning" title={t('agenda.tooLongTitle')}>
          <p>
            {t('agenda.tooLong', {
              over: formatMinutes(-totals.remaining, words),
              duration: formatMinutes(d.durationMinutes, words),
            })}
          </p>
        </Alert>
      ) : (
        <p>
          {t('agenda.total', {
            total: formatMinutes(totals.total, words),
            duration: formatMinutes(d.durationMinutes, words),
            remaining: formatMinutes(totals.remaining, words),
          })}
        </p>
      )}
      {others.length > 0 ? (
        <Alert tone="warning">
          <ul>
            {others.map((p) => (
              <li key={`${p.code}-${'segmentId' in p ? p.segmentId : ''}`}>
                {t(`agenda.problem.${p.code}`)}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </div>
  );
}
