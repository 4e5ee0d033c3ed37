import type { Attachment, Experience } from '../../../shared/contracts/experiences.js';
import { ApiError } from '../../api/client.js';

/** One problem the server names: the field, and the message (without the field's prefix). */
export interface Detail {
  field: string;
  message: string;
}

interface ErrorBody {
  error?: { code?: string; message?: string; field?: string; details?: Detail[] };
}

/**
 * An API refusal that keeps every problem the server listed. The shared client keeps one message
 * per field, but a submission may be refused twice for one field (no provider, no recipient).
 */
export class DetailedError extends ApiError {
  readonly details: Detail[];

  constructor(status: number, code: string, message: string, field?: string, details: Detail[] = []) {
    super(status, code, message, field, details);
    const strip = (d: Detail) =>
      d.message.startsWith(`${d.field}: `) ? { ...d, message: d.message.slice(d.field.length + 2) } : d;
    this.details = (details.length ? details : field ? [{ field, message }] : []).map(strip);
  }
}

/** The problems of an error: all of them for a DetailedError, one per field otherwise. */
export function detailsOf(error: ApiError | undefined): Detail[] {
  if (!error) return [];
  if (error instanceof DetailedError) return error.details;
  return Object.entries(error.fields).map(([field, message]) => ({ field, message }));
}

interface Session {
  csrfToken: string | null;
  locale: string;
}

function headers(session: Session, json: boolean): Record<string, string> {
  const out: Record<string, string> = { accept: 'application/json', 'accept-language': session.locale };
  if (json) out['content-type'] = 'application/json';
  if (session.csrfToken) out['x-csrf-token'] = session.csrfToken;
  return out;
}

async function send<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached.');
  }
  if (!response.ok) throw await uploadError(response);
  return (await response.json()) as T;
}

/**
 * Submits the working copy for review. Sent here rather than through the shared client so that
 * every problem of a refusal is kept (see DetailedError).
 */
export function submitForReview(experienceId: string, session: Session): Promise<Experience> {
  return send<Experience>(`/experiences/${experienceId}/submit`, {
    method: 'POST',
    headers: headers(session, true),
    body: '{}',
  });
}

/** The form an attachment is sent as: the captions first, then the file (the server reads them in order). */
export function attachmentForm(file: Blob, fileName: string, captions: Record<string, string>): FormData {
  const form = new FormData();
  for (const [locale, caption] of Object.entries(captions)) {
    const text = caption.trim();
    if (text) form.append(`caption_${locale}`, text);
  }
  form.append('file', file, fileName);
  return form;
}

/** The API's refusal as a DetailedError, worded by the server (too large, type not allowed…). */
export async function uploadError(response: Response): Promise<DetailedError> {
  let body: ErrorBody | null = null;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    body = null;
  }
  const error = body?.error;
  if (response.status === 413 && !error)
    return new DetailedError(413, 'payload_too_large', response.statusText || 'Payload Too Large', 'file');
  return new DetailedError(
    response.status,
    error?.code ?? `http_${response.status}`,
    error?.message ?? response.statusText,
    error?.field,
    error?.details,
  );
}

/**
 * Uploads one file to an experience (multipart/form-data). The JSON client cannot send files, so
 * this does what it does for writes: same-origin cookies, the session's CSRF token, the
 * interface language for the server's messages, and every failure as an ApiError.
 */
export function uploadAttachment(options: {
  experienceId: string;
  file: File;
  captions: Record<string, string>;
  csrfToken: string | null;
  locale: string;
}): Promise<Attachment> {
  return send<Attachment>(`/experiences/${options.experienceId}/attachments`, {
    method: 'POST',
    headers: headers({ csrfToken: options.csrfToken, locale: options.locale }, false),
    body: attachmentForm(options.file, options.file.name, options.captions),
  });
}
