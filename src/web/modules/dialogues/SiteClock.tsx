import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n.js';
import { zoneClock } from './time-format.js';
import { useNow } from './use-now.js';

/** A site's clock now ("Local time now: 14:05, UTC+05:30"), so a planner sees where the day stands. */
export function SiteClock({ zone }: { zone: string }) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const now = useNow();
  if (!zone) return null;
  const clock = zoneClock(zone, now, locale);
  if (!clock.time) return null;
  return <p className="muted site-clock">{t('sites.clock', { time: clock.time, offset: clock.offset })}</p>;
}
