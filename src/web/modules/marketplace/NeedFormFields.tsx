import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/limits.js';
import { useLocale } from '../../app/i18n.js';
import { TermChecks, TermRadios } from '../../components/editor/ChoiceFields.js';
import { draftBindings } from '../../components/forms/draft-bindings.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Checkbox, Select } from '../../components/ui/index.js';
import { useVocabulary } from '../countries/use-vocabulary.js';
import { Anchor } from '../experiences/EditorFields.js';
import type { MarketFieldsProps } from './MarketForm.js';
import { MarketFormDates, termProps } from './MarketFormParts.js';
import type { NeedDraft } from './market-form-model.js';

/** The development challenge, where its obstacle lies and the change sought. */
export function NeedAboutFields({ draft, form }: MarketFieldsProps<NeedDraft>) {
  const { t } = useTranslation('market-form');
  const locale = useLocale();
  const areas = useVocabulary('challenge_area', locale);
  const outcomes = useVocabulary('intermediate_outcome', locale);
  const bind = draftBindings(draft, form);
  const chosen = areas.find((a) => a.code === draft.value.challengeArea);

  return (
    <>
      <Anchor field="challenge">
        <LocaleMapFields
          legend={t('fields.challenge')}
          hint={t('hints.challenge')}
          maxLength={LIMITS.descriptionMax}
          multiline
          required
          {...bind.localeMap('challenge', 'challenge')}
        />
      </Anchor>
      <Anchor field="challengeArea">
        <Select
          label={t('fields.challengeArea')}
          // The chosen area's definition explains the choice; before one is made, what to choose.
          hint={chosen?.definition || t('hints.challengeArea')}
          required
          placeholder={t('form.choose')}
          options={areas
            .filter((a) => a.active || a.code === draft.value.challengeArea)
            .map((a) => ({ value: a.code, label: a.label }))}
          {...bind.text('challengeArea')}
        />
      </Anchor>
      <Anchor field="changeSought">
        <LocaleMapFields
          legend={t('fields.changeSought')}
          hint={t('hints.changeSought')}
          maxLength={LIMITS.descriptionMax}
          multiline
          {...bind.localeMap('changeSought', 'changeSought')}
        />
      </Anchor>
      <TermChecks
        legend={t('fields.outcomes')}
        hint={t('hints.outcomes')}
        terms={outcomes}
        columns
        {...termProps(bind.codes('outcomes', 'outcomes'))}
      />
    </>
  );
}

/** How and when the exchange should take place, and what the seeking organisation brings. */
export function NeedExchangeFields({ draft, form }: MarketFieldsProps<NeedDraft>) {
  const { t } = useTranslation('market-form');
  const locale = useLocale();
  const modes = useVocabulary('delivery_mode', locale);
  const bind = draftBindings(draft, form);
  const d = draft.value;

  return (
    <>
      <TermRadios
        id="field-deliveryMode"
        name="deliveryMode"
        legend={t('fields.deliveryMode')}
        notStated={t('hints.deliveryAny')}
        terms={modes}
        value={d.deliveryMode || null}
        error={form.fieldError('deliveryMode')}
        onChange={(code) => draft.update({ deliveryMode: code ?? '' })}
      />
      <MarketFormDates
        legend={t('fields.timeframe')}
        hint={t('hints.timeframe')}
        from={{ label: t('fields.timeframeFrom'), ...bind.text('timeframeFrom') }}
        to={{ label: t('fields.timeframeTo'), ...bind.text('timeframeTo') }}
      />
      <fieldset>
        <legend>{t('fields.contributions')}</legend>
        <p className="field-hint">{t('hints.contributions')}</p>
        <Anchor field="contributesFunds">
          <Checkbox
            label={t('fields.contributesFunds')}
            name="contributesFunds"
            checked={d.contributesFunds}
            onChange={(event) => draft.update({ contributesFunds: event.target.checked })}
          />
        </Anchor>
        <Anchor field="contributesInKind">
          <Checkbox
            label={t('fields.contributesInKind')}
            name="contributesInKind"
            checked={d.contributesInKind}
            onChange={(event) => draft.update({ contributesInKind: event.target.checked })}
          />
        </Anchor>
        <Anchor field="contributionNote">
          <LocaleMapFields
            legend={t('fields.contributionNote')}
            maxLength={1000}
            multiline
            {...bind.localeMap('contributionNote', 'contributionNote')}
          />
        </Anchor>
      </fieldset>
    </>
  );
}
