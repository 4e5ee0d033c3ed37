import { useTranslation } from 'react-i18next';
import type { CapabilitySummary } from '../../../shared/contracts/expertise.js';
import { LIMITS } from '../../../shared/limits.js';
import { useApi } from '../../api/use-api.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { LanguagePicker } from '../../components/multilingual/LanguagePicker.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Alert, Button, Checkbox, Select, TextField } from '../../components/ui/index.js';
import { useDraft } from '../organisations/use-draft.js';
import { CodePicker } from './CodePicker.js';
import { type ExpertDraft, type ExpertFields, expertBodyOf } from './form-model.js';
import { AVAILABILITY_OPTIONS, CONSENT_METHOD_OPTIONS } from './options.js';
import { useSectors, useSpokenLanguages } from './reference-lists.js';

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
  const sectors = useSectors(locale);
  const spoken = useSpokenLanguages(locale);
  const capabilities = useApi<{ items: CapabilitySummary[] }>(
    `/capabilities?organisation=${organisation.id}&limit=100&locale=${locale}`,
  );
  const draft = useDraft(draftKey, initial);
  const d = draft.value;
  const form = useSubmit(async () => {
    await save(expertBodyOf(d));
    draft.clear();
  });
  const text = (name: 'fullName' | 'jobTitle' | 'email' | 'availabilityNote') => ({
    name,
    value: d[name],
    error: form.fieldError(name),
    onChange: (event: { target: { value: string } }) => draft.update({ [name]: event.target.value }),
  });
  const consentError = form.fieldError('consent');
  const ownCapabilities = capabilities.data?.items ?? [];

  return (
    <form onSubmit={form.onSubmit} noValidate>
      {draft.restored ? (
        <Alert tone="info">
          <p>{t('form.restored')}</p>
        </Alert>
      ) : null}
      <ApiErrorAlert error={form.error} fields={FIELDS} />
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
        {...text('fullName')}
      />
      <TextField
        label={t('fields.jobTitle')}
        hint={t('form.personalHint')}
        maxLength={LIMITS.nameMax}
        {...text('jobTitle')}
      />
      <TextField
        label={t('fields.email')}
        hint={t('form.emailHint')}
        type="email"
        inputMode="email"
        maxLength={LIMITS.emailMax}
        {...text('email')}
      />
      <LanguagePicker languages={d.languages} onChange={(languages) => draft.update({ languages })} />
      <LocaleMapFields
        field="expertise"
        legend={t('fields.expertise')}
        languages={d.languages}
        values={d.expertise}
        onChange={(expertise) => draft.update({ expertise })}
        fieldError={form.fieldError}
        maxLength={LIMITS.descriptionMax}
        multiline
      />
      <CodePicker
        label={t('fields.sectors')}
        name="sectors"
        hint={t('form.sectorsHint')}
        items={sectors}
        value={d.sectors}
        onChange={(value) => draft.update({ sectors: value })}
        error={form.fieldError('sectors')}
      />
      <CodePicker
        label={t('form.spokenExpert')}
        name="languages"
        hint={t('form.expertLanguagesHint')}
        items={spoken}
        value={d.spoken}
        showCode={false}
        onChange={(value) => draft.update({ spoken: value })}
        error={form.fieldError('languages')}
      />
      <Select
        label={t('fields.availability')}
        name="availability"
        options={AVAILABILITY_OPTIONS.map((a) => ({ value: a, label: t(`availability.${a}`) }))}
        value={d.availability}
        error={form.fieldError('availability')}
        onChange={(event) =>
          draft.update({ availability: event.target.value as ExpertDraft['availability'] })
        }
      />
      <TextField
        label={t('fields.availabilityNote')}
        hint={t('form.personalHint')}
        maxLength={500}
        {...text('availabilityNote')}
      />
      <fieldset className={form.fieldError('capabilityIds') ? 'field field-invalid' : 'field'}>
        <legend>{t('fields.capabilities')}</legend>
        <p className="field-hint">{t('form.capabilitiesHint')}</p>
        {capabilities.data && ownCapabilities.length === 0 ? (
          <p className="muted">{t('form.noCapabilitiesYet')}</p>
        ) : null}
        {ownCapabilities.map((c) => (
          <Checkbox
            key={c.id}
            label={c.title}
            name="capabilityIds"
            value={c.id}
            checked={d.capabilityIds.includes(c.id)}
            onChange={(event) =>
              draft.update({
                capabilityIds: event.target.checked
                  ? [...d.capabilityIds, c.id]
                  : d.capabilityIds.filter((id) => id !== c.id),
              })
            }
          />
        ))}
        <p className="field-error" aria-live="polite">
          {form.fieldError('capabilityIds')}
        </p>
      </fieldset>
      <div className="button-row">
        <Button type="submit" busy={form.pending}>
          {submitLabel}
        </Button>
        {draft.restored ? (
          <Button variant="quiet" onClick={draft.discard}>
            {t('form.discard')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
