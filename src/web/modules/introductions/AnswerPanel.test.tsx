import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en/introductions.json' with { type: 'json' };
import { AnswerPanel } from './AnswerPanel.js';
import { detail } from './test-fixtures.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { introductions: en } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

const render = (side: 'seeker' | 'provider') =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <AnswerPanel i={detail()} side={side} onDone={() => undefined} />
    </I18nextProvider>,
  );

describe('AnswerPanel', () => {
  it('names the side in its heading and buttons (the names browser journeys use)', () => {
    const html = render('provider');
    expect(html).toContain('Your answer for Ministério do Desenvolvimento Social (MDS), the providing side');
    expect(html).toContain('>Accept as provider</button>');
    expect(html).toContain('>Decline as provider</button>');
    expect(html).toContain('>Reason for declining</label>');
  });

  it('submits the accept form and the decline form separately, the reason required', () => {
    const html = render('seeker');
    expect(html.match(/<form/g)).toHaveLength(2);
    expect(html).toMatch(/<textarea[^>]*name="reason"[^>]*required/);
    expect(html).toContain('>Accept as seeker</button>');
  });
});
