import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { useLocale } from '../../app/i18n.js';
import { DraftForm } from '../../components/forms/DraftForm.js';
import { draftText } from '../../components/forms/draft-bindings.js';
import { useDraft } from '../../components/forms/use-draft.js';
import { Select, TextArea, TextField } from '../../components/ui/index.js';
import { CheckboxGroup } from '../expertise/CheckboxGroup.js';
import { COST_SHARING_OPTIONS } from '../expertise/options.js';
import type { Coded } from '../expertise/reference-lists.js';
import type { ActionProps } from './AnswerPanel.js';
import { introductionPath, type TermsDraft, termsDraft, termsPatch } from './forms-model.js';
import type { Introduction } from './types.js';

const FIELDS = ['modality', 'instruments', 'startDate', 'endDate', 'costSharing', 'notes'];

/** Either side writes down what was agreed; kept as a local draft until saved. */
export function TermsForm({ i, onDone, instruments }: ActionProps & { instruments: readonly Coded[] }) {
  const { t } = useTranslation(['introductions', 'expertise']);
  const locale = useLocale();
  const draft = useDraft<TermsDraft>(`introduction.${i.id}.terms`, termsDraft(i.terms));
  const form = useSubmit(async () => {
    const updated = await api.patch<Introduction>(
      introductionPath(i.id, locale, 'terms'),
      termsPatch(draft.value),
    );
    draft.clear();
    onDone(updated, t('notice.termsSaved'));
  });
  const d = draft.value;
  const text = (name: 'modality' | 'startDate' | 'endDate' | 'notes') => draftText(draft, form, name);

  return (
    <DraftForm
      form={form}
      draft={draft}
      fields={FIELDS}
      submitLabel={t('terms.save')}
      restoredText={t('terms.restored')}
      discardLabel={t('terms.discard')}
    >
      <TextField
        label={t('terms.modality')}
        hint={t('terms.modalityHint')}
        maxLength={200}
        {...text('modality')}
      />
      <CheckboxGroup
        legend={t('terms.instruments')}
        hint={t('terms.instrumentsHint')}
        name="instruments"
        options={instruments.map((x) => ({ value: x.code, label: x.name }))}
        value={d.instruments}
        onChange={(instruments) => draft.update({ instruments })}
        error={form.fieldError('instruments')}
      />
      <div className="intro-dates">
        <TextField type="date" label={t('terms.startDate')} {...text('startDate')} />
        <TextField type="date" label={t('terms.endDate')} {...text('endDate')} />
      </div>
      <Select
        label={t('terms.costSharing')}
        name="costSharing"
        placeholder={t('terms.notStated')}
        options={COST_SHARING_OPTIONS.map((c) => ({ value: c, label: t(`expertise:costSharing.${c}`) }))}
        value={d.costSharing}
        error={form.fieldError('costSharing')}
        onChange={(e) => draft.update({ costSharing: e.target.value as TermsDraft['costSharing'] })}
      />
      <TextArea label={t('terms.notes')} rows={4} maxLength={2000} {...text('notes')} />
    </DraftForm>
  );
}
