import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  ASSESSMENT_LIMITS,
  type Assessment,
  type AssessmentRubric,
} from '../../../shared/contracts/assessments.js';
import { ApiError, api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { LanguagePicker } from '../../components/multilingual/LanguagePicker.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Alert, Button, TextArea, TextField } from '../../components/ui/index.js';
import { DimensionSection } from './DimensionSection.js';
import {
  type AssessmentDraft,
  dimensionOfField,
  missingDimensions,
  type PendingPatch,
  parseLinks,
  type RatingDraft,
} from './form-model.js';
import { forgetKept, type SaveStatus, useAutosave } from './use-autosave.js';

const GENERAL_FIELDS = ['assessedOn', 'participants', 'summary', 'ratings'];

interface Props {
  assessment: Assessment;
  rubric: AssessmentRubric;
  initial: AssessmentDraft;
  /** Changes kept on this device from an earlier visit (already applied to `initial`). */
  kept: PendingPatch | null;
}

function SaveLine({
  status,
  savedAt,
  error,
}: {
  status: SaveStatus;
  savedAt: Date | undefined;
  error: ApiError | undefined;
}) {
  const { t, i18n } = useTranslation('assessments');
  const time = savedAt ? new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(savedAt) : '';
  const text =
    status === 'saving'
      ? t('form.saving')
      : status === 'pending'
        ? t('form.unsaved')
        : status === 'error'
          ? t('form.saveFailed', { message: error?.message ?? '' })
          : savedAt
            ? t('form.saved', { time })
            : '';
  return (
    <p className={status === 'error' ? 'ax-save-status field-error' : 'ax-save-status muted'} role="status">
      {text}
    </p>
  );
}

/**
 * The self-assessment form of a draft: general facts, then one section per dimension with the
 * rubric as radios. Saved as you go (see useAutosave); submit checks every dimension is rated.
 */
export function AssessmentForm({ assessment, rubric, initial, kept }: Props) {
  const { t } = useTranslation('assessments');
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [missing, setMissing] = useState<string[]>([]);
  const [submitError, setSubmitError] = useState<ApiError>();
  const [submitting, setSubmitting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const autosave = useAutosave(assessment.id, kept);
  const codes = rubric.dimensions.map((d) => d.code);
  const rated = codes.length - missingDimensions(draft, codes).length;
  const back = `/countries/${assessment.countryCode}/assessments`;

  const error = submitError ?? autosave.error;
  const fieldError = useCallback(
    (field: string) => {
      if (!error) return undefined;
      const exact = error.fields[field];
      if (exact || !/\.(links|rating)$/.test(field)) return exact;
      return Object.entries(error.fields).find(([f]) => f.startsWith(`${field}.`))?.[1];
    },
    [error],
  );

  const change = (patch: Partial<Omit<AssessmentDraft, 'ratings'>>, body: PendingPatch) => {
    setDraft((d) => ({ ...d, ...patch }));
    autosave.queue(body);
  };
  const changeRating = (code: string, patch: Partial<RatingDraft>) => {
    setDraft((d) => ({ ...d, ratings: { ...d.ratings, [code]: { ...d.ratings[code]!, ...patch } } }));
    if (patch.rating !== undefined) setMissing((m) => m.filter((c) => c !== code));
    autosave.queue({
      ratings: {
        [code]: {
          ...(patch.rating !== undefined && { rating: patch.rating }),
          ...(patch.evidence !== undefined && { evidence: patch.evidence }),
          ...(patch.links !== undefined && { links: parseLinks(patch.links) }),
        },
      },
    });
  };

  const showMissing = (list: string[]) => {
    setMissing(list);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = async () => {
    setSubmitError(undefined);
    const unrated = missingDimensions(draft, codes);
    if (unrated.length) return showMissing(unrated);
    setSubmitting(true);
    try {
      await autosave.flush();
      await api.post<Assessment>(`/assessments/${assessment.id}/submit`);
      forgetKept(assessment.id);
      navigate(back, { state: { submitted: true } });
    } catch (reason) {
      const err = reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason));
      const fromServer = Object.keys(err.fields)
        .filter((f) => f.endsWith('.rating'))
        .map(dimensionOfField)
        .filter((c): c is string => c !== null);
      if (err.status === 400 && fromServer.length) showMissing(fromServer);
      else setSubmitError(err);
      setSubmitting(false);
    }
  };

  const discard = async () => {
    if (!window.confirm(t('form.discardConfirm'))) return;
    try {
      await api.delete(`/assessments/${assessment.id}`);
      forgetKept(assessment.id);
      navigate(back);
    } catch (reason) {
      setSubmitError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    }
  };

  const labelOf = (code: string) => rubric.dimensions.find((d) => d.code === code)?.label ?? code;

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      {kept ? (
        <Alert tone="info">
          <p>{t('form.restored')}</p>
        </Alert>
      ) : null}
      <div className="ax-progress">
        <label htmlFor="ax-progress-meter">{t('form.progress', { rated, total: codes.length })}</label>
        <meter id="ax-progress-meter" min={0} max={codes.length} value={rated} />
        <SaveLine status={autosave.status} savedAt={autosave.savedAt} error={autosave.error} />
      </div>
      <ApiErrorAlert error={error} fields={GENERAL_FIELDS} />

      <nav aria-labelledby="ax-toc-heading">
        <h2 id="ax-toc-heading" className="h3">
          {t('form.contents')}
        </h2>
        <ol className="ax-toc">
          {rubric.dimensions.map((d) => (
            <li key={d.code}>
              <a href={`#dim-${d.code}`}>{d.label}</a>{' '}
              <span className="muted">
                (
                {draft.ratings[d.code]?.rating == null
                  ? t('notRated')
                  : t('ratingOf', { rating: draft.ratings[d.code]!.rating })}
                )
              </span>
            </li>
          ))}
        </ol>
      </nav>

      <section aria-labelledby="ax-general-heading">
        <h2 id="ax-general-heading" className="h3">
          {t('form.general')}
        </h2>
        <TextField
          name="assessedOn"
          type="date"
          label={t('form.assessedOn')}
          required
          value={draft.assessedOn}
          error={fieldError('assessedOn')}
          onChange={(event) => change({ assessedOn: event.target.value }, { assessedOn: event.target.value })}
        />
        <TextArea
          name="participants"
          label={t('form.participants')}
          hint={t('form.participantsHint')}
          rows={3}
          maxLength={ASSESSMENT_LIMITS.participantsMax}
          value={draft.participants}
          error={fieldError('participants')}
          onChange={(event) =>
            change({ participants: event.target.value }, { participants: event.target.value })
          }
        />
        <LanguagePicker
          languages={draft.languages}
          firstIsDefault={false}
          onChange={(languages) => setDraft((d) => ({ ...d, languages }))}
        />
        <LocaleMapFields
          field="summary"
          legend={t('form.summary')}
          languages={draft.languages}
          values={draft.summary}
          onChange={(summary) => change({ summary }, { summary })}
          fieldError={fieldError}
          maxLength={ASSESSMENT_LIMITS.summaryMax}
          multiline
        />
      </section>

      {rubric.dimensions.map((d) => (
        <DimensionSection
          key={d.code}
          dimension={d}
          value={draft.ratings[d.code] ?? { rating: null, evidence: {}, links: '' }}
          languages={draft.languages}
          onChange={(patch) => changeRating(d.code, patch)}
          fieldError={fieldError}
          missing={missing.includes(d.code)}
        />
      ))}

      <div ref={summaryRef} tabIndex={-1} data-error-summary>
        {missing.length ? (
          <Alert tone="error" title={t('form.missingTitle')}>
            <ul>
              {missing.map((code) => (
                <li key={code}>
                  <a href={`#dim-${code}`}>{labelOf(code)}</a>
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
      </div>
      <p className="field-hint">{t('form.submitHint')}</p>
      <div className="button-row">
        <Button busy={submitting} onClick={submit}>
          {t('form.submit')}
        </Button>
        {assessment.abilities.delete ? (
          <Button variant="danger" onClick={discard}>
            {t('form.discard')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
