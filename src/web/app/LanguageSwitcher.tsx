import { useTranslation } from 'react-i18next';
import type { Me } from '../../shared/contracts/accounts.js';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../shared/locales.js';
import { api } from '../api/client.js';
import { Disclosure } from '../components/ui/index.js';
import { changeLocale, useLocale } from './i18n.js';
import { storeLocale } from './locale.js';
import { useSession } from './session.js';

/**
 * Lists every language by its own name (a reader looks for "العربية", not "Arabic"). Signed-in
 * users keep the choice on their profile; visitors keep it on this device.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = useLocale();
  const { user, updateUser } = useSession();

  const choose = async (locale: Locale) => {
    storeLocale(locale);
    await changeLocale(locale);
    if (user && user.locale !== locale) {
      // Saving can fail (offline); the interface has already switched, so keep going silently.
      await api.patch<Me>('/me', { locale }).then(updateUser, () => undefined);
    }
  };

  return (
    <Disclosure
      ariaLabel={t('nav.languageCurrent', { language: LOCALE_NAMES[current] })}
      label={
        <span lang={current}>
          <GlobeIcon />
          {LOCALE_NAMES[current]}
        </span>
      }
    >
      {(close) => (
        <ul className="menu-list">
          {LOCALES.map((locale) => (
            <li key={locale}>
              <button
                type="button"
                className="menu-item"
                lang={locale}
                aria-current={locale === current ? 'true' : undefined}
                onClick={() => {
                  close();
                  void choose(locale);
                }}
              >
                {LOCALE_NAMES[locale]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Disclosure>
  );
}

/** A globe drawn inline: emoji fonts are missing on many phones, and an icon file would cost a request. */
function GlobeIcon() {
  return (
    <svg className="icon" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" focusable="false">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      />
    </svg>
  );
}
