import { useMemo } from 'react';
import { parseDate } from '../../../shared/dialogues/civil.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';

/**
 * Dates and times of a dialogue as its pages word them. A site's local date comes from the API
 * as a civil date (`YYYY-MM-DD`, already read on that site's clock): it is only put into words,
 * never converted again, so no zone maths happens in the browser.
 */

/**
 * A civil date in words in the reader's language: "Tuesday 28 June 2011" (long), "Tue 28 Jun 2011"
 * (short), or "Tue 28 Jun" (day, for a table's column heading).
 */
export function formatCivilDate(
  date: string,
  locale: string,
  style: 'long' | 'short' | 'day' = 'long',
): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  day.setUTCFullYear(y); // Date.UTC reads years 0–99 as 1900–1999
  const words = style === 'long' ? 'long' : 'short';
  return new Intl.DateTimeFormat(locale, {
    weekday: words,
    day: 'numeric',
    month: words,
    ...(style === 'day' ? {} : { year: 'numeric' as const }),
    timeZone: 'UTC',
  }).format(day);
}

/** Whole days from one civil date to another (both `YYYY-MM-DD`). */
export const daysBetween = (from: string, to: string): number => parseDate(to) - parseDate(from);

/** A length in minutes as hours and minutes ("3 h", "1 h 30 min", "45 min"), with the reader's units. */
export function formatMinutes(minutes: number, words: { h: string; min: string }): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} ${words.h}` : '', m || !h ? `${m} ${words.min}` : ''].filter(Boolean).join(' ');
}

/** The zone the reader's own clock is in: their profile's, else the browser's. */
export function useViewerZone(): string {
  const { user } = useSession();
  return user?.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Instants on the reader's own clock: a full date and time, and a short one for table cells. */
export function useViewerTime() {
  const locale = useLocale();
  const zone = useViewerZone();
  return useMemo(() => {
    const full = new Intl.DateTimeFormat(locale, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: zone,
    });
    const short = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: zone,
    });
    return {
      zone,
      full: (iso: string) => full.format(new Date(iso)),
      short: (iso: string) => short.format(new Date(iso)),
    };
  }, [locale, zone]);
}
