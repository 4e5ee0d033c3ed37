import { useMemo } from 'react';
import { useLocale } from './i18n.js';
import { useSession } from './session.js';

/** Formats instants in the interface language and the user's own time zone (the browser's for visitors). */
export function useDateFormat(): (iso: string | null | undefined) => string {
  const locale = useLocale();
  const { user } = useSession();
  const timeZone = user?.timeZone;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(timeZone ? { timeZone } : {}),
    });
    return (iso) => (iso ? format.format(new Date(iso)) : '');
  }, [locale, timeZone]);
}

/** Formats an instant as a time of day ("saved at 14:32"), in the reader's language and time zone. */
export function useTimeFormat(): (date: Date) => string {
  const locale = useLocale();
  const { user } = useSession();
  const timeZone = user?.timeZone;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
    return (date) => format.format(date);
  }, [locale, timeZone]);
}
