import { describe, expect, it } from 'vitest';
import {
  existingIntroductionPath,
  groupMatches,
  introductionFor,
  type Match,
  matchesPath,
  matchHref,
  refusalOf,
  wholeScore,
} from './match-model.js';

const match = (kind: Match['kind'], id: string, score: number): Match => ({
  kind,
  id,
  title: `${kind} ${id}`,
  organisation: null,
  countryCode: null,
  score,
  factors: [],
});

describe('matches grouped by kind', () => {
  it('puts offers first, then the kinds that inform, best first within each', () => {
    const groups = groupMatches([
      match('country', 'KE', 50),
      match('experience', 'e1', 40),
      match('offer', 'o1', 60),
      match('offer', 'o2', 80),
      match('capability', 'c1', 70),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['offer', 'experience', 'capability', 'country']);
    expect(groups[0]?.items.map((m) => m.id)).toEqual(['o2', 'o1']);
  });

  it('leaves out kinds without matches, and gives nothing for none', () => {
    expect(groupMatches([match('need', 'n1', 10)]).map((g) => g.kind)).toEqual(['need']);
    expect(groupMatches([])).toEqual([]);
  });
});

describe('links and scores of matches', () => {
  it('links each kind to its page', () => {
    expect(matchHref({ kind: 'offer', id: 'o1' })).toBe('/offers/o1');
    expect(matchHref({ kind: 'need', id: 'n1' })).toBe('/needs/n1');
    expect(matchHref({ kind: 'experience', id: 'e1' })).toBe('/experiences/e1');
    expect(matchHref({ kind: 'capability', id: 'c1' })).toBe('/capabilities/c1');
    expect(matchHref({ kind: 'country', id: 'KE' })).toBe('/countries/KE');
  });

  it('shows whole scores from 0 to 100', () => {
    expect(wholeScore(72.4)).toBe(72);
    expect(wholeScore(99.6)).toBe(100);
    expect(wholeScore(-3)).toBe(0);
    expect(wholeScore(140)).toBe(100);
  });

  it('asks the API in the reader’s language', () => {
    expect(matchesPath('need', 'n1', 'es')).toBe('/needs/n1/matches?locale=es');
    expect(matchesPath('offer', 'o1', 'fr')).toBe('/offers/o1/matches?locale=fr');
  });
});

describe('the introduction a match can become', () => {
  it('pairs a need with an offer match, and an offer with a need match', () => {
    expect(introductionFor({ kind: 'need', id: 'n1' }, { kind: 'offer', id: 'o1' }, ' Hello ')).toEqual({
      needId: 'n1',
      offerId: 'o1',
      message: 'Hello',
    });
    expect(introductionFor({ kind: 'offer', id: 'o1' }, { kind: 'need', id: 'n1' }, '')).toEqual({
      needId: 'n1',
      offerId: 'o1',
      message: '',
    });
  });

  it('offers none for experiences, capabilities, countries or same-kind matches', () => {
    const need = { kind: 'need', id: 'n1' } as const;
    expect(introductionFor(need, { kind: 'experience', id: 'e1' }, '')).toBeNull();
    expect(introductionFor(need, { kind: 'capability', id: 'c1' }, '')).toBeNull();
    expect(introductionFor(need, { kind: 'country', id: 'KE' }, '')).toBeNull();
    expect(introductionFor({ kind: 'offer', id: 'o1' }, { kind: 'offer', id: 'o2' }, '')).toBeNull();
  });
});

describe('the reason a proposal was refused', () => {
  const error = (status: number, code: string, message: string, field?: string) => ({
    status,
    code,
    message,
    field,
    fields: field ? { [field]: message.replace(`${field}: `, '') } : {},
  });

  it('gives the server’s words without the field name they start with', () => {
    expect(
      refusalOf(
        error(
          409,
          'conflict',
          'providerOrganisationId: an introduction is already under way',
          'providerOrganisationId',
        ),
      ),
    ).toBe('an introduction is already under way');
    expect(refusalOf(error(409, 'conflict', 'needId: the need is closed', 'needId'))).toBe(
      'the need is closed',
    );
  });

  it('keeps why the reader may not propose, rather than a bare "no permission"', () => {
    expect(refusalOf(error(403, 'forbidden', 'Only editors may propose.'))).toBe('Only editors may propose.');
  });

  it('leaves network and server failures, and the message field, to the general alert', () => {
    expect(refusalOf(error(0, 'network', 'unreachable'))).toBeNull();
    expect(refusalOf(error(500, 'internal', 'oops'))).toBeNull();
    expect(refusalOf(error(400, 'validation_failed', 'message: too long', 'message'))).toBeNull();
    expect(refusalOf(error(403, 'csrf_failed', 'Session changed'))).toBeNull();
  });
});

describe('existingIntroductionPath', () => {
  it('turns the API path of a duplicate into the app path of its page', () => {
    const id = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
    expect(existingIntroductionPath({ location: `/api/v1/introductions/${id}` })).toBe(
      `/introductions/${id}`,
    );
  });

  it('ignores anything else', () => {
    expect(existingIntroductionPath(undefined)).toBeNull();
    expect(existingIntroductionPath({})).toBeNull();
    expect(existingIntroductionPath({ location: 'https://evil.example/introductions/x' })).toBeNull();
  });
});
