import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Facts } from '../../components/ui/index.js';
import { useDayFormat } from '../assessments/format.js';
import { BoardProposeForm } from './BoardProposeForm.js';
import { ageInDays, candidatePath, scoreText } from './forms-model.js';
import { PartyText } from './Party.js';
import type { Introduction, BoardItem as Item } from './types.js';

/** One open need of the board: how long it has waited, who seeks, and its best stored match. */
export function BoardItem({
  item,
  now,
  onCreated,
}: {
  item: Item;
  now: Date;
  onCreated: (created: Introduction) => void;
}) {
  const { t } = useTranslation(['introductions', 'market']);
  const formatDay = useDayFormat();
  const { need, bestMatch: best } = item;
  const days = ageInDays(need.createdAt, now);
  const path = best ? candidatePath(best.kind, best.id) : null;
  const bestTitle = best?.title ?? t('board.privateMatch');

  return (
    <li className="intro-item">
      <h2 className="h3">
        <Link to={`/needs/${need.id}`}>{need.title}</Link>
      </h2>
      <p className="muted">
        {days === 0 ? t('board.today') : t('board.age', { count: days })} ·{' '}
        {t(`market:status.${need.status}`)} · {t('market:expires', { date: formatDay(need.expiresOn) })}
      </p>
      <Facts
        facts={[
          [t('fields.seeker'), <PartyText key="seeker" party={need.organisation} />],
          [t('market:fields.challengeArea'), need.challengeArea.name],
          [t('board.underWay'), t('board.live', { count: item.liveIntroductions })],
          [
            t('board.bestMatch'),
            best ? (
              <>
                {t(`market:kind.${best.kind}`)}:{' '}
                {path && best.title ? <Link to={path}>{bestTitle}</Link> : bestTitle}{' '}
                <span className="badge">{t('detail.scoreValue', { score: scoreText(best.score) })}</span>
              </>
            ) : (
              t('board.noMatch')
            ),
          ],
        ]}
      />
      {best?.kind === 'offer' ? (
        <BoardProposeForm needId={need.id} needTitle={need.title} offerId={best.id} onCreated={onCreated} />
      ) : null}
    </li>
  );
}
