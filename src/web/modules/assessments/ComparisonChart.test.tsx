import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AssessmentComparison } from '../../../shared/contracts/assessments.js';
import en from '../../../shared/i18n/en/assessments.json' with { type: 'json' };
import { ComparisonChart } from './ComparisonChart.js';
import { ComparisonTable } from './ComparisonTable.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { assessments: en } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

const comparison: AssessmentComparison = {
  country: { code: 'KE', name: 'Kenya', region: '298', incomeGroup: 'LM' },
  peerGroup: 'region',
  latest: { id: '00000000-0000-4000-8000-000000000001', assessedOn: '2024-06-27' },
  peers: [{ code: 'RW', name: 'Rwanda', hasAssessment: true }],
  networkCount: 2,
  dimensions: [
    {
      code: 'financing',
      label: 'Financing',
      rating: 1,
      peerMedian: 2,
      peerCount: 1,
      networkMedian: 1.5,
      networkCount: 2,
    },
    {
      code: 'focal_point',
      label: 'Focal point',
      rating: 3,
      peerMedian: 4,
      peerCount: 1,
      networkMedian: 3.5,
      networkCount: 2,
    },
    {
      code: 'new_one',
      label: 'New dimension',
      rating: null,
      peerMedian: null,
      peerCount: 0,
      networkMedian: null,
      networkCount: 0,
    },
  ],
};

const render = (node: React.ReactNode) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>{node}</MemoryRouter>
    </I18nextProvider>,
  );

describe('ComparisonChart', () => {
  const html = render(
    <ComparisonChart
      comparison={comparison}
      groupName="Africa"
      whoSolvedHref={(d) => `/who?dimension=${d}`}
    />,
  );

  it('draws one row per dimension with the bar, the peer diamond and the network line at scale', () => {
    expect(html.match(/class="ax-row"/g)).toHaveLength(3);
    expect(html).toContain('width="25%"'); // financing 1 of 4
    expect(html).toContain('width="75%"'); // focal point 3 of 4
    expect(html).toContain('x="50%"'); // peer median 2
    expect(html).toContain('x1="37.5%"'); // network median 1.5
  });

  it('says every figure in words and offers "who solved this?" only where the rating is 0 or 1', () => {
    expect(html).toContain(
      'Financing<span class="visually-hidden">: 1 of 4; Median of Africa 2; Network median 1.5</span>',
    );
    expect(html).toContain('Not rated');
    expect(html.match(/Who solved this\?/g)).toHaveLength(1);
    expect(html).toContain('href="/who?dimension=financing"');
    expect(html).toContain('Who solved this?<span class="visually-hidden"> Financing</span>');
  });

  it('has a table with the same figures, row headers and a caption', () => {
    const table = render(<ComparisonTable comparison={comparison} groupName="Africa" />);
    expect(table).toContain('<caption');
    expect(table).toContain('Ratings of Kenya with the median of Africa and of the network (0–4)');
    expect(table).toContain('<th scope="row">Focal point</th><td>3</td><td>4</td><td>3.5</td><td>1</td>');
    expect(table).toContain('<th scope="row">New dimension</th><td>–</td><td>–</td><td>–</td><td>0</td>');
  });
});
