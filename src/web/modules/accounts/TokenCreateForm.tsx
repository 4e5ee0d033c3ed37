import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../shared/contracts/accounts.js';
import { LIMITS } from '../../../shared/limits.js';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { text } from '../../app/form-data.js';
import { Alert, Button, Select, TextField } from '../../components/ui/index.js';

type Created = ApiToken & { token: string };
const LIFETIMES = ['30', '90', '365', ''] as const;

/** Creates a token and shows its secret exactly once, with a copy button. */
export function TokenCreateForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('accounts');
  const [created, setCreated] = useState<Created | null>(null);
  const [copied, setCopied] = useState(false);

  const form = useSubmit(async (el) => {
    const days = text(el, 'expiresInDays');
    const body = { name: text(el, 'name'), ...(days ? { expiresInDays: Number(days) } : {}) };
    setCreated(await api.post<Created>('/me/tokens', body));
    setCopied(false);
    el.reset();
    onCreated();
  });

  const copy = async (token: string) => {
    try {
      await navigator.clipboard.writeText(token);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard permission: the text field stays selectable by hand
    }
  };

  return (
    <>
      {created ? (
        <Alert tone="warning" title={t('tokens.createdTitle', { name: created.name })}>
          <p>{t('tokens.createdWarning')}</p>
          <input
            className="token-value"
            readOnly
            value={created.token}
            aria-label={t('tokens.secret')}
            onFocus={(event) => event.currentTarget.select()}
          />
          <div className="button-row">
            <Button variant="secondary" onClick={() => void copy(created.token)}>
              {t('tokens.copy')}
            </Button>
            <span role="status">{copied ? t('tokens.copied') : ''}</span>
            <Button variant="quiet" onClick={() => setCreated(null)}>
              {t('tokens.hide')}
            </Button>
          </div>
        </Alert>
      ) : null}
      <form className="inline-form" onSubmit={form.onSubmit} noValidate>
        <ApiErrorAlert error={form.error} fields={['name', 'expiresInDays']} />
        <TextField
          label={t('tokens.name')}
          name="name"
          maxLength={LIMITS.tokenNameMax}
          required
          hint={t('tokens.nameHint')}
          error={form.fieldError('name')}
        />
        <Select
          label={t('tokens.lifetime')}
          name="expiresInDays"
          defaultValue="90"
          options={LIFETIMES.map((d) => ({
            value: d,
            label: d ? t('tokens.days', { count: Number(d) }) : t('tokens.noExpiry'),
          }))}
          error={form.fieldError('expiresInDays')}
        />
        <Button type="submit" busy={form.pending}>
          {t('tokens.create')}
        </Button>
      </form>
    </>
  );
}
