import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { attachmentForm, DetailedError, detailsOf, uploadError } from './editor-http.js';

describe('attachmentForm', () => {
  it('sends the non-empty captions first, then the file', () => {
    const form = attachmentForm(new Blob(['hello']), 'report.pdf', { en: ' Report ', es: '  ' });
    expect([...form.keys()]).toEqual(['caption_en', 'file']);
    expect(form.get('caption_en')).toBe('Report');
    expect((form.get('file') as File).name).toBe('report.pdf');
  });
});

describe('uploadError', () => {
  it('keeps the server’s message and field', async () => {
    const response = new Response(
      JSON.stringify({
        error: { code: 'bad_request', message: 'file: the file is larger than 20 MB.', field: 'file' },
      }),
      { status: 400, headers: { 'content-type': 'application/json' } },
    );
    const error = await uploadError(response);
    expect(error.status).toBe(400);
    expect(error.fields.file).toBe('the file is larger than 20 MB.');
  });

  it('names the file when a proxy refuses the size without a body', async () => {
    const error = await uploadError(new Response('', { status: 413, statusText: 'Payload Too Large' }));
    expect(error.code).toBe('payload_too_large');
    expect(error.fields.file).toBe('Payload Too Large');
  });
});

describe('DetailedError', () => {
  it('keeps every problem, even two of one field, without the field prefix', () => {
    const error = new DetailedError(
      400,
      'bad_request',
      'content.participants: no provider',
      'content.participants',
      [
        { field: 'content.participants', message: 'content.participants: no provider' },
        { field: 'content.participants', message: 'content.participants: no recipient' },
      ],
    );
    expect(detailsOf(error)).toEqual([
      { field: 'content.participants', message: 'no provider' },
      { field: 'content.participants', message: 'no recipient' },
    ]);
    expect(error.fields).toEqual({ 'content.participants': 'no provider' });
  });

  it('falls back to the fields of an ordinary ApiError', () => {
    expect(detailsOf(new ApiError(400, 'bad_request', 'title: too long', 'content.title'))).toEqual([
      { field: 'content.title', message: 'title: too long' },
    ]);
    expect(detailsOf(undefined)).toEqual([]);
  });
});
