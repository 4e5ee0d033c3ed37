import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import common from '../../../shared/i18n/en/common.json' with { type: 'json' };
import countries from '../../../shared/i18n/en/countries.json' with { type: 'json' };
import record from '../../../shared/i18n/en/dialogue-record.json' with { type: 'json' };
import dialogues from '../../../shared/i18n/en/dialogues.json' with { type: 'json' };
import { SessionProvider } from '../../app/session.js';

/**
 * The tests' way to render the dialogue pages' sections to HTML, in English, inside what the
 * app gives every page (translations, a signed-out session, a router).
 */
export async function markupRenderer(
  defaultNS: 'common' | 'dialogue-record',
): Promise<(node: ReactNode) => string> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    ns: [defaultNS],
    defaultNS,
    resources: { en: { common, countries, dialogues, 'dialogue-record': record } },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return (node) =>
    renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <SessionProvider>
          <MemoryRouter>{node}</MemoryRouter>
        </SessionProvider>
      </I18nextProvider>,
    );
}
