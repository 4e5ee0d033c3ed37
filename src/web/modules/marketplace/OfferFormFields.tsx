import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/limits.js';
import { useLocale } from '../../app/i18n.js';
import { TermChecks } from '../../components/editor/ChoiceFields.js';
import { draftBindings } from '../../components/forms/draft-bindings.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Select, TextField } from '../../components/ui/index.js';
import { useVocabulary } from '../countries/use-vocabulary.js';
import { Anchor } from '../experiences/EditorFields.js';
import { COST_SHARING_OPTIONS } from '../expertise/options.js';
import type { MarketFieldsProps } from './MarketForm.js';
import { MarketFormDates, termProps } from './MarketFormParts.js';
import type { OfferDraft } from './market-form-model.js';

/** What is offered and the kinds of obstacle it helps to overcome. */
export function OfferAboutFields({ draft, form }: MarketFieldsProps<OfferDraft>) {
  const { t } = useTranslation('market-form');
  const areas = useVocabulary('challenge_area', useLocale());
  const bind = draftBindings(draft, form);

  return (
    <>
      <Anchor field="description">
        <LocaleMapFields
          legend={t('fields.description')}
          hint={t('hints.description')}
          maxLength={LIMITS.descriptionMax}
          multiline
          required
          {...bind.localeMap('description', 'description')}
        />
      </Anchor>
      <TermChecks
        legend={t('fields.challengeAreas')}
        hint={t('hints.challengeAreas')}
        terms={areas}
        {...termProps(bind.codes('challengeAreas', 'challengeAreas'))}
      />
    </>
  );
}

/** How and when the offering organisation can take part, how much, and who pays. */
export function OfferExchangeFields({ draft, form }: MarketFieldsProps<OfferDraft>) {
  const { t } = useTranslation(['market-form', 'expertise']);
  const modes = useVocabulary('delivery_mode', useLocale());
  const bind = draftBindings(draft, form);

  return (
    <>
      <TermChecks
        legend={t('fields.deliveryModes')}
        hint={t('hints.deliveryModes')}
        terms={modes}
        {...termProps(bind.codes('deliveryModes', 'deliveryModes'))}
      />
      <MarketFormDates
        legend={t('fields.availability')}
        hint={t('hints.availability')}
        from={{ label: t('fields.availableFrom'), ...bind.text('availableFrom') }}
        to={{ label: t('fields.availableTo'), ...bind.text('availableTo') }}
      />
      <Anchor field="capacityPerYear">
        <TextField
          label={t('fields.capacityPerYear')}
          hint={t('hints.capacityPerYear')}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          {...bind.text('capacityPerYear')}
        />
      </Anchor>
      <Anchor field="costSharing">
        <Select
          label={t('fields.costSharing')}
          options={COST_SHARING_OPTIONS.map((c) => ({ value: c, label: t(`expertise:costSharing.${c}`) }))}
          {...bind.text('costSharing')}
        />
      </Anchor>
      <Anchor field="costSharingNote">
        <LocaleMapFields
          legend={t('fields.costSharingNote')}
          maxLength={1000}
          multiline
          {...bind.localeMap('costSharingNote', 'costSharingNote')}
        />
      </Anchor>
    </>
  );
}
