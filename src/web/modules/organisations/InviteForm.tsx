import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/limits.js';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { text } from '../../app/form-data.js';
import { Alert, Button, Select, TextField } from '../../components/ui/index.js';
import { roleOptions } from './roles.js';

/** E-mail and role; the server sends the invitation e-mail in the invitee's language. */
export function InviteForm({ path, onInvited }: { path: string; onInvited: () => void }) {
  const { t } = useTranslation('organisations');
  const [sentTo, setSentTo] = useState<string | null>(null);

  const form = useSubmit(async (el) => {
    const email = text(el, 'email');
    await api.post(path, { email, role: text(el, 'role') });
    setSentTo(email);
    el.reset();
    onInvited();
  });

  return (
    <form className="inline-form" onSubmit={form.onSubmit} noValidate>
      <ApiErrorAlert error={form.error} fields={['email', 'role']} />
      {sentTo ? (
        <Alert tone="success">
          <p>{t('invitations.sent', { email: sentTo })}</p>
        </Alert>
      ) : null}
      <TextField
        label={t('invitations.email')}
        name="email"
        type="email"
        autoComplete="off"
        maxLength={LIMITS.emailMax}
        required
        error={form.fieldError('email')}
      />
      <Select
        label={t('invitations.role')}
        name="role"
        defaultValue="member"
        options={roleOptions(t)}
        error={form.fieldError('role')}
      />
      <Button type="submit" busy={form.pending}>
        {t('invitations.send')}
      </Button>
    </form>
  );
}
