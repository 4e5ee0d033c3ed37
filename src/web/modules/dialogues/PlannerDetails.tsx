import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/limits.js';
import { localized } from '../../../shared/locale-map.js';
import { VISIBILITIES } from '../../../shared/visibility.js';
import { useApi } from '../../api/use-api.js';
import { useLocale } from '../../app/i18n.js';
import { DraftForm } from '../../components/forms/DraftForm.js';
import { useDraftForm } from '../../components/forms/use-draft-form.js';
import { LanguagePicker } from '../../components/multilingual/LanguagePicker.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Select, TextField } from '../../components/ui/index.js';
import { ConvenerField } from './ConvenerField.js';
import { FORMAT_OPTIONS } from './choices.js';
import { seriesChoicesPath } from './list-model.js';
import { PlannerStep } from './PlannerStep.js';
import { type DialogueDraft, errorUnder } from './planner-model.js';
import { formatMinutes, useViewerZone } from './record-format.js';
import { SitesEditor } from './SitesEditor.js';
import type { Series } from './types.js';

const FIELDS = [
  'convenerOrganisationId',
  'seriesId',
  'defaultLocale',
  'title',
  'objectives',
  'format',
  'durationMinutes',
  'visibility',
  'sites',
];

interface Props {
  draftKey: string;
  initial: DialogueDraft;
  creating: boolean;
  save: (draft: DialogueDraft) => Promise<void>;
  /** Called once a save succeeded and the kept draft is gone. */
  onSaved?: () => void;
}

/**
 * Steps 1 and 2 of the planner, one form kept as a local draft while typing (nothing is lost on
 * a reload): the dialogue's details, then its sites. Saved together, since the API takes the
 * sites as one list with the dialogue.
 */
export function PlannerDetails({ draftKey, initial, creating, save, onSaved }: Props) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const viewerZone = useViewerZone();
  const { draft, form, bind } = useDraftForm(draftKey, initial, save);
  const d = draft.value;
  const series = useApi<{ items: Series[] }>(seriesChoicesPath(locale));
  // A dialogue joins a series of its own convener (the API refuses others).
  const seriesOptions = (series.data?.items ?? [])
    .filter((s) => s.convenerOrganisation.id === d.convenerOrganisationId || s.id === d.seriesId)
    .map((s) => ({ value: s.id, label: localized(s.title, locale, s.defaultLocale) }));
  const minutes = Number(d.durationMinutes);
  const wasPending = useRef(false);
  useEffect(() => {
    if (wasPending.current && !form.pending && !form.error) onSaved?.();
    wasPending.current = form.pending;
  }, [form.pending, form.error, onSaved]);

  return (
    <DraftForm
      form={form}
      draft={draft}
      fields={FIELDS}
      submitLabel={creating ? t('planner.create') : t('planner.saveDetails')}
      restoredText={t('form.restored')}
      discardLabel={t('form.discard')}
    >
      <PlannerStep id="details" title={t('planner.step.details')}>
        {creating ? (
          <ConvenerField
            value={d.convenerOrganisationId}
            error={form.fieldError('convenerOrganisationId')}
            onChange={(id) => draft.update({ convenerOrganisationId: id, seriesId: '' })}
          />
        ) : null}
        <Select
          label={t('fields.series')}
          placeholder={t('fields.noSeries')}
          options={seriesOptions}
          {...bind.text('seriesId')}
        />
        <LanguagePicker {...bind.languages()} />
        <LocaleMapFields
          legend={t('fields.title')}
          maxLength={LIMITS.nameMax}
          required
          {...bind.localeMap('title', 'title')}
        />
        <LocaleMapFields
          legend={t('fields.objectives')}
          hint={t('hints.objectives')}
          maxLength={LIMITS.descriptionMax}
          multiline
          {...bind.localeMap('objectives', 'objectives')}
        />
        <Select
          label={t('fields.format')}
          options={FORMAT_OPTIONS.map((f) => ({ value: f, label: t(`format.${f}`) }))}
          {...bind.text('format')}
        />
        <TextField
          label={t('fields.duration')}
          hint={
            Number.isInteger(minutes) && minutes > 0
              ? t('hints.durationIs', {
                  length: formatMinutes(minutes, { h: t('units.h'), min: t('units.min') }),
                })
              : t('hints.duration')
          }
          type="number"
          inputMode="numeric"
          min={15}
          max={1440}
          step={15}
          required
          {...bind.text('durationMinutes')}
        />
        <Select
          label={t('fields.visibility')}
          options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
          {...bind.text('visibility')}
        />
      </PlannerStep>
      <PlannerStep id="sites" title={t('planner.step.sites')}>
        <p>{t('planner.sitesIntro')}</p>
        <SitesEditor
          sites={d.sites}
          onChange={(sites) => draft.update({ sites })}
          errorAt={(path) => errorUnder(form.error?.fields, path)}
          defaultZone={viewerZone}
        />
        {form.fieldError('sites') ? (
          <p className="field-error" role="alert">
            {form.fieldError('sites')}
          </p>
        ) : null}
      </PlannerStep>
    </DraftForm>
  );
}
