import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type {
  Attachment,
  ExperienceDocument as Doc,
  Experience,
} from '../../../shared/contracts/experiences.js';
import { ApiError, api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { ConflictAlert } from '../../components/editor/ConflictAlert.js';
import { EditorActions } from '../../components/editor/EditorActions.js';
import { SaveStatus } from '../../components/editor/SaveStatus.js';
import { Alert, Button } from '../../components/ui/index.js';
import { EditorAttachments } from './EditorAttachments.js';
import { EditorProblems } from './EditorProblems.js';
import { EditorSections } from './EditorSections.js';
import { EditorSentBack } from './EditorSentBack.js';
import { useExperienceDraft } from './editor-draft.js';
import { DetailedError, detailsOf, submitForReview } from './editor-http.js';
import { useFieldLabels } from './editor-labels.js';
import {
  fieldMessages,
  languageCodes,
  localProblems,
  messageFor,
  problemsOf,
  SUMMARY_MAX_WORDS,
  sentBackReview,
  summaryOverLimit,
  topField,
} from './editor-model.js';

const asApiError = (reason: unknown) =>
  reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason));

/** What the editor tells "my experiences" after a submission, to say so at the top of the list. */
export interface SubmittedNotice {
  submitted: string;
}

interface Props {
  experience: Experience;
  /** The server's latest answer (after a save, an upload…), so the page shows current facts. */
  onChanged: (experience: Experience) => void;
}

/**
 * The working copy of an experience: every section of the template, kept on this device at each
 * change and saved to the server as one types; then "Submit for review", whose refusals list what
 * is missing, beside each field and in a summary linking to them.
 */
export function Editor({ experience, onChanged }: Props) {
  const { t } = useTranslation('experience-editor');
  const labels = useFieldLabels();
  const locale = useLocale();
  const navigate = useNavigate();
  const { session } = useSession();
  const draft = useExperienceDraft(experience, locale, onChanged);
  const [submitError, setSubmitError] = useState<ApiError>();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitting, setSubmitting] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<ApiError>();
  const top = useRef<HTMLDivElement>(null);
  const { doc, state } = draft;
  const { abilities } = experience;

  const local = localProblems(doc);
  const over = summaryOverLimit(doc);
  const saveError = state.kind === 'error' ? state.error : undefined;
  // A refused submission's messages stay until the field they name is changed.
  const submitDetails = detailsOf(submitError).filter((d) => !touched.has(topField(d.field) ?? ''));
  const saveDetails = detailsOf(saveError);
  const saveFields = fieldMessages(saveDetails);
  const submitFields = fieldMessages(submitDetails);
  const fieldError = (path: string) => {
    const problem = local[path];
    if (problem) return t(`local.${problem}`);
    return messageFor(saveFields, path) ?? messageFor(submitFields, path);
  };
  const problems = problemsOf(saveError ? saveDetails : submitDetails);

  /** A change to the document, noting which fields it touched (their submission messages go). */
  const update = (change: (current: Doc) => Doc) =>
    draft.update((current) => {
      const next = change(current);
      const changed = (Object.keys(next) as (keyof Doc)[]).filter((key) => next[key] !== current[key]);
      if (changed.length > 0 && submitError)
        setTouched((prev) => (changed.every((k) => prev.has(k)) ? prev : new Set([...prev, ...changed])));
      return next;
    });
  const review = sentBackReview(experience.reviews, experience.status);
  const published = experience.status === 'published' || experience.published !== null;

  const submit = async () => {
    setSubmitError(undefined);
    setTouched(new Set());
    const blocking = Object.entries(local).map(([field, problem]) => ({
      field: `content.${field}`,
      message: t(`local.${problem}`),
    }));
    for (const [lang, count] of Object.entries(over))
      blocking.push({
        field: `content.summary.${lang}`,
        message: t('summary.tooLong', { count, max: SUMMARY_MAX_WORDS }),
      });
    if (blocking.length > 0) {
      setSubmitError(new DetailedError(400, 'local', t('problems.title'), undefined, blocking));
      return;
    }
    setSubmitting(true);
    try {
      if (!(await draft.save())) {
        // Why it was not saved (a conflict, an error) is said at the top: go there.
        top.current?.focus();
        top.current?.scrollIntoView({ block: 'start' });
        return;
      }
      const answer = await submitForReview(experience.id, { csrfToken: session.csrfToken, locale });
      draft.forget();
      const notice: SubmittedNotice = { submitted: answer.id };
      navigate('/experiences/mine', { state: notice });
    } catch (reason) {
      setSubmitError(asApiError(reason));
    } finally {
      setSubmitting(false);
    }
  };

  const remove = async () => {
    if (!window.confirm(t('delete.confirm'))) return;
    setDeleting(true);
    setDeleteError(undefined);
    try {
      await api.delete(`/experiences/${experience.id}`);
      draft.forget();
      navigate('/experiences/mine');
    } catch (reason) {
      setDeleteError(asApiError(reason));
    } finally {
      setDeleting(false);
    }
  };

  const setAttachments = (attachments: Attachment[]) => onChanged({ ...experience, attachments });
  const problemsTitle = saveError ? t('problems.saveTitle') : t('problems.title');
  const serverError = saveError ?? submitError;
  const otherError = serverError && Object.keys(serverError.fields).length === 0 ? serverError : undefined;

  return (
    <>
      <div ref={top} tabIndex={-1} className="editor-alerts">
        {review ? <EditorSentBack review={review} /> : null}
        {published ? (
          <Alert tone="info">
            <p>
              {t('status.publishedEditing', { version: experience.published?.version ?? 1 })}{' '}
              <Link to={`/experiences/${experience.id}`}>{t('status.viewPublished')}</Link>
            </p>
          </Alert>
        ) : null}
        {state.kind === 'conflict' ? (
          <ConflictAlert
            theirs={state.theirs}
            texts={{
              title: t('conflict.title'),
              text: ({ time }) => (time ? t('conflict.textTime', { time }) : t('conflict.text')),
              kept: t('conflict.kept'),
              loadTheirs: t('conflict.loadTheirs'),
              confirmTheirs: t('conflict.confirmTheirs'),
              keepMine: t('conflict.overwrite'),
              failed: t('conflict.failed'),
            }}
            onLoadTheirs={draft.loadTheirs}
            onKeepMine={draft.overwrite}
          />
        ) : draft.restored ? (
          <Alert tone="info">
            <p>{t('restored')}</p>
            <Button variant="quiet" className="btn-small" onClick={draft.dismissRestored}>
              {t('restoredDismiss')}
            </Button>
          </Alert>
        ) : null}
        <EditorProblems title={problemsTitle} problems={problems} labels={labels} focusKey={submitError} />
        <ApiErrorAlert error={otherError} />
      </div>

      <p className="field-hint">{t('intro')}</p>
      <form
        id="experience-form"
        aria-label={t('formLabel')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void draft.save();
        }}
      >
        <EditorSections doc={doc} labels={labels} fieldError={fieldError} onChange={update} />
      </form>

      <EditorAttachments
        experienceId={experience.id}
        published={experience.published !== null}
        attachments={experience.attachments}
        languages={languageCodes(doc)}
        labels={labels}
        onChange={setAttachments}
      />

      <EditorActions>
        <Button type="submit" form="experience-form" variant="secondary" busy={state.kind === 'saving'}>
          {t('actions.save')}
        </Button>
        {/* Offered whenever the copy may be edited: a published story's edits become submittable once saved. */}
        <Button busy={submitting} onClick={() => void submit()}>
          {published ? t('actions.submitChanges') : t('actions.submit')}
        </Button>
        <SaveStatus state={state} text={(kind, time) => t(`save.${kind}`, { time })} />
      </EditorActions>

      {abilities.delete ? (
        <section className="editor-section" aria-labelledby="delete-heading">
          <h2 id="delete-heading" className="h3">
            {t('delete.heading')}
          </h2>
          <p className="field-hint">{t('delete.hint')}</p>
          <ApiErrorAlert error={deleteError} />
          <Button variant="danger" busy={deleting} onClick={() => void remove()}>
            {t('delete.button')}
          </Button>
        </section>
      ) : null}
    </>
  );
}
