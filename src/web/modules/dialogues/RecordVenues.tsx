import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { VenueTableResult } from '../../../shared/contracts/dialogues.js';
import { formatOffset } from '../../../shared/dialogues/civil.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Loading } from '../../components/ui/index.js';
import { RecordCopyText } from './RecordCopyText.js';
import { formatCivilDate } from './record-format.js';
import { venueLabel, venueText } from './record-venue-text.js';

/** The venue table of a start: the dialogue page's and the print view's. */
export function useVenueTable(dialogueId: string, startsAt: string | null) {
  return useApi<VenueTableResult>(
    startsAt ? withQuery(`/dialogues/${encodeURIComponent(dialogueId)}/venues`, { start: startsAt }) : null,
  );
}

/**
 * The venue table: each site's local date and hours, grouped by local calendar day (the Americas
 * on one day, Asia on the next), with a button that copies it as text for an invitation.
 */
export function RecordVenues({ dialogueId, startsAt }: { dialogueId: string; startsAt: string | null }) {
  const { t } = useTranslation('dialogue-record');
  const locale = useLocale();
  const venues = useVenueTable(dialogueId, startsAt);
  return (
    <section aria-labelledby="venues-heading" className="section">
      <h2 id="venues-heading">{t('venues.heading')}</h2>
      {!startsAt ? (
        <p>{t('venues.noStart')}</p>
      ) : venues.data ? (
        <>
          <VenueTable table={venues.data} caption={t('venues.caption')} />
          <RecordCopyText text={venueText(venues.data, locale)} label={t('venues.copy')} />
        </>
      ) : venues.loading ? (
        <Loading />
      ) : (
        <ApiErrorAlert error={venues.error} />
      )}
    </section>
  );
}

/** The table itself, a row group per local day. */
export function VenueTable({ table, caption }: { table: VenueTableResult; caption: string }) {
  const { t } = useTranslation('dialogue-record');
  const locale = useLocale();
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="venue-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('venues.site')}</th>
            <th scope="col">{t('venues.hours')}</th>
            <th scope="col">{t('venues.offset')}</th>
          </tr>
        </thead>
        {table.days.map((day) => (
          <tbody key={day.date}>
            <tr className="venue-day">
              <th scope="rowgroup" colSpan={3}>
                {formatCivilDate(day.date, locale)}
              </th>
            </tr>
            {day.rows.map((row) => (
              <tr key={row.siteId}>
                <th scope="row">{venueLabel(row)}</th>
                <td>
                  <span className="clock">
                    {row.start.time}–{row.end.time}
                  </span>
                  {row.endDayOffset > 0 ? (
                    <span className="clock-note"> {t('venues.nextDay', { count: row.endDayOffset })}</span>
                  ) : null}
                </td>
                <td>
                  {formatOffset(row.start.offsetMinutes)}
                  {row.start.abbreviation ? ` ${row.start.abbreviation}` : null}
                  <span className="muted venue-zone"> {row.timeZone}</span>
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
