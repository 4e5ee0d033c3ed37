import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../../shared/contracts/experiences.js';
import en from '../../../shared/i18n/en/experience-editor.json' with { type: 'json' };
import es from '../../../shared/i18n/es/experience-editor.json' with { type: 'json' };
import { AttachmentReviewNote } from './AttachmentReviewNote.js';
import { shownAttachments } from './library-story.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { 'experience-editor': en }, es: { 'experience-editor': es } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

const file = (
  id: string,
  flags: Partial<Pick<Attachment, 'pending' | 'removalPending'>> = {},
): Attachment => ({
  id,
  fileName: `${id}.pdf`,
  mediaType: 'application/pdf',
  sizeBytes: 1024,
  caption: {},
  url: `/api/v1/experiences/x/attachments/${id}`,
  createdAt: '2026-01-01T00:00:00.000Z',
  pending: false,
  removalPending: false,
  ...flags,
});

const render = (a: Attachment, lng = 'en') => {
  void i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <AttachmentReviewNote attachment={a} />
    </I18nextProvider>,
  );
};

describe('<AttachmentReviewNote>', () => {
  it('says where a file stands in the review of the next version, and nothing for a published one', () => {
    expect(render(file('a', { pending: true }))).toBe(
      '<span class="badge">Awaiting review — shown to readers once this version is published</span>',
    );
    expect(render(file('b', { removalPending: true }))).toBe(
      '<span class="badge badge-warning">Will be removed when this version is published</span>',
    );
    expect(render(file('c'))).toBe('');
  });

  it('is translated', () => {
    expect(render(file('a', { pending: true }), 'es')).toContain('Pendiente de revisión');
    expect(render(file('b', { removalPending: true }), 'es')).toContain('Se quitará');
  });
});

describe('shownAttachments', () => {
  it('shows with the story the files readers have: not those added for the next version', () => {
    const files = [file('kept'), file('added', { pending: true }), file('leaving', { removalPending: true })];
    expect(shownAttachments(files).map((a) => a.id)).toEqual(['kept', 'leaving']);
  });
});
