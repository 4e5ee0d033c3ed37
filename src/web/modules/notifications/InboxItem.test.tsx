import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en/inbox.json' with { type: 'json' };
import { InboxItem } from './InboxItem.js';
import type { Notification } from './inbox.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { inbox: en } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

const base: Notification = {
  id: '6d1c3f0e-7a51-4a8e-9d2e-1f0c7b9b2a11',
  kind: 'introduction_proposed',
  text: 'Introduction proposed between <A> and B for “Social registry”',
  link: '/introductions/6d1c3f0e',
  read: false,
  createdAt: '2026-03-02T10:00:00.000Z',
};

const render = (n: Notification, read = n.read) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <ul>
          <InboxItem
            entry={{ notification: n, read }}
            formatDate={() => '2 Mar 2026, 10:00'}
            onMarkRead={async () => true}
            onOpen={() => undefined}
          />
        </ul>
      </MemoryRouter>
    </I18nextProvider>,
  );

describe('<InboxItem>', () => {
  it('says an unread one is unread in words, links its text and offers "Mark as read" tied to it', () => {
    const html = render(base);
    expect(html).toContain('inbox-unread');
    expect(html).toContain('>Unread</span> <time');
    expect(html).toContain('href="/introductions/6d1c3f0e"');
    expect(html).toContain('&lt;A&gt;'); // escaped, never markup
    expect(html).toContain('<time dateTime="2026-03-02T10:00:00.000Z">2 Mar 2026, 10:00</time>');
    expect(html).toContain(' · Introduction');
    const textId = html.match(/class="inbox-text" id="([^"]+)"/)?.[1];
    expect(textId).toBeTruthy();
    expect(html).toContain(`aria-describedby="${textId}"`);
    expect(html).toContain('Mark as read');
  });

  it('shows a read one as read, without the button', () => {
    const html = render(base, true);
    expect(html).not.toContain('inbox-unread');
    expect(html).toContain('Read · ');
    expect(html).not.toContain('Mark as read');
  });

  it('does not link outside the app', () => {
    const html = render({ ...base, link: 'https://example.org/' });
    expect(html).not.toContain('href=');
    expect(html).not.toContain(' · Introduction');
  });
});
