import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.js';
import { Page } from '../../components/ui/index.js';
import { PasswordForm } from './PasswordForm.js';
import { ProfileForm } from './ProfileForm.js';
import { TokensSection } from './TokensSection.js';

/** The signed-in user's own settings: profile, password and API tokens. */
export default function ProfilePage() {
  const { t } = useTranslation('accounts');
  const { user } = useSession();
  if (!user) return null; // the route is wrapped in RequireUser
  return (
    <Page title={t('profile.title')} intro={<p>{t('profile.signedInAs', { email: user.email })}</p>}>
      <ProfileForm user={user} />
      <PasswordForm />
      <TokensSection />
    </Page>
  );
}
