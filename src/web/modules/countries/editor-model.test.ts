import { describe, expect, it } from 'vitest';
import {
  cleanDocument,
  documentLanguages,
  emptyBody,
  localProblems,
  normaliseDocument,
  sectionOf,
} from './editor-model.js';

describe('profile editor model', () => {
  it('completes an empty or partial document with the contract defaults', () => {
    const doc = normaliseDocument({}, 'es');
    expect(doc.countryRole).toBeNull();
    expect(doc.bodies).toEqual([]);
    expect(doc.legalBasis).toEqual({ instrument: null, title: {}, year: null, url: null });
    expect(doc.coordination.memberIds).toEqual([]);
    expect(doc.history).toEqual({});
    expect(doc.defaultLocale).toBe('es');
  });

  it('drops values of the wrong type from a kept copy instead of failing', () => {
    const doc = normaliseDocument(
      {
        countryRole: 42,
        modalities: ['technical_cooperation', 7, ''],
        bodies: [{ organisationId: 3, name: { en: 'Agency', xx: 'junk', es: 5 }, roles: ['lead_agency'] }],
        legalBasis: { year: '2011', url: 'https://example.org' },
        nationalPlan: { mainstreamed: 'yes' },
        defaultLocale: 'klingon',
      },
      'fr',
    );
    expect(doc.countryRole).toBeNull();
    expect(doc.modalities).toEqual(['technical_cooperation']);
    expect(doc.bodies).toEqual([
      { organisationId: null, name: { en: 'Agency' }, roles: ['lead_agency'], note: {} },
    ]);
    expect(doc.legalBasis.year).toBeNull();
    expect(doc.legalBasis.url).toBe('https://example.org');
    expect(doc.nationalPlan.mainstreamed).toBeNull();
    expect(doc.defaultLocale).toBe('fr');
  });

  it('lists the profile language first, then languages holding text, then the reader’s', () => {
    const doc = normaliseDocument(
      {
        defaultLocale: 'es',
        history: { fr: 'Histoire', es: 'Historia' },
        bodies: [{ name: { pt: 'Agência' } }],
      },
      'en',
    );
    expect(documentLanguages(doc, 'en')).toEqual(['es', 'fr', 'pt', 'en']);
    expect(documentLanguages(doc, 'es')).toEqual(['es', 'fr', 'pt']);
  });

  it('cleans the document to save: trims, drops blanks and removed languages, sets the own language', () => {
    const doc = normaliseDocument(
      {
        defaultLocale: 'en',
        history: { en: '  Since 2011.  ', es: '   ', fr: 'Depuis 2011.' },
        legalBasis: { url: '  https://example.org/law  ' },
        informationSystem: { url: '   ' },
        bodies: [{ name: { en: ' Agency ', fr: 'Agence' }, note: { en: '' } }],
      },
      'en',
    );
    const clean = cleanDocument(doc, ['es', 'en']);
    expect(clean.history).toEqual({ en: 'Since 2011.' });
    expect(clean.legalBasis.url).toBe('https://example.org/law');
    expect(clean.informationSystem.url).toBeNull();
    expect(clean.bodies[0]?.name).toEqual({ en: 'Agency' });
    expect(clean.bodies[0]?.note).toEqual({});
    expect(clean.defaultLocale).toBe('es');
  });

  it('finds the values the server would refuse even in a draft', () => {
    const doc = normaliseDocument({}, 'en');
    expect(localProblems(doc)).toEqual({});
    doc.legalBasis.year = 19;
    doc.strategy.year = 2024;
    doc.strategy.url = 'www.example.org';
    doc.informationSystem.url = 'https://sis.example.org';
    doc.legalBasis.url = 'javascript:alert(1)';
    expect(localProblems(doc)).toEqual({
      'legalBasis.year': 'year',
      'strategy.url': 'url',
      'legalBasis.url': 'url',
    });
  });

  it('finds the section of a field named by the publication checklist', () => {
    expect(sectionOf('countryRole')).toBe('roles');
    expect(sectionOf('bodies')).toBe('bodies');
    expect(sectionOf('bodies.2.name')).toBe('bodies');
    expect(sectionOf('strategy.status')).toBe('strategy');
    expect(sectionOf('challenges')).toBe('narrative');
  });

  it('starts a body empty', () => {
    expect(emptyBody()).toEqual({ organisationId: null, name: {}, roles: [], note: {} });
  });
});
