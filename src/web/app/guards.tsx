import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert, LinkButton, Loading, Page } from '../components/ui/index.js';
import { useSession } from './session.js';

/** Renders children for a signed-in user; otherwise asks to sign in and comes back here after. */
export function RequireUser({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { ready, user } = useSession();
  const location = useLocation();
  if (!ready) return <Loading />;
  if (user) return children;
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <Page title={t('guard.signInTitle')} narrow>
      <Alert tone="info">
        <p>{t('guard.signInText')}</p>
      </Alert>
      <LinkButton to={`/login?next=${next}`}>{t('nav.signIn')}</LinkButton>
    </Page>
  );
}

/** Renders children only when the session grants the platform ability. */
export function RequireAbility({ action, children }: { action: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { ready, can } = useSession();
  if (!ready) return <Loading />;
  if (can(action)) return children;
  return (
    <RequireUser>
      <Page title={t('guard.forbiddenTitle')} narrow>
        <Alert tone="warning">
          <p>{t('guard.forbiddenText')}</p>
        </Alert>
      </Page>
    </RequireUser>
  );
}

/** A path to return to after signing in: only same-site paths, never another origin. */
export function safeNext(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}
