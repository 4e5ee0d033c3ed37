import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en/introductions.json' with { type: 'json' };
import market from '../../../shared/i18n/en/market.json' with { type: 'json' };
import { SessionProvider } from '../../app/session.js';
import { BoardItem } from './BoardItem.js';
import { FeedbackSection } from './FeedbackSection.js';
import { IntroductionSummary } from './IntroductionSummary.js';
import { IntroductionTimeline } from './IntroductionTimeline.js';
import { PipelineIntroductions } from './PipelineIntroductions.js';
import { groupPipeline } from './pipeline-model.js';
import { detail, summary } from './test-fixtures.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { introductions: en, market } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

const html = (node: React.ReactNode) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <SessionProvider>
        <MemoryRouter>{node}</MemoryRouter>
      </SessionProvider>
    </I18nextProvider>,
  );

const empty = { suggested: [], proposed: [], accepted: [], agreed: [], declined: [], expired: [] };

describe('introduction sections', () => {
  it('pipeline: an introduction waiting for me, linked by need and other party', () => {
    const groups = groupPipeline({ asSeeker: empty, asProvider: { ...empty, proposed: [summary()] } });
    const out = html(<PipelineIntroductions groups={groups} />);
    expect(out).toContain('Waiting for your answer');
    expect(out).toContain('>Social registry with Ministry of Social Protection (MSP)</a>');
    expect(out).toContain('href="/needs/n1"');
    expect(out).toContain('href="/offers/o1"');
  });

  it('detail: where it stands, who proposed, the message kept as typed', () => {
    const i = detail({ message: 'Line one\n<b>two</b>', score: 71.5 });
    const out = html(<IntroductionSummary i={i} />);
    expect(out).toContain('Waiting for the answer of Ministério do Desenvolvimento Social (MDS)');
    expect(out).toContain('by Ministry of Social Protection (MSP) (seeking side)');
    expect(out).toContain('72 out of 100');
    expect(out).toContain('&lt;b&gt;two&lt;/b&gt;');
  });

  it('timeline: a decline with its reason', () => {
    const i = detail({
      state: 'declined',
      providerAnswer: { answer: 'declined', answeredAt: '2026-03-04T09:00:00.000Z', reason: 'No capacity' },
    });
    const out = html(<IntroductionTimeline i={i} />);
    expect(out).toContain('Ministério do Desenvolvimento Social (MDS) declined');
    expect(out).toContain('Reason: No capacity');
  });

  it('feedback: radio buttons 1 to 5 when the reader may still give it', () => {
    const i = detail({ state: 'agreed', abilities: { giveFeedback: true } });
    const out = html(<FeedbackSection i={i} onDone={() => undefined} />);
    expect(out.match(/type="radio"/g)).toHaveLength(5);
    expect(out).toContain('>Send feedback</button>');
  });

  it('board: the best offer match with its score and a way to propose it', () => {
    const item = {
      need: {
        id: 'n1',
        title: 'Social registry',
        status: 'open',
        challengeArea: { code: 'policy_instruments', name: 'Policy instruments' },
        organisation: summary().seeker,
        createdAt: '2026-03-01T00:00:00.000Z',
        expiresOn: '2026-09-01',
      },
      liveIntroductions: 0,
      bestMatch: { kind: 'offer', id: 'o1', title: 'Cadastro Único know-how', score: 71.5 },
    };
    const out = html(
      <BoardItem item={item} now={new Date('2026-03-11T00:00:00Z')} onCreated={() => undefined} />,
    );
    expect(out).toContain('Open for 10 days');
    expect(out).toContain('Policy instruments');
    expect(out).toContain('href="/offers/o1"');
    expect(out).toContain('aria-label="Propose an introduction: Social registry"');
  });
});
