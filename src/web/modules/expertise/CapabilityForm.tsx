import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/limits.js';
import { VISIBILITIES, type Visibility } from '../../../shared/visibility.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { LanguagePicker } from '../../components/multilingual/LanguagePicker.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Alert, Button, Checkbox, Select, TextField } from '../../components/ui/index.js';
import { useDraft } from '../organisations/use-draft.js';
import { CodePicker } from './CodePicker.js';
import { type CapabilityDraft, type CapabilityFields, capabilityBodyOf } from './form-model.js';
import { COST_SHARING_OPTIONS } from './options.js';
import { useInstruments, useSdgTargets, useSectors, useSpokenLanguages } from './reference-lists.js';

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
  const sectors = useSectors(locale);
  const targets = useSdgTargets(locale);
  const instruments = useInstruments(locale);
  const spoken = useSpokenLanguages(locale);
  const draft = useDraft(draftKey, initial);
  const d = draft.value;
  const form = useSubmit(async () => {
    await save(capabilityBodyOf(d));
    draft.clear();
  });

  return (
    <form onSubmit={form.onSubmit} noValidate>
      {draft.restored ? (
        <Alert tone="info">
          <p>{t('form.restored')}</p>
        </Alert>
      ) : null}
      <ApiErrorAlert error={form.error} fields={FIELDS} />
      <LanguagePicker languages={d.languages} onChange={(languages) => draft.update({ languages })} />
      <LocaleMapFields
        field="title"
        legend={t('fields.title')}
        languages={d.languages}
        values={d.titles}
        onChange={(titles) => draft.update({ titles })}
        fieldError={form.fieldError}
        maxLength={LIMITS.nameMax}
        required
      />
      <LocaleMapFields
        field="description"
        legend={t('fields.description')}
        languages={d.languages}
        values={d.descriptions}
        onChange={(descriptions) => draft.update({ descriptions })}
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
        label={t('fields.sdgTargets')}
        name="sdgTargets"
        hint={t('form.sdgHint')}
        items={targets}
        value={d.sdgTargets}
        onChange={(value) => draft.update({ sdgTargets: value })}
        error={form.fieldError('sdgTargets')}
      />
      <fieldset className={form.fieldError('instruments') ? 'field field-invalid' : 'field'}>
        <legend>{t('fields.instruments')}</legend>
        <p className="field-hint">{t('form.instrumentsHint')}</p>
        {instruments.map((i) => (
          <Checkbox
            key={i.code}
            label={i.name}
            name="instruments"
            value={i.code}
            checked={d.instruments.includes(i.code)}
            onChange={(event) =>
              draft.update({
                instruments: event.target.checked
                  ? [...d.instruments, i.code]
                  : d.instruments.filter((c) => c !== i.code),
              })
            }
          />
        ))}
        <p className="field-error" aria-live="polite">
          {form.fieldError('instruments')}
        </p>
      </fieldset>
      <CodePicker
        label={t('form.spokenCapability')}
        name="languages"
        hint={t('form.languagesHint')}
        items={spoken}
        value={d.spoken}
        showCode={false}
        onChange={(value) => draft.update({ spoken: value })}
        error={form.fieldError('languages')}
      />
      <TextField
        label={t('fields.capacityPerYear')}
        hint={t('form.capacityHint')}
        name="capacityPerYear"
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        value={d.capacityPerYear}
        error={form.fieldError('capacityPerYear')}
        onChange={(event) => draft.update({ capacityPerYear: event.target.value })}
      />
      <Select
        label={t('fields.costSharing')}
        name="costSharing"
        options={COST_SHARING_OPTIONS.map((c) => ({ value: c, label: t(`costSharing.${c}`) }))}
        value={d.costSharing}
        error={form.fieldError('costSharing')}
        onChange={(event) =>
          draft.update({ costSharing: event.target.value as CapabilityDraft['costSharing'] })
        }
      />
      <LocaleMapFields
        field="costSharingNote"
        legend={t('fields.costSharingNote')}
        languages={d.languages}
        values={d.notes}
        onChange={(notes) => draft.update({ notes })}
        fieldError={form.fieldError}
        maxLength={1000}
        multiline
      />
      <Select
        label={t('fields.visibility')}
        hint={t('form.visibilityHint')}
        name="visibility"
        options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
        value={d.visibility}
        error={form.fieldError('visibility')}
        onChange={(event) => draft.update({ visibility: event.target.value as Visibility })}
      />
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
