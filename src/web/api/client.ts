/**
 * The one way the web app talks to the API: JSON in and out, same-origin cookies, the CSRF
 * token on every write, and every failure turned into an ApiError that forms can show field by field.
 */
const BASE = '/api/v1';

interface ErrorBody {
  error?: {
    code?: string;
    message?: string;
    field?: string;
    details?: { field: string; message: string }[];
    location?: string;
  };
}

/** An API failure: HTTP status, stable code, a message, and messages by field for forms. */
export class ApiError extends Error {
  readonly fields: Record<string, string>;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    details: { field: string; message: string }[] = [],
    /** The API path of the record the error points to (an existing duplicate), if any. */
    readonly location?: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.fields = {};
    // The server prefixes messages with the field ("email: must be…"); next to the field that is noise.
    for (const d of details) this.fields[d.field] ??= stripField(d.field, d.message);
    if (field) this.fields[field] ??= stripField(field, message);
  }
}

function stripField(field: string, message: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

let csrfToken: string | null = null;
let requestLocale: string | null = null;

/** Called by the session whenever it changes, so writes carry the current CSRF token. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Called when the interface language changes. A visitor may have picked a language other than
 * the browser's; sent as Accept-Language, it makes the API word its error messages in it too.
 */
export function setRequestLocale(locale: string): void {
  requestLocale = locale;
}

/** Builds `path?k=v` from the given parameters, leaving out empty values. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (requestLocale) headers['accept-language'] = requestLocale;
  let response: Response;
  try {
    response = await fetch(BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'The server could not be reached.');
  }
  const data = await readJson(response);
  if (response.ok) return data as T;
  const error = (data as ErrorBody | null)?.error;
  throw new ApiError(
    response.status,
    error?.code ?? `http_${response.status}`,
    error?.message ?? response.statusText,
    error?.field,
    error?.details,
    error?.location,
  );
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Typed shortcuts; paths are relative to /api/v1. */
export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T = { ok: true }>(path: string) => request<T>('DELETE', path),
};
