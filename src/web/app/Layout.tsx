import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { Loading } from '../components/ui/index.js';
import { RubricNavLink } from '../modules/assessments/RubricNavLink.js';
import { LibraryNavLink } from '../modules/experiences/LibraryNavLink.js';
import { ExpertiseNavLink } from '../modules/expertise/ExpertiseNavLink.js';
import { NotificationsBell } from '../modules/notifications/NotificationsBell.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import { useSession } from './session.js';
import { UserMenu } from './UserMenu.js';

/** The frame of every page: skip link, header with navigation, main landmark, footer. */
export function Layout() {
  const { t } = useTranslation();
  const { can } = useSession();

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <nav aria-label={t('nav.main')}>
            <ul className="nav-list">
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/organisations">{t('nav.organisations')}</NavLink>
              </li>
              <li>
                <NavLink to="/countries">{t('nav.countries')}</NavLink>
              </li>
              <ExpertiseNavLink />
              <LibraryNavLink />
              <li>
                <NavLink to="/needs">{t('nav.market')}</NavLink>
              </li>
              <li>
                <NavLink to="/dialogues">{t('nav.dialogues')}</NavLink>
              </li>
              {can('introduction.broker') ? (
                <li>
                  <NavLink to="/broker">{t('nav.broker')}</NavLink>
                </li>
              ) : null}
              {can('user.manage') ? (
                <li>
                  <NavLink to="/admin/users">{t('nav.users')}</NavLink>
                </li>
              ) : null}
              {can('vocabulary.manage') ? (
                <li>
                  <NavLink to="/admin/vocabularies">{t('nav.vocabularies')}</NavLink>
                </li>
              ) : null}
              {can('vocabulary.manage') ? (
                <li>
                  <RubricNavLink />
                </li>
              ) : null}
              {can('match.configure') ? (
                <li>
                  <NavLink to="/admin/matching">{t('nav.matching')}</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="header-tools">
            <LanguageSwitcher />
            <NotificationsBell />
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('footer.tagline')}</p>
        <p>
          <a href="/api/docs">{t('footer.api')}</a>
        </p>
      </footer>
    </>
  );
}
