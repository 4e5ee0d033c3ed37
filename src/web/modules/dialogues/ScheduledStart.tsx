import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Loading } from '../../components/ui/index.js';
import { useVenueTable, VenueTable } from './RecordVenues.js';
import { useViewerZone } from './record-format.js';
import { formatInstant } from './time-format.js';
import type { Dialogue } from './types.js';
import './record-styles.css';

/**
 * The start fixed so far, on the reader's clock, and the venue table of it: each site's local date
 * and hours, grouped by local day. Announced when it changes ("Use this slot").
 */
export function ScheduledStart({ dialogue: d }: { dialogue: Dialogue }) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const viewerZone = useViewerZone();
  const venues = useVenueTable(d.id, d.cancelledAt ? null : d.startsAt);
  // A start just chosen ("Use this slot" disappears with its option): focus goes to the news.
  const line = useRef<HTMLParagraphElement>(null);
  const shown = useRef(d.startsAt);
  useEffect(() => {
    if (shown.current !== d.startsAt) line.current?.focus();
    shown.current = d.startsAt;
  }, [d.startsAt]);
  return (
    <div className="scheduled-start">
      <p role="status" ref={line} tabIndex={-1}>
        {d.cancelledAt
          ? t('schedule.cancelled')
          : d.startsAt
            ? t('schedule.startsAt', { when: formatInstant(d.startsAt, viewerZone, locale) })
            : t('schedule.noStart')}
      </p>
      {d.startsAt && !d.cancelledAt ? (
        venues.data ? (
          <VenueTable table={venues.data} caption={t('schedule.venues')} />
        ) : venues.loading ? (
          <Loading />
        ) : (
          <ApiErrorAlert error={venues.error} />
        )
      ) : null}
    </div>
  );
}
