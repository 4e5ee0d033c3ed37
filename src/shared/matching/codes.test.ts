import { describe, expect, it } from 'vitest';
import { codeCoverage, codeOverlap, codeProfile, DAC_SECTORS, SDG_TARGETS } from './codes.js';

const dac = (...codes: string[]) => codeProfile(codes, DAC_SECTORS);
const sdg = (...codes: string[]) => codeProfile(codes, SDG_TARGETS);

describe('codeProfile', () => {
  it('trims, lower-cases, deduplicates and sorts, with each code’s category', () => {
    const profile = sdg(' 16.A', '16.6', '16.a', '', '5');
    expect(profile.codes).toEqual(['16.6', '16.a', '5']);
    expect(profile.categories).toEqual(['16', '16', '5']);
    expect(profile.bare).toEqual([false, false, true]);
  });
  it('knows DAC categories from purpose codes', () => {
    const profile = dac('15110', '151', '12220');
    expect(profile.codes).toEqual(['12220', '151', '15110']);
    expect(profile.categories).toEqual(['122', '151', '151']);
    expect(profile.bare).toEqual([false, true, false]);
  });
  it('takes null or undefined as an empty list', () => {
    expect(codeProfile(null, DAC_SECTORS).codes).toEqual([]);
    expect(codeProfile(undefined, SDG_TARGETS).codes).toEqual([]);
  });
});

describe('codeCoverage: DAC sectors', () => {
  it('is null when the need states no sector (the factor is left out)', () => {
    expect(codeCoverage(dac(), dac('15110'))).toBeNull();
    expect(codeCoverage(dac(), dac())).toBeNull();
  });
  it('is 0 when the candidate states none', () => expect(codeCoverage(dac('15110'), dac())).toBe(0));
  it('is 1 for the same code', () => expect(codeCoverage(dac('15110'), dac('15110', '12220'))).toBe(1));
  it('counts a sibling code in the same category partly', () =>
    expect(codeCoverage(dac('15110'), dac('15111'))).toBe(0.5));
  it('counts a bare category on the candidate’s side partly when the need is specific', () =>
    expect(codeCoverage(dac('15110'), dac('151'))).toBe(0.5));
  it('counts a code inside a category the need names fully', () =>
    expect(codeCoverage(dac('151'), dac('15111'))).toBe(1));
  it('matches bare categories with each other', () => expect(codeCoverage(dac('151'), dac('151'))).toBe(1));
  it('is 0 for another category', () => expect(codeCoverage(dac('15110'), dac('12220', '122'))).toBe(0));
  it('is the mean over the need’s codes of the best match', () => {
    // 15110 exact (1), 12220 partly through 12230 (0.5), 31120 nothing (0).
    expect(codeCoverage(dac('15110', '12220', '31120'), dac('15110', '12230'))).toBe(0.5);
  });
  it('takes the best match, not the first', () =>
    expect(codeCoverage(dac('15110'), dac('15111', '15110'))).toBe(1));
  it('uses the partial credit given', () => {
    expect(codeCoverage(dac('15110'), dac('15111'), 0.25)).toBe(0.25);
    expect(codeCoverage(dac('15110'), dac('15111'), 0)).toBe(0);
  });
  it('measures coverage of the need, so it is not symmetric', () => {
    expect(codeCoverage(dac('15110'), dac('15110', '12220'))).toBe(1);
    expect(codeCoverage(dac('15110', '12220'), dac('15110'))).toBe(0.5);
  });
  it('stays within [0, 1]', () => {
    const value = codeCoverage(dac('15110', '151', '12220'), dac('15110', '151', '12220', '122'));
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
  });
});

describe('codeCoverage: SDG targets', () => {
  it('is 1 for the same target and partly for the same goal', () => {
    expect(codeCoverage(sdg('16.6'), sdg('16.6'))).toBe(1);
    expect(codeCoverage(sdg('16.6'), sdg('16.5'))).toBe(0.5);
    expect(codeCoverage(sdg('16.6'), sdg('16'))).toBe(0.5);
  });
  it('covers a goal the need names with any of its targets', () => {
    expect(codeCoverage(sdg('16'), sdg('16.a'))).toBe(1);
    expect(codeCoverage(sdg('16'), sdg('17.1'))).toBe(0);
  });
  it('does not confuse goal 1 with goal 16 or target 1.6 with 16', () => {
    expect(codeCoverage(sdg('1.6'), sdg('16'))).toBe(0);
    expect(codeCoverage(sdg('1'), sdg('16.1'))).toBe(0);
  });
});

describe('codeOverlap', () => {
  it('lists the need’s codes matched fully and partly, with the same value as codeCoverage', () => {
    const need = dac('15110', '12220', '31120');
    const candidate = dac('15110', '12230');
    expect(codeOverlap(need, candidate)).toEqual({ value: 0.5, full: ['15110'], partial: ['12220'] });
    expect(codeOverlap(need, candidate).value).toBe(codeCoverage(need, candidate));
  });
  it('agrees with codeCoverage for another partial credit', () => {
    const need = sdg('16.6', '5.1');
    const candidate = sdg('16.5', '5.1');
    expect(codeOverlap(need, candidate, 0.2).value).toBe(codeCoverage(need, candidate, 0.2));
    expect(codeOverlap(need, candidate, 0.2)).toMatchObject({ full: ['5.1'], partial: ['16.6'] });
  });
  it('is null with empty lists when the need states nothing', () =>
    expect(codeOverlap(sdg(), sdg('16.6'))).toEqual({ value: null, full: [], partial: [] }));
});
