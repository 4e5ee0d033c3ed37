import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDateFormat } from '../../app/format.js';
import { Facts } from '../../components/ui/index.js';
import { useIntroductionFacts } from './introduction-facts.js';
import { PartyText } from './Party.js';
import { otherParty, type PipelineEntry, partyName } from './pipeline-model.js';

/** One introduction of the pipeline: what it is about, with whom, and where it stands. */
export function PipelineItem({ entry }: { entry: PipelineEntry }) {
  const { t } = useTranslation('introductions');
  const formatDate = useDateFormat();
  const facts = useIntroductionFacts();
  const { introduction: i, sides, group } = entry;
  const other = otherParty(entry);
  const open = group === 'waitingForMe' || group === 'waitingForOther';
  const declined = [i.seekerAnswer, i.providerAnswer].find((a) => a.answer === 'declined');
  const yourSide = sides.length > 1 ? 'both' : sides[0];
  return (
    <li className="intro-item">
      <h4 className="h3">
        <Link to={`/introductions/${i.id}`}>
          {t('pipeline.itemLink', { need: i.need.title, other: partyName(other) })}
        </Link>
      </h4>
      <p>
        <span className="badge">{t(`state.${i.state}`)}</span>{' '}
        <span className="muted">{t(`pipeline.yourSide.${yourSide}`)}</span>
      </p>
      <Facts
        facts={[
          [
            t('fields.need'),
            <Link key="need" to={`/needs/${i.need.id}`}>
              {i.need.title}
            </Link>,
          ],
          facts.offer(i),
          [t('fields.otherParty'), <PartyText key="other" party={other} />],
          facts.proposed(i),
          [
            t('fields.answerBy'),
            open ? (
              <time key="expires" dateTime={i.expiresAt}>
                {formatDate(i.expiresAt)}
              </time>
            ) : null,
          ],
          [
            t('fields.agreedOn'),
            i.agreedAt ? (
              <time key="agreed" dateTime={i.agreedAt}>
                {formatDate(i.agreedAt)}
              </time>
            ) : null,
          ],
          [t('fields.declineReason'), declined?.reason ?? null],
        ]}
      />
    </li>
  );
}
