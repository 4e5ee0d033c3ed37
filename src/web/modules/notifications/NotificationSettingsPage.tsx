import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationSettings } from '../../../shared/contracts/notifications.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { Button, Checkbox, Loading, Page } from '../../components/ui/index.js';

/** The three e-mail choices, in the order the page lists them. */
const CHOICES = ['weeklyDigest', 'emailIntroductions', 'emailExpiry'] as const;

/** What the signed-in person gets by e-mail; the inbox itself always receives everything. */
export default function NotificationSettingsPage() {
  const { t } = useTranslation('inbox');
  const { data, error, setData } = useApi<NotificationSettings>('/notifications/settings');

  return (
    <Page
      title={t('settings.title')}
      intro={<p>{t('settings.intro')}</p>}
      before={
        <Link className="back-link" to="/notifications">
          {t('settings.back')}
        </Link>
      }
      narrow
    >
      {data ? (
        <SettingsForm initial={data} onSaved={setData} />
      ) : error ? (
        <ApiErrorAlert error={error} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}

function SettingsForm({
  initial,
  onSaved,
}: {
  initial: NotificationSettings;
  onSaved: (saved: NotificationSettings) => void;
}) {
  const { t } = useTranslation('inbox');
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const form = useSubmit(async () => {
    const next = await api.put<NotificationSettings>('/notifications/settings', values);
    setValues(next);
    onSaved(next);
    setSaved(true);
  });

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <ApiErrorAlert error={form.error} />
      <fieldset className="section">
        <legend className="h3">{t('settings.legend')}</legend>
        {CHOICES.map((key) => (
          <Checkbox
            key={key}
            name={key}
            label={t(`settings.${key}`)}
            hint={t(`settings.${key}Hint`)}
            checked={values[key]}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setValues((prev) => ({ ...prev, [key]: checked }));
              setSaved(false); // "saved" no longer describes what the form shows
            }}
          />
        ))}
      </fieldset>
      <div className="button-row">
        <Button type="submit" busy={form.pending}>
          {t('settings.save')}
        </Button>
        <p role="status">{saved ? t('settings.saved') : ''}</p>
      </div>
    </form>
  );
}
