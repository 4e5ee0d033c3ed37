import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en/matching.json' with { type: 'json' };
import es from '../../../shared/i18n/es/matching.json' with { type: 'json' };
import { MatchExplanation } from './MatchExplanation.js';
import type { MatchFactor } from './match-model.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { matching: en }, es: { matching: es } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

const factor = (name: MatchFactor['factor'], percent: number, text: string): MatchFactor => ({
  factor: name,
  weight: 1,
  value: percent / 100,
  contribution: percent,
  share: percent / 100,
  percent,
  text,
});

const FACTORS = [
  factor('sector', 62, 'Works in the same sector: Water supply'),
  factor('language', 38, 'Shares a working language: Spanish'),
  factor('history', 0, 'No past exchanges recorded'),
];

const render = (lng = 'en') => {
  void i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MatchExplanation factors={FACTORS} />
    </I18nextProvider>,
  );
};

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('MatchExplanation', () => {
  it('names each factor with its share of the score in words and the server’s reason', () => {
    const shown = text(render());
    expect(shown).toContain('Sector 62% of the score Works in the same sector: Water supply');
    expect(shown).toContain('Language 38% of the score Shares a working language: Spanish');
    expect(shown).toContain('Track record 0% of the score No past exchanges recorded');
  });

  it('keeps the factors in the order sent (largest share first)', () => {
    const shown = text(render());
    expect(shown.indexOf('Sector')).toBeLessThan(shown.indexOf('Language'));
    expect(shown.indexOf('Language')).toBeLessThan(shown.indexOf('Track record'));
  });

  it('draws the bars for sighted readers only, as wide as the share', () => {
    const html = render();
    expect(html.match(/class="match-bar" aria-hidden="true"/g)).toHaveLength(3);
    expect(html).toContain('inline-size:62%');
    expect(html).toContain('inline-size:0%');
  });

  it('speaks the reader’s language', () => {
    const shown = text(render('es'));
    expect(shown).toContain(es.factor.sector);
    expect(shown).toContain(es.share.replace('{{percent}}', '62'));
  });

  it('escapes the server’s words', () => {
    void i18n.changeLanguage('en');
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <MatchExplanation factors={[factor('text', 100, 'Both mention <b>water</b>')]} />
      </I18nextProvider>,
    );
    expect(html).toContain('Both mention &lt;b&gt;water&lt;/b&gt;');
  });
});
