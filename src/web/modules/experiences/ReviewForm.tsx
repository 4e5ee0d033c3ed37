import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Experience } from '../../../shared/contracts/experiences.js';
import { ApiError, api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Alert, Button, Checkbox, Loading, TextArea } from '../../components/ui/index.js';
import { type ReviewDecision, reviewProblems } from './editor-model.js';
import { useReviewCriteria } from './editor-reference.js';

const COMMENT_MAX = 5000;

/** What the review queue shows after a decision. */
export interface ReviewedNotice {
  reviewed: ReviewDecision;
  title: string;
}

/**
 * The reviewer's decision: the acceptance criteria as checkboxes (each with its definition), a
 * comment, then "Approve and publish" (every criterion must be ticked) or "Send back with
 * comment" (a comment is required). Refusals stay beside the criterion or the comment.
 */
export function ReviewForm({ experience, title }: { experience: Experience; title: string }) {
  const { t } = useTranslation('experience-editor');
  const locale = useLocale();
  const navigate = useNavigate();
  const ids = useId();
  const criteria = useReviewCriteria(locale);
  const [checklist, setChecklist] = useState<Record<string, boolean>>({});
  const [comment, setComment] = useState('');
  const [pending, setPending] = useState<ReviewDecision | null>(null);
  const [error, setError] = useState<ApiError>();
  const [local, setLocal] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);

  // After a refusal, focus goes to the first field marked (or the summary), as in every form.
  useEffect(() => {
    if (!error && Object.keys(local).length === 0) return;
    const target =
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current?.querySelector<HTMLElement>('[data-error-summary]');
    target?.focus();
  }, [error, local]);

  const ticked = criteria.items.filter((c) => checklist[c.code]).length;
  const all = criteria.items.length;
  const fieldError = (field: string) => local[field] ?? error?.fields[field];

  const decide = async (decision: ReviewDecision) => {
    setError(undefined);
    const problems = reviewProblems(decision, criteria.items, checklist, comment);
    const messages: Record<string, string> = {};
    for (const [field, problem] of Object.entries(problems))
      messages[field] = problem === 'unticked' ? t('review.unticked') : t('review.commentRequired');
    setLocal(messages);
    if (Object.keys(problems).length > 0) return;
    setPending(decision);
    try {
      const full = Object.fromEntries(criteria.items.map((c) => [c.code, checklist[c.code] === true]));
      await api.post<Experience>(`/experiences/${experience.id}/review`, {
        decision,
        checklist: full,
        comment,
      });
      const notice: ReviewedNotice = { reviewed: decision, title };
      navigate('/experiences/review', { state: notice });
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    } finally {
      setPending(null);
    }
  };

  const shown = ['comment', ...criteria.items.map((c) => `checklist.${c.code}`), 'checklist', 'decision'];

  return (
    <section aria-labelledby={`${ids}-heading`} className="review-decision">
      <h2 id={`${ids}-heading`}>{t('review.decisionHeading')}</h2>
      <form ref={form} noValidate onSubmit={(e) => e.preventDefault()}>
        <ApiErrorAlert error={error} fields={shown} />
        {Object.keys(local).length > 0 ? (
          <Alert tone="error" focusTarget>
            <p>{local.comment ? t('review.commentRequired') : t('review.allRequired')}</p>
          </Alert>
        ) : null}
        {criteria.loaded ? (
          <fieldset className={fieldError('checklist') ? 'field field-invalid' : 'field'}>
            <legend>{t('review.checklist')}</legend>
            <p className="field-hint">{t('review.checklistHint')}</p>
            {criteria.items.length === 0 ? <p className="muted">{t('review.noCriteria')}</p> : null}
            {criteria.items.map((c) => {
              const problem = fieldError(`checklist.${c.code}`);
              return (
                <div key={c.code} className={problem ? 'field-invalid' : undefined}>
                  <Checkbox
                    label={c.label}
                    hint={c.definition || undefined}
                    checked={checklist[c.code] === true}
                    aria-invalid={problem ? true : undefined}
                    onChange={(e) => {
                      setChecklist((prev) => ({ ...prev, [c.code]: e.target.checked }));
                      setLocal(({ [`checklist.${c.code}`]: _, ...rest }) => rest);
                    }}
                  />
                  {problem ? <p className="field-error">{problem}</p> : null}
                </div>
              );
            })}
            <p className="field-error" aria-live="polite">
              {fieldError('checklist')}
            </p>
            <p className="muted" id={`${ids}-count`} aria-live="polite">
              {t('review.ticked', { ticked, total: all })}
            </p>
          </fieldset>
        ) : (
          <Loading />
        )}
        <TextArea
          label={t('review.comment')}
          hint={t('review.commentHint')}
          name="comment"
          rows={6}
          maxLength={COMMENT_MAX}
          value={comment}
          error={fieldError('comment')}
          onChange={(e) => {
            setComment(e.target.value);
            setLocal(({ comment: _, ...rest }) => rest);
          }}
        />
        <div className="button-row">
          <Button
            busy={pending === 'approved'}
            aria-describedby={`${ids}-approve-hint`}
            onClick={() => void decide('approved')}
          >
            {t('review.approve')}
          </Button>
          <Button
            variant="secondary"
            busy={pending === 'changes_requested'}
            aria-describedby={`${ids}-back-hint`}
            onClick={() => void decide('changes_requested')}
          >
            {t('review.sendBack')}
          </Button>
        </div>
        <p id={`${ids}-approve-hint`} className="field-hint">
          {ticked === all && all > 0
            ? t('review.approveReady')
            : t('review.approveHint', { count: all - ticked })}
        </p>
        <p id={`${ids}-back-hint`} className="field-hint">
          {t('review.sendBackHint')}
        </p>
      </form>
    </section>
  );
}
