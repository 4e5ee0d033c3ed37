import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Disclosure } from '../components/ui/index.js';
import { MyExperiencesLinks } from '../modules/experiences/MyExperiencesLinks.js';
import { useSession } from './session.js';

/** Sign-in links for visitors; for a user, their name opening profile, organisations and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, ready, signOut } = useSession();

  if (!ready) return null;
  if (!user) {
    return (
      <ul className="header-links">
        <li>
          <Link to="/login">{t('nav.signIn')}</Link>
        </li>
        <li>
          <Link to="/signup" className="btn btn-primary btn-small">
            {t('nav.signUp')}
          </Link>
        </li>
      </ul>
    );
  }

  return (
    <Disclosure label={user.displayName} ariaLabel={t('nav.userMenu', { name: user.displayName })}>
      {(close) => (
        <ul className="menu-list">
          <li>
            <Link className="menu-item" to="/profile" onClick={close}>
              {t('nav.profile')}
            </Link>
          </li>
          <MyExperiencesLinks onNavigate={close} />
          <li>
            <Link className="menu-item" to="/market/mine" onClick={close}>
              {t('nav.pipeline')}
            </Link>
          </li>
          {user.memberships.map((m) => (
            <li key={m.organisationId}>
              <Link className="menu-item" to={`/organisations/${m.organisationId}`} onClick={close}>
                {m.organisationName}
              </Link>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="menu-item"
              onClick={() => {
                close();
                void signOut();
              }}
            >
              {t('nav.signOut')}
            </button>
          </li>
        </ul>
      )}
    </Disclosure>
  );
}
