import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, AttachmentRemoval } from '../../../shared/contracts/experiences.js';
import { ApiError, api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Button } from '../../components/ui/index.js';
import { AttachmentReviewNote } from './AttachmentReviewNote.js';
import { uploadAttachment } from './editor-http.js';
import type { FieldLabels } from './editor-labels.js';
import { formatBytes } from './editor-model.js';

// What the file dialog offers first; the server decides from the bytes and says what it refuses.
const ACCEPT = '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.webp,.gif,.txt,.csv';
const CAPTION_MAX = 500;

interface Props {
  experienceId: string;
  /** The experience has a published version: changes to its files wait for the next one. */
  published: boolean;
  attachments: Attachment[];
  languages: string[];
  labels: FieldLabels;
  onChange: (attachments: Attachment[]) => void;
}

/**
 * Files attached to the experience (documents, images): the list with a delete button each, and
 * an upload form with a caption per language. Uploads and deletions are saved at once, apart
 * from the text's autosave; the server's refusals (too large, type not allowed) show by the file.
 * Once the experience is published, a file added or removed reaches readers only with the next
 * reviewed version: the list says so by each such file, and a removal can be taken back.
 */
export function EditorAttachments({
  experienceId,
  published,
  attachments,
  languages,
  labels,
  onChange,
}: Props) {
  const { t } = useTranslation('experience-editor');
  const locale = useLocale();
  const { session } = useSession();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [captions, setCaptions] = useState<Record<string, string>>({});
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const [changing, setChanging] = useState<string | null>(null);
  const [changeError, setChangeError] = useState<ApiError>();

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
    setUploading(true);
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
      setUploading(false);
    }
  };

  /** Runs a change to one file, then puts the server's answer for it in the list (null: gone). */
  const change = async (attachment: Attachment, run: () => Promise<Attachment | null>, done: string) => {
    setChanging(attachment.id);
    setChangeError(undefined);
    setNotice('');
    try {
      const next = await run();
      onChange(
        next
          ? attachments.map((a) => (a.id === next.id ? next : a))
          : attachments.filter((a) => a.id !== attachment.id),
      );
      setNotice(t(next?.removalPending ? 'attachments.removalMarked' : done, { name: attachment.fileName }));
    } catch (reason) {
      setChangeError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    } finally {
      setChanging(null);
    }
  };

  const url = (a: Attachment) => `/experiences/${experienceId}/attachments/${a.id}`;
  const remove = (attachment: Attachment) => {
    // Readers have it (published with the last version): it stays theirs until the next one.
    const readersHaveIt = published && !attachment.pending;
    const confirm = readersHaveIt ? 'attachments.confirmRemovePublished' : 'attachments.confirmDelete';
    if (!window.confirm(t(confirm, { name: attachment.fileName }))) return;
    void change(
      attachment,
      async () => (await api.delete<AttachmentRemoval>(url(attachment))).attachment,
      'attachments.deleted',
    );
  };
  const keep = (attachment: Attachment) =>
    void change(attachment, () => api.post<Attachment>(`${url(attachment)}/keep`), 'attachments.kept');

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
      <ApiErrorAlert error={changeError} />
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
                {a.removalPending ? (
                  <Button
                    variant="secondary"
                    className="btn-small"
                    busy={changing === a.id}
                    aria-label={t('attachments.keepNamed', { name: a.fileName })}
                    onClick={() => keep(a)}
                  >
                    {t('attachments.keep')}
                  </Button>
                ) : (
                  <Button
                    variant="danger"
                    className="btn-small"
                    busy={changing === a.id}
                    aria-label={t('attachments.deleteNamed', { name: a.fileName })}
                    onClick={() => remove(a)}
                  >
                    {t('attachments.delete')}
                  </Button>
                )}
                <AttachmentReviewNote attachment={a} />
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
        <Button type="submit" variant="secondary" busy={uploading}>
          {t('attachments.upload')}
        </Button>
      </form>
    </section>
  );
}
