import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../app/i18n.js';
import { useCountryNames } from '../experiences/library-labels.js';
import { MatchExplanation } from './MatchExplanation.js';
import { groupMatches, type Match, matchHref, wholeScore } from './match-model.js';
import './matching.css';

type Level = 2 | 3;
/** Matches shown per kind before "show all": the best few, so the page stays short on a phone. */
export const SHOWN_PER_KIND = 5;
const HEADING = { 2: 'h2', 3: 'h3', 4: 'h4' } as const;

export interface MatchListProps {
  matches: readonly Match[];
  /** Level of the kind sections' headings ("Offers"); each match's title is one below. */
  headingLevel?: Level;
  /** What can be done with a match (propose an introduction), drawn under it; `titleId` names it. */
  action?: (match: Match, titleId: string) => ReactNode;
}

/**
 * Ranked matches in one section per kind (offers first), each with its score and, behind a
 * "Why this match" button, the factors that made it. Used by need and offer pages and the
 * broker board.
 */
export function MatchList({ matches, headingLevel = 3, action }: MatchListProps) {
  const { t } = useTranslation('matching');
  const locale = useLocale();
  const countryName = useCountryNames(
    locale,
    matches.some((m) => !m.organisation && m.countryCode && m.kind !== 'country'),
  );
  const Heading = HEADING[headingLevel];
  const baseId = useId();
  return (
    <>
      {groupMatches(matches).map((group) => (
        <section key={group.kind} className="match-group" aria-labelledby={`${baseId}-${group.kind}`}>
          <Heading id={`${baseId}-${group.kind}`}>{t(`list.kind.${group.kind}`)}</Heading>
          <MatchGroupItems items={group.items}>
            {(m) => (
              <MatchItem
                key={`${m.kind}:${m.id}`}
                match={m}
                level={(headingLevel + 1) as 3 | 4}
                where={placeOf(m, countryName)}
                action={action}
              />
            )}
          </MatchGroupItems>
        </section>
      ))}
    </>
  );
}

/** The best few matches of a kind, and a button that shows the rest in place. */
function MatchGroupItems({
  items,
  children,
}: {
  items: readonly Match[];
  children: (match: Match) => ReactNode;
}) {
  const { t } = useTranslation('matching');
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN_PER_KIND);
  return (
    <>
      <ol className="result-list match-list">{shown.map(children)}</ol>
      {shown.length < items.length ? (
        <button type="button" className="btn btn-secondary btn-small" onClick={() => setAll(true)}>
          {t('list.showAll', { count: items.length })}
        </button>
      ) : null}
    </>
  );
}

/** "Organisation (ACR) · Country"; a peer country is its own title, so nothing more. */
function placeOf(m: Match, countryName: (code: string) => string): string {
  if (m.kind === 'country') return '';
  const org = m.organisation;
  if (!org) return m.countryCode ? countryName(m.countryCode) : '';
  const name = org.acronym ? `${org.name} (${org.acronym})` : org.name;
  return [name, org.countryName || org.countryCode].filter(Boolean).join(' · ');
}

function MatchItem({
  match,
  level,
  where,
  action,
}: {
  match: Match;
  level: 3 | 4;
  where: string;
  action: MatchListProps['action'];
}) {
  const { t } = useTranslation('matching');
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const whyId = useId();
  const Title = HEADING[level];
  const score = wholeScore(match.score);
  return (
    <li className="match-item" data-testid="match" data-kind={match.kind} data-id={match.id}>
      <Title id={titleId} className="match-title">
        <Link to={matchHref(match)} dir="auto">
          {match.title || t('list.untitled')}
        </Link>
      </Title>
      {where ? <p className="muted">{where}</p> : null}
      <p className="match-score">
        <span>{t('score', { score })}</span>
        <span className="match-bar match-bar-score" aria-hidden="true">
          <span style={{ inlineSize: `${score}%` }} />
        </span>
      </p>
      {match.factors.length > 0 ? (
        <>
          <button
            type="button"
            className="disclosure-toggle match-why-toggle"
            aria-expanded={open}
            aria-controls={whyId}
            aria-describedby={titleId}
            onClick={() => setOpen((v) => !v)}
          >
            {t('title')}
            <span aria-hidden="true" className="caret">
              ▾
            </span>
          </button>
          <div id={whyId} className="match-why" hidden={!open}>
            <MatchExplanation factors={match.factors} />
          </div>
        </>
      ) : null}
      {action?.(match, titleId)}
    </li>
  );
}
