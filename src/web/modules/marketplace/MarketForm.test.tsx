import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import common from '../../../shared/i18n/en/common.json' with { type: 'json' };
import expertise from '../../../shared/i18n/en/expertise.json' with { type: 'json' };
import market from '../../../shared/i18n/en/market.json' with { type: 'json' };
import marketForm from '../../../shared/i18n/en/market-form.json' with { type: 'json' };
import { emptyNeedDraft, emptyOfferDraft } from './market-form-model.js';
import { NeedForm } from './NeedForm.js';
import { OfferForm } from './OfferForm.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  ns: ['common'],
  defaultNS: 'common',
  resources: { en: { common, expertise, market, 'market-form': marketForm } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

const ORG = '7d3c1f1e-2b7a-4d8e-9a51-0c6a8f2e4b10';
const organisations = [
  { value: ORG, label: 'Civil Registry' },
  { value: '8d3c1f1e-2b7a-4d8e-9a51-0c6a8f2e4b10', label: 'Planning Ministry' },
];

const render = (editing: boolean) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <NeedForm
        draftKey="test"
        initial={emptyNeedDraft('en', ORG, '2030-01-15')}
        submitLabel={editing ? 'Save changes' : 'Post need'}
        organisations={editing ? null : organisations}
        today="2030-01-15"
        save={async () => {}}
      />
    </I18nextProvider>,
  );

/** The accessible names the browser journeys fill a need by. */
const labelled = (html: string, label: string) =>
  html.includes(`>${label}</label>`) || html.includes(`aria-label="${label}"`);

describe('need and offer forms', () => {
  it('names every control a minimal need needs, as the browser journeys find them', () => {
    const html = render(false);
    for (const label of [
      'Organisation',
      'Title',
      'Development challenge',
      'Challenge area',
      'Find: Sectors',
      'Find: Languages of the exchange',
      'Listed until',
    ])
      expect(labelled(html, label), label).toBe(true);
    expect(html).toContain('>Post need</button>');
    expect(html).toContain('value="2030-07-15"');
  });

  it('asks for the status when editing, and for the organisation only when creating', () => {
    expect(labelled(render(true), 'Status')).toBe(true);
    expect(labelled(render(true), 'Organisation')).toBe(false);
    expect(labelled(render(false), 'Status')).toBe(false);
  });

  it('asks an offer for its description and what it draws on', () => {
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <OfferForm
          draftKey="test-offer"
          initial={emptyOfferDraft('en', ORG, '2030-01-15')}
          submitLabel="Post offer"
          organisations={organisations.slice(0, 1)}
          today="2030-01-15"
          save={async () => {}}
        />
      </I18nextProvider>,
    );
    for (const label of ['Title', 'What we offer', 'Capacity per year', 'Cost sharing', 'Listed until'])
      expect(labelled(html, label), label).toBe(true);
    expect(html).toContain('<legend>Capabilities it draws on</legend>');
    // One organisation to post for: named, not a choice.
    expect(html).toContain('For Civil Registry');
    expect(labelled(html, 'Organisation')).toBe(false);
  });
});
