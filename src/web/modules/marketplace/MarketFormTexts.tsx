import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/limits.js';
import { useLocale } from '../../app/i18n.js';
import { draftBindings } from '../../components/forms/draft-bindings.js';
import { LanguagePicker } from '../../components/multilingual/LanguagePicker.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { Select } from '../../components/ui/index.js';
import { Anchor } from '../experiences/EditorFields.js';
import type { MarketFieldsProps } from './MarketForm.js';
import type { SharedDraft } from './market-form-model.js';

/**
 * The languages a need or offer is written in, which of them is the default, and its title
 * (required in the default language, optional in the others).
 */
export function MarketFormTexts({ draft, form }: MarketFieldsProps<SharedDraft>) {
  const { t } = useTranslation('market-form');
  const locale = useLocale();
  const bind = draftBindings(draft, form);
  const { languages } = draft.value;

  return (
    <>
      <Anchor field="defaultLocale">
        <LanguagePicker {...bind.languages()} />
        {/* The picker keeps the first language as the default; here it can be another one. */}
        {languages.length > 1 ? (
          <Select
            label={t('fields.defaultLocale')}
            hint={t('form.defaultLanguageHint')}
            name="defaultLocale"
            value={languages[0]}
            options={languages.map((l) => ({ value: l, label: languageName(l, locale), lang: l }))}
            error={form.fieldError('defaultLocale')}
            onChange={(event) => {
              const chosen = event.target.value;
              draft.update({ languages: [chosen, ...languages.filter((l) => l !== chosen)] });
            }}
          />
        ) : null}
      </Anchor>
      <Anchor field="title">
        <LocaleMapFields
          legend={t('fields.title')}
          hint={t('hints.title')}
          maxLength={LIMITS.nameMax}
          required
          {...bind.localeMap('title', 'titles')}
        />
      </Anchor>
    </>
  );
}
