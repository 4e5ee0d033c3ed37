import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.js';

function Items({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation('experience-editor');
  const { user, can } = useSession();
  if (!user) return null;
  return (
    <>
      <li>
        <Link className="menu-item" to="/experiences/mine" onClick={onNavigate}>
          {t('nav.mine')}
        </Link>
      </li>
      {/* The server's ability: brokers, coordinators (of other organisations' countries), admins. */}
      {can('experience.review') ? (
        <li>
          <Link className="menu-item" to="/experiences/review" onClick={onNavigate}>
            {t('nav.reviewQueue')}
          </Link>
        </li>
      ) : null}
    </>
  );
}

/**
 * The account menu's entries for the experience library: "My experiences" for every signed-in
 * user, "Review queue" for those who review. They appear once their words are loaded, never
 * holding up the menu.
 */
export function MyExperiencesLinks({ onNavigate }: { onNavigate: () => void }) {
  return (
    <Suspense fallback={null}>
      <Items onNavigate={onNavigate} />
    </Suspense>
  );
}
