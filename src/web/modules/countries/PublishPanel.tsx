import { useTranslation } from 'react-i18next';
import type { ProfileDocument } from '../../../shared/contracts/country-profiles.js';
import { type PublishProblem, publishProblems } from '../../../shared/country-profile-rules.js';
import { ApiError, api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { text } from '../../app/form-data.js';
import { Button, TextArea } from '../../components/ui/index.js';
import { sectionOf } from './editor-model.js';
import { useProfileLabels } from './use-profile-labels.js';

// The checks of country-profile-rules.ts, in the order of the form, so the list also shows what is done.
const CHECKS = [
  'countryRole',
  'leadAgency',
  'bodyName',
  'strategyStatus',
  'coordinationMechanism',
  'history',
  'obstacles',
  'challenges',
];
const checkOf = (p: PublishProblem) => p.key.split('.').pop() ?? p.key;

interface Props {
  code: string;
  doc: ProfileDocument;
  nextVersion: number;
  /** Saves the draft first (the server publishes what it holds); false when it could not. */
  saveFirst: () => Promise<boolean>;
  onPublished: () => void;
}

/**
 * Publication: the checklist of what must be filled in (each open item links to its section),
 * a note on what changed, and the button. The server checks again and names the field it refuses.
 */
export function PublishPanel({ code, doc, nextVersion, saveFirst, onPublished }: Props) {
  const { t } = useTranslation('countries');
  const labels = useProfileLabels();
  const problems = publishProblems(doc);
  const open = new Map<string, PublishProblem>();
  for (const p of problems) if (!open.has(checkOf(p))) open.set(checkOf(p), p);
  const extra = [...open.keys()].filter((c) => !CHECKS.includes(c));

  const form = useSubmit(async (el) => {
    if (!(await saveFirst())) throw new ApiError(0, 'draft_not_saved', t('publish.notSaved'));
    await api.post(`/countries/${code}/profile/publish`, { changeNote: text(el, 'changeNote') });
    onPublished();
  });

  const item = (check: string) => {
    const problem = open.get(check);
    const label = labels.t(`country-fields:checklist.${check}`);
    return (
      <li key={check}>
        {problem ? (
          <>
            <span aria-hidden="true">✗ </span>
            <span className="visually-hidden">{t('publish.todo')} </span>
            <a href={`#section-${sectionOf(problem.field)}`}>{label}</a>
          </>
        ) : (
          <>
            <span aria-hidden="true">✓ </span>
            <span className="visually-hidden">{t('publish.done')} </span>
            {label}
          </>
        )}
      </li>
    );
  };

  return (
    <section className="section" aria-labelledby="publish-heading" id="publish">
      <h2 id="publish-heading">{t('publish.heading')}</h2>
      <p>{t('publish.intro', { version: nextVersion })}</p>
      <h3>{t('publish.checklist')}</h3>
      <ul className="plain-list checklist">{[...CHECKS, ...extra].map(item)}</ul>
      <form onSubmit={form.onSubmit} noValidate>
        <ApiErrorAlert error={form.error} fields={['changeNote']} />
        <TextArea
          label={t('publish.changeNote')}
          hint={t('publish.changeNoteHint')}
          name="changeNote"
          maxLength={1000}
          rows={3}
          error={form.fieldError('changeNote')}
        />
        {problems.length > 0 ? <p className="muted">{t('publish.blocked', { count: open.size })}</p> : null}
        <Button type="submit" busy={form.pending} disabled={problems.length > 0}>
          {t('publish.submit', { version: nextVersion })}
        </Button>
      </form>
    </section>
  );
}
