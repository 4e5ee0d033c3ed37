import { useTranslation } from 'react-i18next';
import type { CountryPage } from '../../../shared/contracts/country-profiles.js';
import { PROFILE_FIELDS } from '../../../shared/country-profile-fields.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { ConflictAlert } from '../../components/editor/ConflictAlert.js';
import { EditorActions } from '../../components/editor/EditorActions.js';
import { SaveStatus } from '../../components/editor/SaveStatus.js';
import { LanguagePicker } from '../../components/multilingual/LanguagePicker.js';
import { Alert, Button } from '../../components/ui/index.js';
import { cleanDocument, localProblems } from './editor-model.js';
import { ProfileSections } from './ProfileSections.js';
import { PublishPanel } from './PublishPanel.js';
import { useProfileDraft } from './use-profile-draft.js';

// The API names draft fields `draft.<path>`; every profile path has a control beside it here.
const SHOWN = PROFILE_FIELDS.flatMap((f) => [`draft.${f.path}`, f.path]);

interface Props {
  code: string;
  draft: NonNullable<CountryPage['draft']>;
  publishedVersion: number | null;
  canPublish: boolean;
  onPublished: () => void;
}

/** The profile's draft: sections as fieldsets, kept locally at once and saved to the server as one types. */
export function ProfileEditor({ code, draft, publishedVersion, canPublish, onPublished }: Props) {
  const { t } = useTranslation('countries');
  const locale = useLocale();
  const { value, state, restored, update, save, loadTheirs, overwrite } = useProfileDraft(
    code,
    draft,
    locale,
  );
  const { doc, languages } = value;
  const local = localProblems(doc);
  const serverError = state.kind === 'error' ? state.error : undefined;
  const fieldError = (path: string) => {
    if (local[path]) return t(`editor.problem.${local[path]}`);
    return serverError?.fields[`draft.${path}`] ?? serverError?.fields[path];
  };

  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        noValidate
        aria-labelledby="editor-heading"
      >
        <h2 id="editor-heading" className="visually-hidden">
          {t('editor.heading')}
        </h2>
        {state.kind === 'conflict' ? (
          <ConflictAlert
            theirs={state.theirs}
            texts={{
              title: t('conflict.title'),
              text: ({ time, name }) =>
                name && time
                  ? t('conflict.textNamed', { name, time })
                  : time
                    ? t('conflict.textTime', { time })
                    : t('conflict.text'),
              kept: t('conflict.kept'),
              loadTheirs: t('conflict.loadTheirs'),
              confirmTheirs: t('conflict.confirmTheirs'),
              keepMine: t('conflict.keepMine'),
            }}
            onLoadTheirs={loadTheirs}
            onKeepMine={overwrite}
          />
        ) : restored && state.kind === 'dirty' ? (
          <Alert tone="info">
            <p>{t('editor.restored')}</p>
          </Alert>
        ) : null}
        <ApiErrorAlert error={serverError} fields={SHOWN} />
        <p className="field-hint">{t('editor.intro')}</p>
        <LanguagePicker
          languages={languages}
          onChange={(next) => update((e) => ({ ...e, languages: next }))}
        />
        <ProfileSections
          doc={doc}
          languages={languages}
          fieldError={fieldError}
          onChange={(change) => update((e) => ({ ...e, doc: change(e.doc) }))}
        />
        <EditorActions>
          <Button type="submit" busy={state.kind === 'saving'}>
            {t('editor.save')}
          </Button>
          <SaveStatus state={state} text={(kind, time) => t(`save.${kind}`, { time })} />
          {canPublish ? <a href="#publish">{t('editor.toPublish')}</a> : null}
        </EditorActions>
      </form>
      {canPublish ? (
        <PublishPanel
          code={code}
          doc={cleanDocument(doc, languages)}
          nextVersion={(publishedVersion ?? 0) + 1}
          saveFirst={save}
          onPublished={onPublished}
        />
      ) : null}
    </>
  );
}
