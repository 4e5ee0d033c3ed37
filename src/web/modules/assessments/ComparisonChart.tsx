import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentComparison } from '../../../shared/contracts/assessments.js';
import { RATING_LEVELS, RATING_MAX } from '../../../shared/contracts/assessments.js';
import { useNumberFormat } from './format.js';

/** Where a value sits on the 0–4 track, as a percentage of its width. */
const at = (value: number) => `${(value / RATING_MAX) * 100}%`;

/** The peer median's mark: a diamond (shape, not only colour, tells it from the network line). */
function Diamond({ x }: { x: string }) {
  return (
    <svg x={x} y="50%" overflow="visible" aria-hidden="true">
      <polygon className="ax-peer" points="0,-8 8,0 0,8 -8,0" />
    </svg>
  );
}

function LegendSwatch({ kind }: { kind: 'own' | 'peer' | 'network' }) {
  return (
    <svg width="28" height="18" aria-hidden="true" focusable="false">
      {kind === 'own' ? <rect className="ax-bar" x="0" y="4" width="28" height="10" rx="2" /> : null}
      {kind === 'peer' ? <polygon className="ax-peer" points="14,2 21,9 14,16 7,9" /> : null}
      {kind === 'network' ? <line className="ax-network" x1="14" x2="14" y1="1" y2="17" /> : null}
    </svg>
  );
}

interface Props {
  comparison: AssessmentComparison;
  groupName: string;
  /** Link to "who solved this?" for a dimension (shown for ratings of 0 or 1). */
  whoSolvedHref: (dimension: string) => string;
}

/**
 * Horizontal bars rather than a radar: a length along one shared axis is read more exactly than
 * an area or an angle, twelve long dimension names fit as plain text beside their bar (and wrap,
 * in any language), the rows read top to bottom in the same order as the table, and each row can
 * carry its own "who solved this?" link. The SVG is decoration for sighted readers; its content
 * is in the text of each row and in the table that follows.
 */
export function ComparisonChart({ comparison, groupName, whoSolvedHref }: Props) {
  const { t } = useTranslation('assessments');
  const number = useNumberFormat();
  const titleId = useId();
  const descId = useId();
  const country = comparison.country.name;

  return (
    <figure className="ax-chart" aria-labelledby={titleId} aria-describedby={descId}>
      <figcaption>
        <p id={titleId} className="h3">
          {t('overview.chartTitle', { country, group: groupName })}
        </p>
        <p id={descId} className="visually-hidden">
          {t('overview.chartDesc', { country, group: groupName })}
        </p>
        <ul className="ax-legend">
          <li>
            <LegendSwatch kind="own" />
            {t('overview.legendOwn', { country })}
          </li>
          <li>
            <LegendSwatch kind="peer" />
            {t('overview.legendPeers', { group: groupName })}
          </li>
          <li>
            <LegendSwatch kind="network" />
            {t('overview.legendNetwork')}
          </li>
        </ul>
      </figcaption>
      <div className="ax-axis-row" aria-hidden="true">
        <span />
        <div className="ax-axis">
          {RATING_LEVELS.map((level) => (
            <span key={level} style={{ insetInlineStart: at(level) }}>
              {level}
            </span>
          ))}
        </div>
      </div>
      <ul className="ax-rows">
        {comparison.dimensions.map((d) => (
          <li key={d.code} className="ax-row">
            <div className="ax-label">
              {d.label}
              <span className="visually-hidden">
                {': '}
                {d.rating === null ? t('notRated') : t('ratingOf', { rating: d.rating })}
                {'; '}
                {t('overview.peerMedian', { group: groupName })} {number(d.peerMedian)}
                {'; '}
                {t('overview.networkMedian')} {number(d.networkMedian)}
              </span>
              {d.rating !== null && d.rating <= 1 ? (
                <>
                  {' '}
                  {/* The visible words start the accessible name (WCAG 2.5.3); the dimension follows, unseen. */}
                  <Link className="ax-who" to={whoSolvedHref(d.code)}>
                    {t('overview.whoSolved')}
                    <span className="visually-hidden"> {d.label}</span>
                  </Link>
                </>
              ) : null}
            </div>
            <div className="ax-track-cell" aria-hidden="true">
              <svg className="ax-track" focusable="false" aria-hidden="true">
                {RATING_LEVELS.map((level) => (
                  <line key={level} className="ax-grid" x1={at(level)} x2={at(level)} y1="0" y2="100%" />
                ))}
                {d.rating !== null ? (
                  <rect className="ax-bar" x="0" y="25%" height="50%" width={at(d.rating)} rx="2" />
                ) : null}
                {d.networkMedian !== null ? (
                  <line
                    className="ax-network"
                    x1={at(d.networkMedian)}
                    x2={at(d.networkMedian)}
                    y1="5%"
                    y2="95%"
                  />
                ) : null}
                {d.peerMedian !== null ? <Diamond x={at(d.peerMedian)} /> : null}
              </svg>
              <span className="ax-value">{d.rating === null ? '–' : d.rating}</span>
            </div>
          </li>
        ))}
      </ul>
    </figure>
  );
}
