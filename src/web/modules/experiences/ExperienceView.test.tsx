import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Attachment, ExperienceDocument } from '../../../shared/contracts/experiences.js';
import fields from '../../../shared/i18n/en/experience-fields.json' with { type: 'json' };
import en from '../../../shared/i18n/en/experiences.json' with { type: 'json' };
import { ExperienceView } from './ExperienceView.js';
import { contentLanguage } from './library-content.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { experiences: en, 'experience-fields': fields, common: {} } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

const ORG = '00000000-0000-4000-8000-0000000000b1';

const doc: ExperienceDocument = {
  title: { es: 'Ventanilla única' },
  summary: { es: 'Un resumen <script>alert(1)</script>', en: 'A summary' },
  challenge: { es: 'El reto' },
  approach: { en: 'What we did' },
  instruments: ['peer_learning'],
  activityTypes: [],
  deliveryMode: null,
  durationMonths: 18,
  participants: [
    { role: 'recipient', countryCode: 'GT', organisationId: null, name: { es: 'Ministerio de Finanzas' } },
    { role: 'provider', countryCode: 'MX', organisationId: ORG, name: {} },
  ],
  results: { en: 'Clearance time fell from 9 to 2 days.' },
  didNotWork: {},
  lessons: { es: 'Lecciones' },
  costs: { amount: null, currency: null, paidBy: {}, note: {} },
  periodStart: 2016,
  periodEnd: 2019,
  sectors: ['33120'],
  sdgTargets: [],
  modality: null,
  knowledgeModes: [],
  outcomes: [],
  assessmentDimensions: ['financing'],
  contact: { name: 'Ana Pérez', email: 'ana@example.org' },
  links: [{ url: 'https://example.org/report', title: 'Final report' }],
  languages: [
    { locale: 'es', status: 'original' },
    { locale: 'en', status: 'machine' },
  ],
};

const attachment: Attachment = {
  id: '00000000-0000-4000-8000-0000000000a1',
  fileName: 'photo.jpg',
  mediaType: 'image/jpeg',
  sizeBytes: 204800,
  caption: { en: 'Officials at the border post' },
  url: '/api/v1/experiences/x/attachments/a1',
  createdAt: '2026-01-01T00:00:00.000Z',
  pending: false,
  removalPending: false,
};

function render(d: ExperienceDocument, print = false, attachments: Attachment[] = [attachment]) {
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <ExperienceView
          doc={d}
          lang={contentLanguage(d, 'en')}
          attachments={attachments}
          organisationNames={{ [ORG]: 'Secretaría de Hacienda' }}
          print={print}
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

const headings = (html: string) => [...html.matchAll(/<h2 id="section-([a-zA-Z]+)"/g)].map((m) => m[1]);

describe('<ExperienceView>', () => {
  it('shows the sections in the template’s order, leaving out the empty optional ones', () => {
    expect(headings(render(doc))).toEqual([
      'summary',
      'challenge',
      'approach',
      'participants',
      'results',
      'didNotWork',
      'lessons',
      'classification',
      'contact',
      'links',
      'attachments',
      'languages',
    ]);
  });

  it('shows each text in the page language, marking fields that fall back and machine translations', () => {
    const html = render(doc);
    expect(html).toContain('<p lang="en" dir="auto" class="prose">A summary</p>');
    // The challenge exists only in Spanish: shown in Spanish, with a marker.
    expect(html).toMatch(/In Español<\/span><\/span><\/p><p lang="es" dir="auto" class="prose">El reto<\/p>/);
    expect(html).toContain('Not described.');
  });

  it('renders script in a text as text', () => {
    const html = render({ ...doc, summary: { en: '<script>alert(1)</script>' } });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('links participants’ countries, dimensions and e-mail; groups participants by role', () => {
    const html = render(doc);
    expect(html.indexOf('Provider')).toBeLessThan(html.indexOf('Recipient'));
    expect(html).toContain('href="/countries/GT"');
    expect(html).toMatch(new RegExp(`<a href="/organisations/${ORG}"[^>]*>Secretaría de Hacienda</a>`));
    expect(html).toContain('Ministerio de Finanzas');
    expect(html).toContain('href="/assessments/who-solved?dimension=financing"');
    expect(html).toContain('href="mailto:ana@example.org"');
    expect(html).toContain('2016–2019');
  });

  it('leaves out the contact when the API did not send it', () => {
    const html = render({ ...doc, contact: { name: '', email: null } });
    expect(headings(html)).not.toContain('contact');
  });

  it('shows images as thumbnails described by their caption; the print view lists files and writes URLs out', () => {
    const screen = render(doc);
    expect(screen).toContain(
      '<img class="thumbnail" src="/api/v1/experiences/x/attachments/a1" alt="Officials at the border post"',
    );
    expect(screen).toContain('200 kB');
    const paper = render(doc, true);
    expect(paper).not.toContain('<img');
    expect(paper).toContain('photo.jpg');
    expect(paper).toContain('<span class="print-url">https://example.org/report</span>');
  });

  it('never makes a link of an address that is not http(s)', () => {
    const html = render({ ...doc, links: [{ url: 'javascript:alert(1)', title: 'x' }] }, false, []);
    expect(html).not.toContain('href="javascript:');
  });
});
