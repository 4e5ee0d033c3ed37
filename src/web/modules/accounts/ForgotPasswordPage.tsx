import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { text } from '../../app/form-data.js';
import { Alert, Button, Page } from '../../components/ui/index.js';
import { EmailField } from './fields.js';

/** Ask for a reset link; the answer never says whether the address has an account. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation('accounts');
  const [sentTo, setSentTo] = useState<string | null>(null);

  const form = useSubmit(async (el) => {
    const email = text(el, 'email');
    await api.post('/auth/password-reset/request', { email });
    setSentTo(email);
  });

  return (
    <Page title={t('forgot.title')} intro={<p>{t('forgot.intro')}</p>} narrow>
      {sentTo ? (
        <Alert tone="success">
          <p>{t('forgot.sent', { email: sentTo })}</p>
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit} noValidate>
          <ApiErrorAlert error={form.error} fields={['email']} />
          <EmailField name="email" error={form.fieldError('email')} />
          <Button type="submit" busy={form.pending}>
            {t('forgot.submit')}
          </Button>
        </form>
      )}
      <p>
        <Link to="/login">{t('forgot.back')}</Link>
      </p>
    </Page>
  );
}
