import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../shared/locales.js';
import { useLocale } from '../../app/i18n.js';
import { Button } from '../ui/index.js';
import { languageName } from './language-name.js';

interface Props {
  languages: string[];
  onChange: (languages: string[]) => void;
  /** The first language is the record's default and cannot be removed (organisations); else any but the last can. */
  firstIsDefault?: boolean;
}

/** The languages a record is written in, which can be added or removed. */
export function LanguagePicker({ languages, onChange, firstIsDefault = true }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const addable = LOCALES.filter((l) => !languages.includes(l));
  const [choice, setChoice] = useState('');

  return (
    <fieldset>
      <legend>{t('multilingual.languages')}</legend>
      <p className="field-hint">{t('multilingual.languagesHint')}</p>
      <ul className="chips">
        {languages.map((lang, index) => (
          <li key={lang}>
            <span lang={lang}>{languageName(lang, locale)}</span>
            {index === 0 && firstIsDefault ? (
              <span className="muted"> ({t('multilingual.defaultLanguage')})</span>
            ) : languages.length === 1 ? null : (
              <Button
                variant="quiet"
                aria-label={t('multilingual.removeLanguage', { language: languageName(lang, locale) })}
                onClick={() => onChange(languages.filter((l) => l !== lang))}
              >
                ×
              </Button>
            )}
          </li>
        ))}
      </ul>
      {addable.length > 0 ? (
        <div className="inline-form">
          <select
            aria-label={t('multilingual.addLanguageLabel')}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
          >
            <option value="">{t('multilingual.chooseLanguage')}</option>
            {addable.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageName(l, locale)}
              </option>
            ))}
          </select>
          <Button
            variant="secondary"
            onClick={() => {
              if (choice) onChange([...languages, choice]);
              setChoice('');
            }}
          >
            {t('multilingual.addLanguage')}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
