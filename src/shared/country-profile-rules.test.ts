import { describe, expect, it } from 'vitest';
import { type ProfileDocument, profileDocumentSchema } from './contracts/country-profiles.js';
import { checklistKey, publishProblems } from './country-profile-rules.js';

const doc = (d: object = {}): ProfileDocument => profileDocumentSchema.parse(d);
const complete = {
  countryRole: 'dual',
  bodies: [{ name: { en: 'Agency' }, roles: ['lead_agency'] }],
  strategy: { status: 'none' },
  coordination: { mechanism: 'none' },
  history: { en: 'h' },
  obstacles: { fr: 'o' },
  challenges: { zh: 'c' },
};

describe('publishProblems', () => {
  it('lists everything an empty draft lacks, in the order of the form', () => {
    expect(publishProblems(doc()).map((p) => p.field)).toEqual([
      'countryRole',
      'bodies',
      'strategy.status',
      'coordination.mechanism',
      'history',
      'obstacles',
      'challenges',
    ]);
  });

  it('accepts a complete draft, with "none" as a real answer', () => {
    expect(publishProblems(doc(complete))).toEqual([]);
  });

  it('needs a body with the lead agency role, and a name or directory entry for every body', () => {
    const noLead = doc({ ...complete, bodies: [{ name: { en: 'A' }, roles: ['funder'] }] });
    expect(publishProblems(noLead)).toEqual([
      { field: 'bodies', key: 'errors:countryProfiles.publish.leadAgency' },
    ]);
    const unnamed = doc({
      ...complete,
      bodies: [
        ...complete.bodies,
        { name: { en: '  ' }, roles: [] },
        { organisationId: crypto.randomUUID() },
      ],
    });
    expect(publishProblems(unnamed)).toEqual([
      { field: 'bodies.1.name', key: 'errors:countryProfiles.publish.bodyName' },
    ]);
  });

  it('counts blank texts as missing, in any language', () => {
    const blank = doc({ ...complete, history: { en: ' ', es: '' } });
    expect(publishProblems(blank).map((p) => p.field)).toEqual(['history']);
  });

  it('gives each problem a checklist label key', () => {
    const [first] = publishProblems(doc());
    expect(checklistKey(first!)).toBe('country-fields:checklist.countryRole');
  });
});
