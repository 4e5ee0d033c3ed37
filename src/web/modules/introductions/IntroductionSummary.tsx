import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDateFormat } from '../../app/format.js';
import { useLocale } from '../../app/i18n.js';
import { Facts } from '../../components/ui/index.js';
import { scoreText } from './forms-model.js';
import { useIntroductionFacts } from './introduction-facts.js';
import { useIntroductionLabels } from './labels.js';
import { PartyText } from './Party.js';
import { pendingSides } from './pipeline-model.js';
import type { Introduction } from './types.js';

/** Where the introduction stands, in one sentence (whose answer it waits for, and until when). */
function StateSentence({ i }: { i: Introduction }) {
  const { t } = useTranslation('introductions');
  const formatDate = useDateFormat();
  const locale = useLocale();
  const { sideName } = useIntroductionLabels();
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const decliner = (['seeker', 'provider'] as const).find(
    (s) => (s === 'seeker' ? i.seekerAnswer : i.providerAnswer).answer === 'declined',
  );
  const waiting = () =>
    t('detail.stateText.waiting', {
      names: list.format(pendingSides(i).map((s) => sideName(i, s))),
      date: formatDate(i.expiresAt),
    });
  const text = {
    suggested: () => t('detail.stateText.suggested'),
    proposed: waiting,
    accepted: waiting,
    agreed: () => t('detail.stateText.agreed', { date: formatDate(i.agreedAt) }),
    declined: () => t('detail.stateText.declined', { organisation: decliner ? sideName(i, decliner) : '' }),
    expired: () => t('detail.stateText.expired', { date: formatDate(i.expiresAt) }),
  };
  return (
    <p className="intro-state">
      <span className="badge">{t(`state.${i.state}`)}</span> {text[i.state]()}
    </p>
  );
}

/** The need and offer, both organisations, who proposed, the score and the message. */
export function IntroductionSummary({ i }: { i: Introduction }) {
  const { t } = useTranslation(['introductions', 'market']);
  const facts = useIntroductionFacts();
  return (
    <>
      <StateSentence i={i} />
      {i.isDemo ? <p className="badge">{t('market:demo')}</p> : null}
      <Facts
        facts={[
          [
            t('fields.need'),
            <>
              <Link to={`/needs/${i.need.id}`}>{i.need.title}</Link>{' '}
              <span className="muted">({t(`market:status.${i.need.status}`)})</span>
            </>,
          ],
          facts.offer(i),
          [t('fields.seeker'), <PartyText key="seeker" party={i.seeker} link />],
          [t('fields.provider'), <PartyText key="provider" party={i.provider} link />],
          facts.proposed(i),
          [
            t('fields.score'),
            i.score === null ? null : t('detail.scoreValue', { score: scoreText(i.score) }),
          ],
        ]}
      />
      {i.message ? (
        <>
          <h2>{t('detail.message')}</h2>
          <p className="intro-message">{i.message}</p>
        </>
      ) : null}
      {i.contacts && (i.contacts.seeker || i.contacts.provider) ? (
        <>
          <h2>{t('detail.contacts')}</h2>
          <Facts
            facts={(['seeker', 'provider'] as const).map((side) => {
              const c = i.contacts?.[side];
              return [
                t(`fields.${side}`),
                c ? (
                  <>
                    {c.name} · <a href={`mailto:${c.email}`}>{c.email}</a>
                  </>
                ) : null,
              ];
            })}
          />
        </>
      ) : null}
    </>
  );
}
