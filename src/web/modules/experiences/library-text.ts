import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodForm } from './library-content.js';

/** Words a period of years: "2017–2019", "2018", "since 2017", "until 2019"; '' when unknown. */
export function usePeriodText(): (period: PeriodForm | null) => string {
  const { t } = useTranslation('experiences');
  return useMemo(
    () => (period: PeriodForm | null) => {
      if (!period) return '';
      switch (period.form) {
        case 'single':
          return String(period.year);
        case 'range':
          return t('period.range', { start: period.start, end: period.end });
        case 'since':
          return t('period.since', { start: period.start });
        case 'until':
          return t('period.until', { end: period.end });
      }
    },
    [t],
  );
}
