import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MarketMine } from '../../../shared/contracts/marketplace.js';
import { useDayFormat } from '../assessments/format.js';
import { countsOf } from './pipeline-model.js';

type Item = MarketMine['needs'][number] | MarketMine['offers'][number];

/**
 * The needs (or offers) of the reader's organisations in every status, each with how many
 * introductions it has in each state; when there are none, what to do about it.
 */
export function MarketItems({
  kind,
  items,
  canPost,
}: {
  kind: 'need' | 'offer';
  items: readonly Item[];
  canPost: boolean;
}) {
  const { t } = useTranslation(['introductions', 'market']);
  const formatDay = useDayFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t(`market:kind.${kind}s`)}</h2>
      {items.length === 0 ? (
        <p>
          {t(`pipeline.empty.${kind}`)}{' '}
          {canPost ? (
            <Link to={`/${kind}s/new`}>{t(`pipeline.post.${kind}`)}</Link>
          ) : (
            t('pipeline.empty.askEditor')
          )}
        </p>
      ) : (
        <ul className="result-list">
          {items.map((item) => {
            const counts = countsOf(item.introductions);
            return (
              <li key={item.id}>
                <h3 className="h3">
                  <Link to={`/${kind}s/${item.id}`} lang={item.titleLocale}>
                    {item.title}
                  </Link>
                </h3>
                <p className="muted">
                  {item.organisation.name} · {t(`market:status.${item.status}`)} ·{' '}
                  {item.expired
                    ? t('market:expired')
                    : t('market:expires', { date: formatDay(item.expiresOn) })}
                </p>
                <p>
                  {counts.length === 0
                    ? t('pipeline.noneYet')
                    : counts
                        .map(([state, n]) => t('pipeline.stateCount', { state: t(`state.${state}`), n }))
                        .join(' · ')}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
