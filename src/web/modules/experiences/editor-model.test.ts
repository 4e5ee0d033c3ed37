import { describe, expect, it } from 'vitest';
import { countWords } from '../../../shared/experience-rules.js';
import {
  cleanDocument,
  describePath,
  emptyParticipant,
  experienceTitle,
  fieldAnchor,
  fieldMessages,
  formatBytes,
  lastChange,
  localProblems,
  messageFor,
  mineActions,
  normaliseDocument,
  normaliseLanguages,
  problemsOf,
  reviewProblems,
  SECTIONS,
  sameDocument,
  sectionOf,
  sentBackReview,
  summaryOverLimit,
  wordCount,
} from './editor-model.js';

describe('normaliseDocument', () => {
  it('fills every part of an empty document, the reader’s language as the original', () => {
    const doc = normaliseDocument({}, 'es');
    expect(doc.title).toEqual({});
    expect(doc.participants).toEqual([]);
    expect(doc.costs).toEqual({ amount: null, currency: null, paidBy: {}, note: {} });
    expect(doc.contact).toEqual({ name: '', email: null });
    expect(doc.languages).toEqual([{ locale: 'es', status: 'original' }]);
    expect(doc.periodStart).toBeNull();
  });

  it('keeps good values and drops wrong types, unknown languages and roles', () => {
    const doc = normaliseDocument(
      {
        title: { en: 'Cash transfers', xx: 'junk', es: 5 },
        instruments: ['study_visit', 'study_visit', 3, ''],
        durationMonths: '12',
        periodStart: 2019,
        participants: [
          { countryCode: 'MX', role: 'provider' },
          { role: 'villain', name: { fr: 'X' } },
          'bad',
        ],
        links: [{ url: 'https://example.org' }],
        contact: { name: 'Ana', email: 7 },
      },
      'en',
    );
    expect(doc.title).toEqual({ en: 'Cash transfers' });
    expect(doc.instruments).toEqual(['study_visit']);
    expect(doc.durationMonths).toBeNull();
    expect(doc.periodStart).toBe(2019);
    expect(doc.participants).toEqual([
      { countryCode: 'MX', organisationId: null, name: {}, role: 'provider' },
      { countryCode: null, organisationId: null, name: { fr: 'X' }, role: 'provider' },
      { countryCode: null, organisationId: null, name: {}, role: 'provider' },
    ]);
    expect(doc.links).toEqual([{ url: 'https://example.org', title: '' }]);
    expect(doc.contact).toEqual({ name: 'Ana', email: null });
  });
});

describe('normaliseLanguages', () => {
  it('puts the original first and keeps exactly one', () => {
    expect(
      normaliseLanguages(
        [
          { locale: 'fr', status: 'machine' },
          { locale: 'es', status: 'original' },
          { locale: 'pt', status: 'original' },
          { locale: 'fr', status: 'reviewed' },
          { locale: 'xx', status: 'machine' },
        ],
        'en',
      ),
    ).toEqual([
      { locale: 'es', status: 'original' },
      { locale: 'fr', status: 'machine' },
      { locale: 'pt', status: 'reviewed' },
    ]);
  });

  it('makes the first language the original when none is marked', () => {
    expect(normaliseLanguages([{ locale: 'id', status: 'reviewed' }], 'en')).toEqual([
      { locale: 'id', status: 'original' },
    ]);
  });
});

describe('cleanDocument', () => {
  it('trims texts, drops blanks and languages no longer listed, and empty rows', () => {
    const doc = normaliseDocument(
      {
        languages: [{ locale: 'en', status: 'original' }],
        title: { en: '  Title  ', es: 'Título' },
        summary: { en: '   ' },
        participants: [emptyParticipant(), { countryCode: 'BR', role: 'recipient', name: { en: ' ' } }],
        links: [
          { url: ' https://a.org ', title: ' A ' },
          { url: '', title: '' },
        ],
        costs: { currency: ' usd ' },
        contact: { name: ' Ana ', email: ' ' },
      },
      'en',
    );
    const clean = cleanDocument(doc);
    expect(clean.title).toEqual({ en: 'Title' });
    expect(clean.summary).toEqual({});
    expect(clean.participants).toEqual([
      { countryCode: 'BR', organisationId: null, name: {}, role: 'recipient' },
    ]);
    expect(clean.links).toEqual([{ url: 'https://a.org', title: 'A' }]);
    expect(clean.costs.currency).toBe('USD');
    expect(clean.contact).toEqual({ name: 'Ana', email: null });
  });

  it('round-trips: a cleaned document normalises to itself', () => {
    const doc = cleanDocument(
      normaliseDocument({ title: { en: 'T' }, sectors: ['15110'], periodStart: 2020 }, 'en'),
    );
    expect(normaliseDocument(JSON.parse(JSON.stringify(doc)), 'fr')).toEqual(doc);
  });
});

describe('sameDocument', () => {
  it('ignores whitespace and key order, not content', () => {
    const a = normaliseDocument({ title: { en: 'T ' }, summary: { en: 'S' } }, 'en');
    const b = normaliseDocument({ summary: { en: 'S' }, title: { en: 'T' } }, 'en');
    expect(sameDocument(a, b)).toBe(true);
    expect(sameDocument(a, { ...b, periodStart: 2020 })).toBe(false);
  });
});

describe('wordCount', () => {
  it('counts words separated by spaces and punctuation', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  One, two—three. Four’s  ')).toBe(4);
    expect(wordCount('Cooperación Sur-Sur en 2019')).toBe(4);
  });

  it('counts as the server does', () => {
    for (const text of [
      'Cooperación Sur-Sur en 2019',
      '南南合作与交流 2020 年',
      'l’échange — d’expériences',
      '',
    ])
      expect(wordCount(text)).toBe(countWords(text));
  });

  it('counts each Han character as half a word', () => {
    expect(wordCount('南南合作')).toBe(2);
    expect(wordCount('南南合作 exchange')).toBe(3);
    expect(wordCount('南')).toBe(1);
  });

  it('flags summaries over 200 words, per language', () => {
    const long = Array.from({ length: 201 }, () => 'word').join(' ');
    const doc = normaliseDocument(
      {
        languages: [
          { locale: 'en', status: 'original' },
          { locale: 'es', status: 'machine' },
        ],
        summary: { en: long, es: 'corto' },
      },
      'en',
    );
    expect(summaryOverLimit(doc)).toEqual({ en: 201 });
  });
});

describe('localProblems', () => {
  const base = normaliseDocument({}, 'en');
  it('finds nothing in an empty draft', () => {
    expect(localProblems(base)).toEqual({});
  });

  it('names each value the server would refuse, by path', () => {
    expect(
      localProblems({
        ...base,
        periodStart: 1800,
        durationMonths: 2.5,
        costs: { ...base.costs, amount: -1, currency: 'dollars' },
        contact: { name: '', email: 'ana@' },
        links: [
          { url: 'ftp://x.org', title: '' },
          { url: '', title: '' },
          { url: '', title: 'only a title' },
        ],
      }),
    ).toEqual({
      periodStart: 'year',
      durationMonths: 'duration',
      'costs.amount': 'amount',
      'costs.currency': 'currency',
      'contact.email': 'email',
      'links.0.url': 'url',
      'links.2.url': 'url',
    });
  });

  it('refuses an end year before the start year', () => {
    expect(localProblems({ ...base, periodStart: 2020, periodEnd: 2018 })).toEqual({
      periodEnd: 'yearOrder',
    });
  });
});

describe('problems → fields', () => {
  it('places fields in sections, the languages first', () => {
    expect(SECTIONS[0]).toBe('languages');
    expect(sectionOf('content.summary.es')).toBe('overview');
    expect(sectionOf('didNotWork')).toBe('results');
    expect(sectionOf('costs.paidBy.fr')).toBe('costs');
    expect(sectionOf('periodStart')).toBe('classification');
    expect(sectionOf('organisationId')).toBeNull();
  });

  it('anchors a field, and a row of a repeatable group', () => {
    expect(fieldAnchor('content.title')).toBe('field-title');
    expect(fieldAnchor('content.participants.2.role')).toBe('field-participants-2');
    expect(fieldAnchor('content.participants')).toBe('field-participants');
    expect(fieldAnchor('links.0.url')).toBe('field-links-0');
    expect(fieldAnchor('contact.email')).toBe('field-contact');
    expect(fieldAnchor('checklist.accuracy')).toBeNull();
  });

  it('lists every problem the server gave, in the order of the form', () => {
    const problems = problemsOf([
      { field: 'content.sectors', message: 'choose at least one sector' },
      { field: 'content.title', message: 'required' },
      { field: 'content.participants', message: 'no provider' },
      { field: 'content.languages', message: 'mark the original' },
      { field: 'content.participants', message: 'no recipient' },
      { field: 'content.participants.1', message: 'name the participant' },
      { field: 'other', message: 'something else' },
    ]);
    expect(problems.map((p) => p.field)).toEqual([
      'languages',
      'title',
      'participants',
      'participants',
      'participants.1',
      'sectors',
      'other',
    ]);
    expect(problems[4]).toEqual({
      field: 'participants.1',
      message: 'name the participant',
      anchor: 'field-participants-1',
    });
  });

  it('shows two problems of one field together beside it', () => {
    expect(
      fieldMessages([
        { field: 'content.participants', message: 'No provider.' },
        { field: 'content.participants', message: 'No recipient.' },
        { field: 'content.title', message: 'Required.' },
      ]),
    ).toEqual({ 'content.participants': 'No provider. No recipient.', 'content.title': 'Required.' });
  });

  it('finds the message for a path with or without the content prefix', () => {
    expect(messageFor({ 'content.summary.es': 'too long' }, 'summary.es')).toBe('too long');
    expect(messageFor({ periodStart: 'required' }, 'periodStart')).toBe('required');
    expect(messageFor({}, 'title')).toBeUndefined();
  });

  it('describes a path for a reader', () => {
    expect(describePath('content.summary.es')).toEqual({ label: 'summary', locale: 'es' });
    expect(describePath('content.participants.2.role')).toEqual({ label: 'participants.role', index: 2 });
    expect(describePath('participants.0.name.fr')).toEqual({
      label: 'participants.name',
      index: 0,
      locale: 'fr',
    });
    expect(describePath('costs.paidBy.en')).toEqual({ label: 'costs.paidBy', locale: 'en' });
    expect(describePath('links.3')).toEqual({ label: 'links', index: 3 });
  });
});

describe('sentBackReview', () => {
  const back = { decision: 'changes_requested', createdAt: '2026-06-02T10:00:00Z', comment: 'Add figures' };
  const ok = { decision: 'approved', createdAt: '2026-06-01T10:00:00Z', comment: '' };
  it('is the last review when it asked for changes', () => {
    expect(sentBackReview([back, ok], 'draft')).toBe(back);
    expect(sentBackReview([back, ok], 'published')).toBe(back);
  });
  it('is nothing once approved since, while in review, or without reviews', () => {
    expect(sentBackReview([back, { ...ok, createdAt: '2026-06-03T10:00:00Z' }], 'published')).toBeNull();
    expect(sentBackReview([back], 'in_review')).toBeNull();
    expect(sentBackReview([], 'draft')).toBeNull();
  });
});

describe('experienceTitle', () => {
  it('picks the reader’s language, else the original', () => {
    const content = {
      title: { es: 'Transferencias', en: 'Transfers' },
      languages: [{ locale: 'es', status: 'original' }],
    };
    expect(experienceTitle(content, 'en')).toBe('Transfers');
    expect(experienceTitle(content, 'fr')).toBe('Transferencias');
    expect(experienceTitle(undefined, 'fr')).toBe('');
  });
});

describe('lists', () => {
  it('dates the last change from the working copy, else the publication', () => {
    expect(lastChange({ publishedAt: 'P', updatedAt: 'C' })).toBe('C');
    expect(lastChange({ publishedAt: 'P' })).toBe('P');
    expect(lastChange({ publishedAt: null })).toBeNull();
  });

  it('offers the actions a state allows', () => {
    expect(mineActions({ status: 'draft' })).toEqual({
      edit: true,
      submit: true,
      verify: false,
      view: false,
    });
    expect(mineActions({ status: 'in_review' })).toEqual({
      edit: false,
      submit: false,
      verify: false,
      view: false,
    });
    expect(mineActions({ status: 'published' })).toEqual({
      edit: true,
      submit: false,
      verify: true,
      view: true,
    });
    expect(mineActions({ status: 'published', hasPendingEdits: true }).submit).toBe(true);
    expect(mineActions({ status: 'published', submittedAt: 'X', hasPendingEdits: true })).toEqual({
      edit: false,
      submit: false,
      verify: true,
      view: true,
    });
    expect(mineActions({ status: 'archived' })).toEqual({
      edit: false,
      submit: false,
      verify: false,
      view: false,
    });
  });

  it('formats file sizes', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(2_500_000, 'en')).toBe('2.5 MB');
    expect(formatBytes(840_000, 'en')).toBe('840 kB');
  });
});

describe('reviewProblems', () => {
  const criteria = [{ code: 'accurate' }, { code: 'evidence' }];
  it('needs every criterion ticked to approve', () => {
    expect(reviewProblems('approved', criteria, { accurate: true }, '')).toEqual({
      'checklist.evidence': 'unticked',
    });
    expect(reviewProblems('approved', criteria, { accurate: true, evidence: true }, '')).toEqual({});
  });
  it('needs a comment to send back', () => {
    expect(reviewProblems('changes_requested', criteria, {}, '  ')).toEqual({ comment: 'commentRequired' });
    expect(reviewProblems('changes_requested', criteria, {}, 'Add figures')).toEqual({});
  });
});
