import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useDateFormat } from '../../app/format.js';
import { NumberField } from '../../components/editor/NumberField.js';
import { DraftForm } from '../../components/forms/DraftForm.js';
import { useDraft } from '../../components/forms/use-draft.js';
import { Button, Loading, Page } from '../../components/ui/index.js';
import {
  bodyOf,
  defaultWeights,
  draftOf,
  type MatchSettings,
  type MatchSettingsDraft,
  wholeDraft,
} from './match-settings-model.js';
import { WeightFields } from './match-settings-weights.js';
import './match-settings.css';

/** The API fields shown beside the form's controls (`weights` covers `weights.text`…). */
const FIELDS = ['weights', 'minScore'] as const;

/** The weights of the match factors and the minimum score; platform administrators only. */
export default function MatchSettingsPage() {
  const { t } = useTranslation('matching');
  const formatDate = useDateFormat();
  const { data, error, setData } = useApi<MatchSettings>('/admin/match-settings');

  return (
    <Page title={t('settings.title')} intro={<p>{t('settings.intro')}</p>}>
      {data ? (
        <>
          <p className="muted">
            {data.updatedAt
              ? t('settings.updated', { date: formatDate(data.updatedAt) })
              : t('settings.neverUpdated')}
          </p>
          <SettingsForm initial={data} onSaved={setData} />
        </>
      ) : error ? (
        <ApiErrorAlert error={error} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}

function SettingsForm({ initial, onSaved }: { initial: MatchSettings; onSaved: (s: MatchSettings) => void }) {
  const { t } = useTranslation('matching');
  // Kept on this device until saved: tuning weights takes a while, a reload must not lose it.
  const draft = useDraft<MatchSettingsDraft>('match-settings', draftOf(initial));
  const value = wholeDraft(draft.value);
  // Which confirmation shows, each beside the button it answers (both are live regions).
  const [note, setNote] = useState<'reset' | 'saved' | null>(null);
  const form = useSubmit(async () => {
    const saved = await api.put<MatchSettings>('/admin/match-settings', bodyOf(value));
    draft.update(draftOf(saved));
    draft.clear();
    onSaved(saved);
    setNote('saved');
  });

  const change = (patch: Partial<MatchSettingsDraft>, after: 'reset' | null = null) => {
    draft.update(patch);
    setNote(after);
  };

  return (
    <DraftForm
      form={form}
      draft={draft}
      fields={FIELDS}
      submitLabel={t('settings.save')}
      restoredText={t('settings.restored')}
      discardLabel={t('settings.discard')}
    >
      <WeightFields
        weights={value.weights}
        fieldError={form.fieldError}
        onChange={(factor, v) => change({ weights: { ...value.weights, [factor]: v } })}
      />
      <div className="button-row">
        <Button variant="secondary" onClick={() => change({ weights: defaultWeights() }, 'reset')}>
          {t('settings.reset')}
        </Button>
        <p role="status">{note === 'reset' ? t('settings.resetDone') : ''}</p>
      </div>
      <div className="section">
        <NumberField
          label={t('settings.minScore')}
          name="minScore"
          hint={t('settings.minScoreHint')}
          value={value.minScore}
          error={form.fieldError('minScore')}
          min={0}
          max={100}
          onChange={(v) => change({ minScore: v })}
        />
      </div>
      <p role="status">{note === 'saved' ? t('settings.saved') : ''}</p>
    </DraftForm>
  );
}
