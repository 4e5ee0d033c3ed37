import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en/market-form.json' with { type: 'json' };
import { ApiError } from '../../api/client.js';
import { MarketFormErrors } from './MarketFormErrors.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { 'market-form': en } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

const render = (error: ApiError | undefined) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MarketFormErrors error={error} fields={['title', 'challengeArea', 'expiresOn']} />
    </I18nextProvider>,
  );

describe('MarketFormErrors', () => {
  it('shows nothing without an error', () => {
    expect(render(undefined)).toBe('');
  });

  it('links each message to its field, by the field’s label, and names the others', () => {
    const error = new ApiError(400, 'validation', 'Invalid', undefined, [
      { field: 'title.en', message: 'needs a text' },
      { field: 'challengeArea', message: 'is required: choose the institutional challenge area' },
      { field: 'organisationId', message: 'no such organisation' },
    ]);
    const html = render(error);
    expect(html).toContain('role="alert"');
    expect(html).toContain('data-error-summary="true"');
    expect(html).toContain('<a href="#field-title">Title</a>: needs a text');
    expect(html).toContain('<a href="#field-challengeArea">Challenge area</a>');
    expect(html).toContain('<strong>Organisation</strong>: no such organisation');
  });
});
