import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en/matching.json' with { type: 'json' };
import { MatchList } from './MatchList.js';
import type { Match } from './match-model.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { matching: en } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

const org = { id: 'org1', name: 'Water Agency', acronym: 'WA', countryCode: 'KE', countryName: 'Kenya' };
const MATCHES: Match[] = [
  {
    kind: 'country',
    id: 'MX',
    title: 'Mexico',
    organisation: null,
    countryCode: 'MX',
    score: 55,
    factors: [],
  },
  {
    kind: 'offer',
    id: 'o1',
    title: 'Leak detection training',
    organisation: org,
    countryCode: 'KE',
    score: 72.4,
    factors: [
      {
        factor: 'sector',
        weight: 1,
        value: 1,
        contribution: 1,
        share: 1,
        percent: 100,
        text: 'Works in the same sector: Water supply',
      },
    ],
  },
];

const render = (action?: Parameters<typeof MatchList>[0]['action'], matches: Match[] = MATCHES) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <MatchList matches={matches} action={action} />
      </MemoryRouter>
    </I18nextProvider>,
  );

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('MatchList', () => {
  it('shows offers before peer countries, each under its heading', () => {
    const shown = text(render());
    expect(shown.indexOf('Offers')).toBeLessThan(shown.indexOf('Peer countries'));
    expect(render()).toMatch(/<h3 id="[^"]+">Offers<\/h3>/);
  });

  it('links each match to its page and says who, where and how well it fits', () => {
    const html = render();
    expect(html).toContain('href="/offers/o1"');
    expect(html).toContain('href="/countries/MX"');
    expect(text(html)).toContain('Water Agency (WA) · Kenya');
    expect(text(html)).toContain('Match: 72 out of 100');
  });

  it('keeps the explanation behind a "Why this match" button, described by the title', () => {
    const html = render();
    expect(html).toMatch(
      /<button[^>]*aria-expanded="false"[^>]*aria-describedby="[^"]+"[^>]*>Why this match/,
    );
    expect(text(html)).toContain('Works in the same sector: Water supply');
  });

  it('draws the action given for each match', () => {
    const html = render((m) => <button type="button">{`Act on ${m.id}`}</button>);
    expect(html).toContain('Act on o1');
    expect(html).toContain('Act on MX');
  });

  it('shows the best five of a kind, and a button for the rest', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ ...MATCHES[1]!, id: `o${i}`, score: 90 - i }));
    const html = render(undefined, many);
    expect(html.match(/data-testid="match"/g)).toHaveLength(5);
    expect(text(html)).toContain('Show all 8 matches');
    expect(render(undefined, many.slice(0, 5))).not.toContain('Show all');
  });
});
