import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Session } from '../../../shared/contracts/accounts.js';
import { LIMITS } from '../../../shared/limits.js';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { text } from '../../app/form-data.js';
import { safeNext } from '../../app/guards.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { Button, Page, TextField } from '../../components/ui/index.js';
import { EmailField, NewPasswordField } from './fields.js';

const FIELDS = ['displayName', 'email', 'password'];

/** The browser's own zone is the best first guess; the profile page lets the user change it. */
function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Create an account; the interface language and the browser's time zone become its defaults. */
export default function SignupPage() {
  const { t } = useTranslation('accounts');
  const locale = useLocale();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  const form = useSubmit(async (el) => {
    const body = {
      displayName: text(el, 'displayName'),
      email: text(el, 'email'),
      password: text(el, 'password'),
      locale,
      timeZone: browserTimeZone(),
    };
    setSession(await api.post<Session>('/auth/register', body));
    navigate(safeNext(params.get('next') ?? '/profile'), { replace: true });
  });

  return (
    <Page title={t('signup.title')} intro={<p>{t('signup.intro')}</p>} narrow>
      <form onSubmit={form.onSubmit} noValidate>
        <ApiErrorAlert error={form.error} fields={FIELDS} />
        <TextField
          label={t('fields.displayName')}
          name="displayName"
          autoComplete="name"
          maxLength={LIMITS.displayNameMax}
          required
          error={form.fieldError('displayName')}
        />
        <EmailField name="email" error={form.fieldError('email')} />
        <NewPasswordField name="password" label={t('fields.password')} error={form.fieldError('password')} />
        <p className="muted">{t('signup.defaults')}</p>
        <Button type="submit" busy={form.pending}>
          {t('signup.submit')}
        </Button>
      </form>
      <p>
        {t('signup.haveAccount')} <Link to="/login">{t('signup.signIn')}</Link>
      </p>
    </Page>
  );
}
