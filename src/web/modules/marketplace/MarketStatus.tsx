import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedSummary, OfferSummary } from '../../../shared/contracts/marketplace.js';
import { useDayFormat } from '../assessments/format.js';

/**
 * A need's or offer's status in words, and its expiry: "Expired" when past it (such records are
 * listed only to those who may edit them), else the day it stops being listed.
 */
export function MarketStatus({
  item,
  children,
}: {
  item: Pick<NeedSummary | OfferSummary, 'status' | 'expired' | 'expiresOn' | 'isDemo'>;
  /** More badges for the same line. */
  children?: ReactNode;
}) {
  const { t } = useTranslation('market');
  const formatDay = useDayFormat();
  return (
    <p className="market-status">
      <span className="badge badge-quiet" data-testid="market-status">
        {t(`status.${item.status}`)}
      </span>
      {item.expired ? (
        <span className="badge">{t('expired')}</span>
      ) : (
        <span className="muted small">{t('expires', { date: formatDay(item.expiresOn) })}</span>
      )}
      {item.isDemo ? <span className="badge">{t('demo')}</span> : null}
      {children}
    </p>
  );
}
