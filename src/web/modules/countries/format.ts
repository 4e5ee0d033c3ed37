import { useMemo } from 'react';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';

/** Formats an instant as a date only (publication dates), in the reader's language and time zone. */
export function useDayFormat(): (iso: string | null | undefined) => string {
  const locale = useLocale();
  const { user } = useSession();
  const timeZone = user?.timeZone;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(timeZone ? { timeZone } : {}),
    });
    return (iso) => (iso ? format.format(new Date(iso)) : '');
  }, [locale, timeZone]);
}
