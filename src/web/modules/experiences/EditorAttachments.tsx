import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/contracts/experiences.js';
import { ApiError, api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Button } from '../../components/ui/index.js';
import { uploadAttachment } from './editor-http.js';
import type { FieldLabels } from './editor-labels.js';
import { formatBytes } from './editor-model.js';

// What the file dialog offers first; the server decides from the bytes and says what it refuses.
const ACCEPT = '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.webp,.gif,.txt,.csv';
const CAPTION_MAX = 500;

interface Props {
  experienceId: string;
  attachments: Attachment[];
  languages: string[];
  labels: FieldLabels;
  onChange: (attachments: Attachment[]) => void;
}

/**
 * Files attached to the experience (documents, images): the list with a delete button each, and
 * an upload form with a caption per language. Uploads and deletions take effect at once, apart
 * from the text's autosave; the server's refusals (too large, type not allowed) show by the file.
 */
export function EditorAttachments({ experienceId, attachments, languages, labels, onChange }: Props) {
  const { t } = useTranslation('experience-editor');
  const locale = useLocale();
  const { session } = useSession();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [captions, setCaptions] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const [deleting, setDeleting] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<ApiError>();

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    event.stopPropagation();
    const file = fileInput.current?.files?.[0];
    setError(undefined);
    setNotice('');
    if (!file) {
      setError(new ApiError(400, 'file_required', t('attachments.chooseFirst'), 'file'));
      fileInput.current?.focus();
      return;
    }
    setPending(true);
    try {
      const added = await uploadAttachment({
        experienceId,
        file,
        captions,
        csrfToken: session.csrfToken,
        locale,
      });
      onChange([...attachments, added]);
      setCaptions({});
      if (fileInput.current) fileInput.current.value = '';
      setNotice(t('attachments.added', { name: added.fileName }));
    } catch (reason) {
      const err = reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason));
      setError(err);
      fileInput.current?.focus();
    } finally {
      setPending(false);
    }
  };

  const remove = async (attachment: Attachment) => {
    if (!window.confirm(t('attachments.confirmDelete', { name: attachment.fileName }))) return;
    setDeleting(attachment.id);
    setDeleteError(undefined);
    setNotice('');
    try {
      await api.delete(`/experiences/${experienceId}/attachments/${attachment.id}`);
      onChange(attachments.filter((a) => a.id !== attachment.id));
      setNotice(t('attachments.deleted', { name: attachment.fileName }));
    } catch (reason) {
      setDeleteError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    } finally {
      setDeleting(null);
    }
  };

  // The file's own message beside the input; anything else (a caption, the network) in the summary.
  const refusal =
    error && error.status >= 400 && error.status < 500 && Object.keys(error.fields).length === 0;
  const fileError = error?.fields.file ?? (refusal ? error.message : undefined);
  const captionError = (path: string) => {
    const lang = path.split('.').at(-1) ?? '';
    return error?.fields[`caption_${lang}`] ?? error?.fields[path];
  };

  return (
    <section id="section-attachments" className="editor-section" aria-labelledby={`${fileId}-heading`}>
      <h2 id={`${fileId}-heading`} className="h3">
        {labels.section('attachments')}
      </h2>
      <p className="field-hint">{t('attachments.intro')}</p>
      <p role="status" className="muted">
        {notice}
      </p>
      <ApiErrorAlert error={deleteError} />
      {attachments.length === 0 ? (
        <p className="muted">{t('attachments.none')}</p>
      ) : (
        <ul className="plain-list attachment-list">
          {attachments.map((a) => {
            const caption = a.caption[locale] ?? Object.values(a.caption).find(Boolean);
            return (
              <li key={a.id}>
                <a href={a.url} download={a.fileName}>
                  {a.fileName}
                </a>{' '}
                <span className="muted">
                  ({a.mediaType}, {formatBytes(a.sizeBytes, locale)})
                </span>
                <Button
                  variant="danger"
                  className="btn-small"
                  busy={deleting === a.id}
                  aria-label={t('attachments.deleteNamed', { name: a.fileName })}
                  onClick={() => void remove(a)}
                >
                  {t('attachments.delete')}
                </Button>
                {caption ? <p className="attachment-caption">{caption}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={(e) => void upload(e)} noValidate aria-labelledby={`${fileId}-upload`}>
        <h3 id={`${fileId}-upload`} className="h3">
          {t('attachments.uploadHeading')}
        </h3>
        {error && !fileError ? <ApiErrorAlert error={error} fields={['file']} /> : null}
        <div className={fileError ? 'field field-invalid' : 'field'}>
          <div className="field-label">
            <label htmlFor={fileId}>{t('attachments.file')}</label>
          </div>
          <p id={`${fileId}-hint`} className="field-hint">
            {t('attachments.fileHint')}
          </p>
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            name="file"
            accept={ACCEPT}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`${fileId}-hint ${fileId}-error`}
            onChange={() => setError(undefined)}
          />
          <p id={`${fileId}-error`} className="field-error" aria-live="polite">
            {fileError}
          </p>
        </div>
        <LocaleMapFields
          field="caption"
          legend={t('attachments.caption')}
          languages={languages}
          values={captions}
          onChange={setCaptions}
          fieldError={captionError}
          maxLength={CAPTION_MAX}
        />
        <Button type="submit" variant="secondary" busy={pending}>
          {t('attachments.upload')}
        </Button>
      </form>
    </section>
  );
}
