import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Session } from '../../../shared/contracts/accounts.js';
import { ApiError, api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { text } from '../../app/form-data.js';
import { safeNext } from '../../app/guards.js';
import { useSession } from '../../app/session.js';
import { Button, Page, TextField } from '../../components/ui/index.js';
import { EmailField } from './fields.js';

/** Sign in with e-mail and password, then return to the page that asked for it. */
export default function LoginPage() {
  const { t } = useTranslation('accounts');
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));

  const form = useSubmit(async (el) => {
    const body = { email: text(el, 'email'), password: text(el, 'password') };
    try {
      setSession(await api.post<Session>('/auth/login', body));
    } catch (error) {
      // Wrong credentials concern the pair, not one field (and must not hint which one was wrong).
      if (error instanceof ApiError && error.status === 401) {
        throw new ApiError(401, 'bad_credentials', t('login.failed'));
      }
      throw error;
    }
    navigate(next, { replace: true });
  });

  return (
    <Page title={t('login.title')} narrow>
      <form onSubmit={form.onSubmit} noValidate>
        <ApiErrorAlert error={form.error} fields={['email', 'password']} />
        <EmailField name="email" error={form.fieldError('email')} />
        <TextField
          label={t('fields.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={form.fieldError('password')}
        />
        <Button type="submit" busy={form.pending}>
          {t('login.submit')}
        </Button>
      </form>
      <p>
        <Link to="/forgot-password">{t('login.forgot')}</Link>
      </p>
      <p>
        {t('login.noAccount')}{' '}
        <Link to={`/signup?next=${encodeURIComponent(next)}`}>{t('login.signUp')}</Link>
      </p>
    </Page>
  );
}
