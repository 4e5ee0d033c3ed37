import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError, api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { text } from '../../app/form-data.js';
import { Alert, Button, Page, TextField } from '../../components/ui/index.js';
import { NewPasswordField } from './fields.js';

/** Choose a new password with the token from the e-mailed link. */
export default function ResetPasswordPage() {
  const { t } = useTranslation('accounts');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [done, setDone] = useState(false);

  const form = useSubmit(async (el) => {
    const password = text(el, 'password');
    if (password !== text(el, 'confirm')) {
      throw new ApiError(400, 'validation_failed', t('reset.mismatch'), 'confirm');
    }
    await api.post('/auth/password-reset/confirm', { token, password });
    setDone(true);
  });

  if (!token) {
    return (
      <Page title={t('reset.title')} narrow>
        <Alert tone="error">
          <p>{t('reset.noToken')}</p>
        </Alert>
        <Link to="/forgot-password">{t('reset.again')}</Link>
      </Page>
    );
  }

  return (
    <Page title={t('reset.title')} narrow>
      {done ? (
        <Alert tone="success">
          <p>{t('reset.done')}</p>
          <p>
            <Link to="/login">{t('reset.signIn')}</Link>
          </p>
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit} noValidate>
          <ApiErrorAlert error={form.error} fields={['password', 'confirm']} />
          <NewPasswordField name="password" error={form.fieldError('password')} />
          <TextField
            label={t('fields.confirmPassword')}
            name="confirm"
            type="password"
            autoComplete="new-password"
            required
            error={form.fieldError('confirm')}
          />
          <Button type="submit" busy={form.pending}>
            {t('reset.submit')}
          </Button>
        </form>
      )}
      {form.error && (form.error.field === 'token' || form.error.code === 'gone') ? (
        <Link to="/forgot-password">{t('reset.again')}</Link>
      ) : null}
    </Page>
  );
}
