import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DialogueSummaryResult } from '../../../shared/contracts/dialogue-followup.js';
import { LIMITS } from '../../../shared/limits.js';
import { ApiError, api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { EditorActions } from '../../components/editor/EditorActions.js';
import type { RowActionText } from '../../components/editor/RowActions.js';
import { SaveStatus } from '../../components/editor/SaveStatus.js';
import { LanguagePicker } from '../../components/multilingual/LanguagePicker.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Alert, Button } from '../../components/ui/index.js';
import { useVocabulary } from '../countries/use-vocabulary.js';
import { useSectors } from '../expertise/reference-lists.js';
import { RevisionConflict } from './RevisionConflict.js';
import { summaryPath } from './record-paths.js';
import { SummaryTopic } from './SummaryTopic.js';
import { isStaleSave } from './stale-save.js';
import { useSummaryDraft } from './summary-draft.js';
import { placeErrors } from './summary-errors.js';
import { newTopic, type SummaryDraft, summaryBody, summaryProblems } from './summary-model.js';
import { keyedRows, markAdded } from './summary-rows.js';

interface Props {
  dialogueId: string;
  defaultLocale: string;
  summary: DialogueSummaryResult;
  /** Hears every summary the server accepted; `published` when it was published. */
  onSaved: (summary: DialogueSummaryResult, published: boolean) => void;
}

/**
 * The summary as it is written: highlights, then topics with their key ideas. Every change is
 * kept on this device at once and saved to the server after a pause (or on "Save summary");
 * "Publish summary" saves it and marks the dialogue summarised. Errors land at their field.
 * When someone else saved the summary meanwhile, nothing is overwritten: the edits stay on this
 * device and the user chooses whose version continues.
 */
export function SummaryEditor({ dialogueId, defaultLocale, summary, onSaved }: Props) {
  const { t } = useTranslation('dialogue-record');
  const locale = useLocale();
  const [refusal, setRefusal] = useState<{ error: ApiError; sent: SummaryDraft } | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [checks, setChecks] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  // The revision the server holds of these edits, sent with "Publish summary".
  const revision = useRef(summary.revision);
  const { value, state, restored, update, save, forget, loadTheirs, overwrite } = useSummaryDraft(
    {
      dialogueId,
      defaultLocale,
      locale,
      onRefused: (error, sent) => setRefusal({ error, sent }),
      onSaved: (s) => {
        revision.current = s.revision;
        setRefusal(null);
        onSaved(s, false);
      },
    },
    summary,
  );
  const latest = useRef(value);
  latest.current = value;
  const choices = { dimensions: useVocabulary('assessment_dimension', locale), sectors: useSectors(locale) };
  const problems = state.kind === 'blocked' ? summaryProblems(value) : {};
  const { placed, shown } = refusal
    ? placeErrors(refusal.error.fields, refusal.sent)
    : { placed: {}, shown: [] };
  const fieldError = (field: string) => {
    const problem = problems[field];
    return problem ? t(`editor.problem.${problem}`) : placed[field];
  };
  const topics = keyedRows(value.topics, (next) => update((v) => ({ ...v, topics: next })));
  const rowText: RowActionText = (key, name) => t(`rows.${key}`, { name });

  // After a save or publish that failed, focus goes to the first field in error (else the summary).
  useEffect(() => {
    if (checks === 0) return;
    const form = formRef.current;
    (
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[data-error-summary]')
    )?.focus();
  }, [checks]);

  const publish = async () => {
    setPublishing(true);
    try {
      if (!(await save())) return setChecks((n) => n + 1);
      const sent = latest.current;
      try {
        const published = await api.put<DialogueSummaryResult>(summaryPath(dialogueId, locale), {
          ...summaryBody(sent, true),
          baseRevision: revision.current,
        });
        forget();
        onSaved(published, true);
      } catch (reason) {
        if (isStaleSave(reason)) {
          // Saved by someone else since the last autosave: the edits go back to the autosave
          // (kept on this device), whose save meets the same refusal and offers the choice.
          update((v) => ({ ...v }));
          await save();
          return;
        }
        if (reason instanceof ApiError) setRefusal({ error: reason, sent });
        setChecks((n) => n + 1);
      }
    } finally {
      setPublishing(false);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      aria-labelledby="summary-edit-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void save().then((ok) => ok || setChecks((n) => n + 1));
      }}
    >
      <h2 id="summary-edit-heading">{t('editor.heading')}</h2>
      {state.kind === 'conflict' ? (
        <RevisionConflict
          part="summary"
          onLoadTheirs={async () => {
            const theirs = await loadTheirs();
            if (!theirs) return;
            revision.current = theirs.revision;
            setRefusal(null);
            onSaved(theirs, false);
          }}
          onKeepMine={overwrite}
        />
      ) : restored && state.kind === 'dirty' ? (
        <Alert tone="info">
          <p>{t('editor.restored')}</p>
        </Alert>
      ) : null}
      {refusal?.error.status === 409 && refusal.error.field === 'publish' ? (
        <Alert tone="error" title={t('editor.notPublished')} focusTarget>
          <p>{t('editor.notPublishedText')}</p>
        </Alert>
      ) : refusal ? (
        <ApiErrorAlert error={refusal.error} fields={shown} />
      ) : null}
      <p className="field-hint">{t('editor.intro')}</p>
      <LanguagePicker
        languages={value.languages}
        onChange={(languages) => update((v) => ({ ...v, languages }))}
      />
      <LocaleMapFields
        field="highlights"
        legend={t('editor.highlights')}
        hint={t('editor.highlightsHint')}
        languages={value.languages}
        values={value.highlights}
        onChange={(highlights) => update((v) => ({ ...v, highlights }))}
        fieldError={fieldError}
        maxLength={LIMITS.descriptionMax}
        multiline
      />
      <h3>{t('editor.topics')}</h3>
      {value.topics.length === 0 ? <p className="muted">{t('editor.noTopics')}</p> : null}
      <ol className="summary-topic-list">
        {value.topics.map((topic, index) => (
          <SummaryTopic
            key={topic.key}
            topic={topic}
            index={index}
            rows={topics}
            languages={value.languages}
            choices={choices}
            fieldError={fieldError}
            rowText={rowText}
          />
        ))}
      </ol>
      <div className="button-row">
        <Button
          variant="secondary"
          onClick={() => {
            const topic = newTopic();
            markAdded(topic.key);
            update((v) => ({ ...v, topics: [...v.topics, topic] }));
          }}
        >
          {t('editor.addTopic')}
        </Button>
      </div>
      <EditorActions>
        <Button type="submit" busy={state.kind === 'saving' && !publishing}>
          {t('editor.save')}
        </Button>
        <Button variant="secondary" busy={publishing} onClick={() => void publish()}>
          {t('editor.publish')}
        </Button>
        <SaveStatus state={state} text={(kind, time) => t(`save.${kind}`, { time })} />
      </EditorActions>
    </form>
  );
}
