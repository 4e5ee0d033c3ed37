import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n.js';
import { TermChecks } from '../../components/editor/ChoiceFields.js';
import { draftBindings } from '../../components/forms/draft-bindings.js';
import { useVocabulary } from '../countries/use-vocabulary.js';
import { Anchor } from '../experiences/EditorFields.js';
import { CodePicker } from '../expertise/CodePicker.js';
import { useSdgTargets } from '../expertise/reference-lists.js';
import { SectorsField } from '../expertise/SectorsField.js';
import type { MarketFieldsProps } from './MarketForm.js';
import { MarketFormSection, termProps } from './MarketFormParts.js';
import type { SharedDraft } from './market-form-model.js';

/** Sectors, SDG targets and the capacities concerned: what matching and the lists' filters use. */
export function MarketFormClassification({ draft, form }: MarketFieldsProps<SharedDraft>) {
  const { t } = useTranslation('market-form');
  const locale = useLocale();
  const targets = useSdgTargets(locale);
  const dimensions = useVocabulary('assessment_dimension', locale);
  const bind = draftBindings(draft, form);

  return (
    <MarketFormSection title={t('sections.classification')}>
      <Anchor field="sectors">
        <SectorsField {...bind.codes('sectors', 'sectors')} />
      </Anchor>
      <Anchor field="sdgTargets">
        <CodePicker
          label={t('fields.sdgTargets')}
          hint={t('hints.sdgTargets')}
          items={targets}
          {...bind.codes('sdgTargets', 'sdgTargets')}
        />
      </Anchor>
      <TermChecks
        legend={t('fields.dimensions')}
        hint={t('hints.dimensions')}
        terms={dimensions}
        columns
        {...termProps(bind.codes('dimensions', 'dimensions'))}
      />
    </MarketFormSection>
  );
}
