import { useTranslation } from 'react-i18next';
import type { CapabilitySummary } from '../../../shared/contracts/expertise.js';
import { LIMITS } from '../../../shared/limits.js';
import { useApi } from '../../api/use-api.js';
import { useLocale } from '../../app/i18n.js';
import { DraftForm } from '../../components/forms/DraftForm.js';
import { useDraftForm } from '../../components/forms/use-draft-form.js';
import { LanguagePicker } from '../../components/multilingual/LanguagePicker.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Select, TextField } from '../../components/ui/index.js';
import { CheckboxGroup } from './CheckboxGroup.js';
import { CodePicker } from './CodePicker.js';
import { type ExpertDraft, type ExpertFields, expertBodyOf } from './form-model.js';
import { AVAILABILITY_OPTIONS, CONSENT_METHOD_OPTIONS } from './options.js';
import { useSpokenLanguages } from './reference-lists.js';
import { SectorsField } from './SectorsField.js';

const FIELDS = [
  'fullName',
  'jobTitle',
  'email',
  'expertise',
  'sectors',
  'languages',
  'availability',
  'availabilityNote',
  'capabilityIds',
  'consent',
];

interface Props {
  draftKey: string;
  initial: ExpertDraft;
  organisation: { id: string; name: string };
  submitLabel: string;
  /** For an existing expert: the consent on record, which the form keeps unless changed. */
  consentOnRecord?: string | undefined;
  save: (fields: ExpertFields) => Promise<void>;
}

/**
 * Create and edit form of an expert. The consent block is required and says who will see what:
 * the record exists only with the person's consent, and their personal data is for members only.
 */
export function ExpertForm({ draftKey, initial, organisation, submitLabel, consentOnRecord, save }: Props) {
  const { t } = useTranslation('expertise');
  const locale = useLocale();
  const spoken = useSpokenLanguages(locale);
  const capabilities = useApi<{ items: CapabilitySummary[] }>(
    `/capabilities?organisation=${organisation.id}&limit=100&locale=${locale}`,
  );
  const { draft, form, bind } = useDraftForm(draftKey, initial, (d) => save(expertBodyOf(d)));
  const d = draft.value;
  const consentError = form.fieldError('consent');
  const ownCapabilities = capabilities.data?.items ?? [];

  return (
    <DraftForm
      form={form}
      draft={draft}
      fields={FIELDS}
      submitLabel={submitLabel}
      restoredText={t('form.restored')}
      discardLabel={t('form.discard')}
    >
      <fieldset className={consentError ? 'field field-invalid' : 'field'}>
        <legend>{t('form.consentLegend')}</legend>
        <p className="field-hint">{t('form.consentExplain', { organisation: organisation.name })}</p>
        {consentOnRecord ? <p>{t('form.consentKept', { date: consentOnRecord })}</p> : null}
        <TextField
          label={t('form.consentDate')}
          name="consent.givenOn"
          type="date"
          required
          value={d.consentGivenOn}
          error={form.fieldError('consent.givenOn') ?? consentError}
          onChange={(event) => draft.update({ consentGivenOn: event.target.value })}
        />
        <Select
          label={t('form.consentMethod')}
          name="consent.method"
          required
          placeholder={t('form.choose')}
          options={CONSENT_METHOD_OPTIONS.map((m) => ({ value: m, label: t(`consentMethod.${m}`) }))}
          value={d.consentMethod}
          error={form.fieldError('consent.method')}
          onChange={(event) =>
            draft.update({ consentMethod: event.target.value as ExpertDraft['consentMethod'] })
          }
        />
      </fieldset>
      <TextField
        label={t('fields.fullName')}
        hint={t('form.personalHint')}
        required
        maxLength={LIMITS.nameMax}
        {...bind.text('fullName')}
      />
      <TextField
        label={t('fields.jobTitle')}
        hint={t('form.personalHint')}
        maxLength={LIMITS.nameMax}
        {...bind.text('jobTitle')}
      />
      <TextField
        label={t('fields.email')}
        hint={t('form.emailHint')}
        type="email"
        inputMode="email"
        maxLength={LIMITS.emailMax}
        {...bind.text('email')}
      />
      <LanguagePicker {...bind.languages()} />
      <LocaleMapFields
        legend={t('fields.expertise')}
        maxLength={LIMITS.descriptionMax}
        multiline
        {...bind.localeMap('expertise', 'expertise')}
      />
      <SectorsField {...bind.codes('sectors', 'sectors')} />
      <CodePicker
        label={t('form.spokenExpert')}
        hint={t('form.expertLanguagesHint')}
        items={spoken}
        showCode={false}
        {...bind.codes('languages', 'spoken')}
      />
      <Select
        label={t('fields.availability')}
        options={AVAILABILITY_OPTIONS.map((a) => ({ value: a, label: t(`availability.${a}`) }))}
        {...bind.text('availability')}
      />
      <TextField
        label={t('fields.availabilityNote')}
        hint={t('form.personalHint')}
        maxLength={500}
        {...bind.text('availabilityNote')}
      />
      <CheckboxGroup
        legend={t('fields.capabilities')}
        hint={t('form.capabilitiesHint')}
        options={ownCapabilities.map((c) => ({ value: c.id, label: c.title }))}
        {...bind.codes('capabilityIds', 'capabilityIds')}
      >
        {capabilities.data && ownCapabilities.length === 0 ? (
          <p className="muted">{t('form.noCapabilitiesYet')}</p>
        ) : null}
      </CheckboxGroup>
    </DraftForm>
  );
}
