import { describe, expect, it } from 'vitest';
import {
  addMonths,
  draftKeyOf,
  fieldOf,
  linkOptions,
  pickOrganisation,
  postingOrganisations,
  publishedExperiencesOf,
  todayOf,
} from './market-form-choices.js';

const ORG = '7d3c1f1e-2b7a-4d8e-9a51-0c6a8f2e4b10';

describe('dates', () => {
  it('counts today as the server does (UTC), whatever the reader’s zone', () => {
    expect(todayOf(new Date('2030-05-31T23:30:00-05:00'))).toBe('2030-06-01');
  });

  it('suggests the same day months later, or the last day of a shorter month', () => {
    expect(addMonths('2030-01-15', 6)).toBe('2030-07-15');
    expect(addMonths('2030-08-31', 6)).toBe('2031-02-28');
    expect(addMonths('2031-08-31', 6)).toBe('2032-02-29');
  });
});

describe('organisations', () => {
  it('offers the organisations where the user’s role may post', () => {
    const options = postingOrganisations([
      { organisationId: 'a', organisationName: 'A', role: 'org_admin' },
      { organisationId: 'b', organisationName: 'B', role: 'member' },
      { organisationId: 'c', organisationName: 'C', role: 'editor' },
    ]);
    expect(options).toEqual([
      { value: 'a', label: 'A' },
      { value: 'c', label: 'C' },
    ]);
  });

  it('keeps a restored draft’s organisation only while it is still a choice', () => {
    const options = [{ value: 'a' }, { value: 'c' }];
    expect(pickOrganisation('c', options)).toBe('c');
    expect(pickOrganisation('gone', options)).toBe('a');
  });
});

describe('errors and drafts', () => {
  it('shows an error at the field its path starts with', () => {
    expect(fieldOf('title.en')).toBe('title');
    expect(fieldOf('expiresOn')).toBe('expiresOn');
  });

  it('keeps one draft per new kind and per record', () => {
    expect(draftKeyOf('need', null)).toBe('market.need.new');
    expect(draftKeyOf('offer', 'abc')).toBe('market.offer.abc');
  });
});

describe('links of an offer', () => {
  it('lists the organisation’s items, then those linked but no longer listed', () => {
    const listed = [{ id: 'a', title: 'A' }];
    const linked = [
      { id: 'a', title: 'A' },
      { id: 'z', title: 'Z (archived)' },
    ];
    expect(linkOptions(listed, linked)).toEqual([
      { value: 'a', label: 'A' },
      { value: 'z', label: 'Z (archived)' },
    ]);
  });

  it('offers only the organisation’s published experiences', () => {
    const items = [
      { id: '1', organisation: { id: ORG }, status: 'published' },
      { id: '2', organisation: { id: ORG }, status: 'draft' },
      { id: '3', organisation: { id: 'other' }, status: 'published' },
    ];
    expect(publishedExperiencesOf(items, ORG).map((e) => e.id)).toEqual(['1']);
  });
});
