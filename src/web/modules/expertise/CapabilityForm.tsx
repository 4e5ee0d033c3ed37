import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/limits.js';
import { VISIBILITIES } from '../../../shared/visibility.js';
import { useLocale } from '../../app/i18n.js';
import { DraftForm } from '../../components/forms/DraftForm.js';
import { useDraftForm } from '../../components/forms/use-draft-form.js';
import { LanguagePicker } from '../../components/multilingual/LanguagePicker.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Select, TextField } from '../../components/ui/index.js';
import { CheckboxGroup } from './CheckboxGroup.js';
import { CodePicker } from './CodePicker.js';
import { type CapabilityDraft, type CapabilityFields, capabilityBodyOf } from './form-model.js';
import { COST_SHARING_OPTIONS } from './options.js';
import { useInstruments, useSdgTargets, useSpokenLanguages } from './reference-lists.js';
import { SectorsField } from './SectorsField.js';

const FIELDS = [
  'title',
  'description',
  'sectors',
  'sdgTargets',
  'instruments',
  'languages',
  'capacityPerYear',
  'costSharing',
  'costSharingNote',
  'visibility',
];

interface Props {
  draftKey: string;
  initial: CapabilityDraft;
  submitLabel: string;
  save: (fields: CapabilityFields) => Promise<void>;
}

/** Create and edit form of a capability; what is typed is kept as a local draft until saved. */
export function CapabilityForm({ draftKey, initial, submitLabel, save }: Props) {
  const { t } = useTranslation('expertise');
  const locale = useLocale();
  const targets = useSdgTargets(locale);
  const instruments = useInstruments(locale);
  const spoken = useSpokenLanguages(locale);
  const { draft, form, bind } = useDraftForm(draftKey, initial, (d) => save(capabilityBodyOf(d)));

  return (
    <DraftForm
      form={form}
      draft={draft}
      fields={FIELDS}
      submitLabel={submitLabel}
      restoredText={t('form.restored')}
      discardLabel={t('form.discard')}
    >
      <LanguagePicker {...bind.languages()} />
      <LocaleMapFields
        legend={t('fields.title')}
        maxLength={LIMITS.nameMax}
        required
        {...bind.localeMap('title', 'titles')}
      />
      <LocaleMapFields
        legend={t('fields.description')}
        maxLength={LIMITS.descriptionMax}
        multiline
        {...bind.localeMap('description', 'descriptions')}
      />
      <SectorsField {...bind.codes('sectors', 'sectors')} />
      <CodePicker
        label={t('fields.sdgTargets')}
        hint={t('form.sdgHint')}
        items={targets}
        {...bind.codes('sdgTargets', 'sdgTargets')}
      />
      <CheckboxGroup
        legend={t('fields.instruments')}
        hint={t('form.instrumentsHint')}
        options={instruments.map((i) => ({ value: i.code, label: i.name }))}
        {...bind.codes('instruments', 'instruments')}
      />
      <CodePicker
        label={t('form.spokenCapability')}
        hint={t('form.languagesHint')}
        items={spoken}
        showCode={false}
        {...bind.codes('languages', 'spoken')}
      />
      <TextField
        label={t('fields.capacityPerYear')}
        hint={t('form.capacityHint')}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        {...bind.text('capacityPerYear')}
      />
      <Select
        label={t('fields.costSharing')}
        options={COST_SHARING_OPTIONS.map((c) => ({ value: c, label: t(`costSharing.${c}`) }))}
        {...bind.text('costSharing')}
      />
      <LocaleMapFields
        legend={t('fields.costSharingNote')}
        maxLength={1000}
        multiline
        {...bind.localeMap('costSharingNote', 'notes')}
      />
      <Select
        label={t('fields.visibility')}
        hint={t('form.visibilityHint')}
        options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
        {...bind.text('visibility')}
      />
    </DraftForm>
  );
}
