import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMedian } from '../../../shared/assessment-stats.js';
import type { AssessmentComparison } from '../../../shared/contracts/assessments.js';
import { useLocale } from '../../app/i18n.js';

/** Formats a calendar day ('YYYY-MM-DD') in the interface language; a day has no time zone. */
export function useDayFormat(): (day: string | null | undefined) => string {
  const locale = useLocale();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return (day) => (day ? format.format(new Date(`${day}T00:00:00Z`)) : '');
  }, [locale]);
}

/** The peer group in words ("Africa", "Upper-middle income countries", "the chosen countries"). */
export function useGroupName(): (c: Pick<AssessmentComparison, 'peerGroup' | 'country'>) => string {
  const { t } = useTranslation('assessments');
  return (c) => {
    if (c.peerGroup === 'custom') return t('peers.groupCustom');
    if (c.peerGroup === 'region' && c.country.region)
      return t('peers.groupRegion', {
        region: t(`regions.${c.country.region}`, { defaultValue: c.country.region }),
      });
    if (c.peerGroup === 'income' && c.country.incomeGroup)
      return t('peers.groupIncome', { income: t(`income.${c.country.incomeGroup}`).toLowerCase() });
    return t('peers.groupNone');
  };
}

/** A median as people read it: whole numbers plain, halves with the reader's decimal sign. */
export function useNumberFormat(): (value: number | null) => string {
  const locale = useLocale();
  return (value) => formatMedian(value, locale);
}
