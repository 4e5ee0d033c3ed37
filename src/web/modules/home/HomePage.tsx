import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.js';
import { Card, LinkButton, Page } from '../../components/ui/index.js';
import { HUB_PARTS } from './parts.js';
import { StatsList } from './StatsList.js';

/** The front door: what KX Hub is, its parts, live counts and where to start. */
export default function HomePage() {
  const { t } = useTranslation('home');
  const { user } = useSession();

  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <div className="button-row">
        {user ? null : <LinkButton to="/signup">{t('cta.signUp')}</LinkButton>}
        <LinkButton to="/organisations" variant="secondary">
          {t('cta.directory')}
        </LinkButton>
      </div>

      <section className="section" aria-labelledby="stats-heading">
        <h2 id="stats-heading">{t('stats.heading')}</h2>
        <StatsList />
      </section>

      <section className="section" aria-labelledby="parts-heading">
        <h2 id="parts-heading">{t('parts.heading')}</h2>
        <ul className="grid">
          {HUB_PARTS.map((part) => (
            <li key={part.key}>
              <Card
                headingLevel={3}
                title={t(`parts.${part.key}.title`)}
                {...(part.to ? { to: part.to } : { badge: t('parts.comingSoon') })}
              >
                <p>{t(`parts.${part.key}.text`)}</p>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
