import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en/experiences.json' with { type: 'json' };
import fr from '../../../shared/i18n/fr/experiences.json' with { type: 'json' };
import { FacetGroup } from './FacetGroup.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { experiences: en }, fr: { experiences: fr } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

const render = (approximate: boolean, lng = 'en') => {
  void i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <FacetGroup
        legend="Country"
        name="country"
        buckets={[
          { code: 'KE', label: 'Kenya', count: 320 },
          { code: 'MX', label: 'Mexico', count: 96 },
        ]}
        selected={[]}
        approximate={approximate}
        onToggle={() => undefined}
      />
    </I18nextProvider>,
  );
};

describe('<FacetGroup>', () => {
  it('shows exact counts as they are', () => {
    const html = render(false);
    expect(html).toContain('Kenya (320)');
    expect(html).not.toContain('about');
  });

  it('says "about" when the counts are estimated from a sample', () => {
    expect(render(true)).toContain('Kenya (about 320)');
    expect(render(true, 'fr')).toContain('Kenya (environ 320)');
  });
});
