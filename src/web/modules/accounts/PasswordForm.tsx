import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { text } from '../../app/form-data.js';
import { Alert, Button, TextField } from '../../components/ui/index.js';
import { NewPasswordField } from './fields.js';

const FIELDS = ['currentPassword', 'newPassword'];

/** Change the password; the current one is asked again so an unattended session cannot. */
export function PasswordForm() {
  const { t } = useTranslation('accounts');
  const [changed, setChanged] = useState(false);

  const form = useSubmit(async (el) => {
    setChanged(false);
    await api.post('/me/password', {
      currentPassword: text(el, 'currentPassword'),
      newPassword: text(el, 'newPassword'),
    });
    el.reset();
    setChanged(true);
  });

  return (
    <section className="section" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('password.heading')}</h2>
      <form onSubmit={form.onSubmit} noValidate>
        <ApiErrorAlert error={form.error} fields={FIELDS} />
        {changed ? (
          <Alert tone="success">
            <p>{t('password.changed')}</p>
          </Alert>
        ) : null}
        <TextField
          label={t('fields.currentPassword')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={form.fieldError('currentPassword')}
        />
        <NewPasswordField name="newPassword" error={form.fieldError('newPassword')} />
        <Button type="submit" busy={form.pending}>
          {t('password.submit')}
        </Button>
      </form>
    </section>
  );
}
