import { useTranslation } from 'react-i18next';
import type { OrganisationBody } from '../../../shared/contracts/organisations.js';
import { LIMITS } from '../../../shared/limits.js';
import { VISIBILITIES } from '../../../shared/visibility.js';
import { useCountries, useOrganisationTypes } from '../../api/reference.js';
import { useLocale } from '../../app/i18n.js';
import { DraftForm } from '../../components/forms/DraftForm.js';
import { useDraftForm } from '../../components/forms/use-draft-form.js';
import { LanguagePicker } from '../../components/multilingual/LanguagePicker.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Select, TextField } from '../../components/ui/index.js';
import { bodyOf, type OrganisationDraft } from './form-model.js';
import { ParentPicker } from './ParentPicker.js';

const FIELDS = [
  'name',
  'description',
  'acronym',
  'orgType',
  'countryCode',
  'website',
  'iatiIdentifier',
  'parentId',
  'visibility',
];

interface Props {
  /** localStorage key of the unsaved draft. */
  draftKey: string;
  initial: OrganisationDraft;
  /** The organisation being edited, if any (it cannot be its own parent). */
  selfId?: string;
  submitLabel: string;
  /** Sends the body; resolves once saved (the draft is then forgotten). */
  save: (body: OrganisationBody) => Promise<void>;
}

/** Create and edit form for an organisation; every keystroke is kept as a local draft until saved. */
export function OrganisationForm({ draftKey, initial, selfId, submitLabel, save }: Props) {
  const { t } = useTranslation('organisations');
  const locale = useLocale();
  const countries = useCountries(locale);
  const types = useOrganisationTypes(locale);
  const { draft, form, bind } = useDraftForm(draftKey, initial, (d) => save(bodyOf(d)));
  const d = draft.value;

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
        legend={t('fields.name')}
        maxLength={LIMITS.nameMax}
        required
        {...bind.localeMap('name', 'names')}
      />
      <TextField label={t('fields.acronym')} maxLength={LIMITS.acronymMax} {...bind.text('acronym')} />
      <Select
        label={t('fields.type')}
        placeholder={t('form.choose')}
        required
        options={types
          .filter((ty) => ty.status === 'active')
          .map((ty) => ({ value: ty.code, label: ty.name }))}
        {...bind.text('orgType')}
      />
      <Select
        label={t('fields.country')}
        placeholder={t('form.noCountry')}
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
        {...bind.text('countryCode')}
      />
      <ParentPicker
        parentId={d.parentId}
        parentName={d.parentName}
        selfId={selfId}
        error={form.fieldError('parentId')}
        onChange={(parent) => draft.update(parent)}
      />
      <TextField
        label={t('fields.website')}
        type="url"
        inputMode="url"
        placeholder="https://"
        maxLength={LIMITS.urlMax}
        {...bind.text('website')}
      />
      <TextField
        label={t('fields.iatiIdentifier')}
        hint={t('form.iatiHint')}
        dir="ltr"
        maxLength={100}
        {...bind.text('iatiIdentifier')}
      />
      <LocaleMapFields
        legend={t('fields.description')}
        maxLength={LIMITS.descriptionMax}
        multiline
        {...bind.localeMap('description', 'descriptions')}
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
