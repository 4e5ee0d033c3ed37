import { describe, expect, it } from 'vitest';
import { INCOME_GROUPS, loadCountries, loadIncomeGroups } from './reference-data.js';

describe('World Bank income groups', () => {
  const { fiscalYear, groups } = loadIncomeGroups();
  const countries = new Set(loadCountries().map((country) => country.code));

  it('names the fiscal year of the classification', () => {
    expect(fiscalYear).toMatch(/^FY20\d\d$/);
  });

  it('classifies known countries into the four groups', () => {
    expect(groups.MX).toBe('UM');
    expect(groups.IN).toBe('LM');
    expect(groups.SG).toBe('H');
    expect(groups.RW).toBe('L');
    expect(groups.BR).toBe('UM');
    expect(groups.XK).toBe('UM');
    expect(groups.PS).toBe('LM');
  });

  it('leaves out economies the Bank does not classify, and territories it does not list', () => {
    expect(groups.VE).toBeUndefined();
    expect(groups.AQ).toBeUndefined();
    expect(groups.RE).toBeUndefined();
  });

  it('uses only known country codes and the four group codes', () => {
    const strays = Object.keys(groups).filter((code) => !countries.has(code));
    expect(strays).toEqual([]);
    for (const group of Object.values(groups)) expect(INCOME_GROUPS).toContain(group);
  });

  it('covers the World Bank’s 217 classified economies (the Channel Islands as JE and GG)', () => {
    const count = (group: string) => Object.values(groups).filter((g) => g === group).length;
    expect(Object.keys(groups)).toHaveLength(218);
    expect([count('L'), count('LM'), count('UM'), count('H')]).toEqual([26, 50, 54, 88]);
  });
});
