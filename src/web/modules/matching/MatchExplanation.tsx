import { useTranslation } from 'react-i18next';
import type { MatchFactor } from './match-model.js';

/**
 * "Why this match": each factor's share of the score as a number and a bar, and the reason the
 * server worded in the reader's language. The bar only repeats the number (it is hidden from
 * screen readers), so nothing is said by length or colour alone. Largest share first, as sent.
 */
export function MatchExplanation({ factors, id }: { factors: readonly MatchFactor[]; id?: string }) {
  const { t } = useTranslation('matching');
  return (
    <ul className="match-factors" id={id} data-testid="match-explanation">
      {factors.map((f) => (
        <li key={f.factor}>
          <span className="match-factor-head">
            <span className="match-factor-name">{t(`factor.${f.factor}`)}</span>{' '}
            <span className="match-factor-share">{t('share', { percent: f.percent })}</span>
          </span>
          <span className="match-bar" aria-hidden="true">
            <span style={{ inlineSize: `${Math.min(100, Math.max(0, f.percent))}%` }} />
          </span>
          <span className="match-factor-text">{f.text}</span>
        </li>
      ))}
    </ul>
  );
}
