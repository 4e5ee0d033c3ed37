import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n.js';
import { TermChecks } from '../../components/editor/ChoiceFields.js';
import { draftBindings } from '../../components/forms/draft-bindings.js';
import { useVocabulary } from '../countries/use-vocabulary.js';
import { Anchor } from '../experiences/EditorFields.js';
import { CodePicker } from '../expertise/CodePicker.js';
import { useSpokenLanguages } from '../expertise/reference-lists.js';
import type { MarketFieldsProps } from './MarketForm.js';
import { MarketFormSection, termProps } from './MarketFormParts.js';
import type { SharedDraft } from './market-form-model.js';

/**
 * How the exchange would take place: the instruments and languages needs and offers share, then
 * (children) what is particular to each: delivery, period, contributions or capacity.
 */
export function MarketFormExchange({
  draft,
  form,
  children,
}: MarketFieldsProps<SharedDraft> & { children: ReactNode }) {
  const { t } = useTranslation('market-form');
  const locale = useLocale();
  const instruments = useVocabulary('instrument', locale);
  const spoken = useSpokenLanguages(locale);
  const bind = draftBindings(draft, form);

  return (
    <MarketFormSection title={t('sections.exchange')}>
      <TermChecks
        legend={t('fields.instruments')}
        hint={t('hints.instruments')}
        terms={instruments}
        columns
        {...termProps(bind.codes('instruments', 'instruments'))}
      />
      <Anchor field="languages">
        <CodePicker
          label={t('fields.languages')}
          hint={t('hints.languages')}
          items={spoken}
          showCode={false}
          {...bind.codes('languages', 'spoken')}
        />
      </Anchor>
      {children}
    </MarketFormSection>
  );
}
