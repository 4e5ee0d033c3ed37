import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/accounts.js';
import { LIMITS } from '../../../shared/limits.js';
import { isLocale, LOCALE_NAMES, LOCALES } from '../../../shared/locales.js';
import { api } from '../../api/client.js';
import { useTimeZones } from '../../api/reference.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { text } from '../../app/form-data.js';
import { changeLocale } from '../../app/i18n.js';
import { storeLocale } from '../../app/locale.js';
import { useSession } from '../../app/session.js';
import { Alert, Button, Select, TextField } from '../../components/ui/index.js';

const FIELDS = ['displayName', 'locale', 'timeZone'];

/** Display name, interface language and time zone. */
export function ProfileForm({ user }: { user: Me }) {
  const { t } = useTranslation('accounts');
  const { updateUser } = useSession();
  const zones = useTimeZones();
  const [saved, setSaved] = useState(false);

  const form = useSubmit(async (el) => {
    setSaved(false);
    const locale = text(el, 'locale');
    const me = await api.patch<Me>('/me', {
      displayName: text(el, 'displayName'),
      locale,
      timeZone: text(el, 'timeZone'),
    });
    updateUser(me);
    if (isLocale(locale)) {
      storeLocale(locale);
      await changeLocale(locale);
    }
    setSaved(true);
  });

  // Until the list arrives (or if it cannot), still offer the user's current zone.
  const zoneOptions = (zones.includes(user.timeZone) ? zones : [user.timeZone, ...zones]).map((z) => ({
    value: z,
    label: z.replaceAll('_', ' '),
  }));

  return (
    <section className="section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profile.heading')}</h2>
      <form onSubmit={form.onSubmit} noValidate onChange={() => setSaved(false)}>
        <ApiErrorAlert error={form.error} fields={FIELDS} />
        {saved ? (
          <Alert tone="success">
            <p>{t('profile.saved')}</p>
          </Alert>
        ) : null}
        <TextField
          label={t('fields.displayName')}
          name="displayName"
          defaultValue={user.displayName}
          maxLength={LIMITS.displayNameMax}
          autoComplete="name"
          required
          error={form.fieldError('displayName')}
        />
        <Select
          label={t('fields.language')}
          name="locale"
          defaultValue={user.locale}
          options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))}
          error={form.fieldError('locale')}
        />
        <Select
          key={zoneOptions.length} // re-apply the default once the full list has loaded
          label={t('fields.timeZone')}
          name="timeZone"
          hint={t('fields.timeZoneHint')}
          defaultValue={user.timeZone}
          options={zoneOptions}
          error={form.fieldError('timeZone')}
        />
        <Button type="submit" busy={form.pending}>
          {t('profile.save')}
        </Button>
      </form>
    </section>
  );
}
