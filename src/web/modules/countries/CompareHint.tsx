import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n.js';
import { COMPARE_MAX, COMPARE_MIN } from './compare-codes.js';

/** Says, politely to screen readers, which countries are picked and what is still needed. */
export function CompareHint({ selected }: { selected: readonly string[] }) {
  const { t } = useTranslation('countries');
  const locale = useLocale();
  const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(selected);
  let message: string;
  if (selected.length === 0) message = t('list.pickHint', { min: COMPARE_MIN, max: COMPARE_MAX });
  else if (selected.length < COMPARE_MIN) message = t('list.pickMore', { names });
  else if (selected.length >= COMPARE_MAX) message = t('list.pickFull', { names, max: COMPARE_MAX });
  else message = t('list.picked', { names });
  return (
    <p role="status" aria-live="polite">
      {message}
    </p>
  );
}
