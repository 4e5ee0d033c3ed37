import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTimeZone } from '../../../shared/time-zones.js';
import { CITIES } from './time-zone-cities.js';
import { ZONE_TABLE } from './time-zones.data.js';
import { timeZoneItems } from './time-zones.js';

const countries = JSON.parse(
  readFileSync(new URL('../../db/reference/data/countries.json', import.meta.url), 'utf8'),
) as { code: string }[];

describe('time-zone data', () => {
  it('names only zones this runtime knows', () => {
    expect(ZONE_TABLE.map(([id]) => id).filter((id) => !isTimeZone(id))).toEqual([]);
  });

  it('places every listed city in a zone: its own, or its country’s only one', () => {
    const zones = new Set(ZONE_TABLE.map(([id]) => id));
    const perCountry = new Map<string, number>();
    for (const [, country] of ZONE_TABLE) perCountry.set(country, (perCountry.get(country) ?? 0) + 1);
    for (const [country, city, zone] of CITIES) {
      if (zone) expect(zones.has(zone), `${city}: ${zone}`).toBe(true);
      else expect(perCountry.get(country), `${city} (${country}) needs its zone`).toBe(1);
    }
  });

  it('knows the capital of every inhabited country of the countries list', () => {
    const withCapital = new Set(CITIES.map(([country]) => country));
    const uninhabited = ['AQ', 'BV', 'HM', 'UM'];
    expect(
      countries.map((c) => c.code).filter((c) => !withCapital.has(c) && !uninhabited.includes(c)),
    ).toEqual([]);
  });

  it('gives each capital to one zone of its country', () => {
    const items = timeZoneItems('en', new Date('2026-03-01T00:00:00Z'));
    const capitals = items.filter((z) => z.capital);
    expect(capitals.find((z) => z.capital === 'Washington')?.id).toBe('America/New_York');
    expect(capitals.find((z) => z.capital === 'Beijing')?.id).toBe('Asia/Shanghai');
    expect(items.find((z) => z.id === 'America/Chicago')?.capital).toBeNull();
    const perCountry = new Map<string, number>();
    for (const z of capitals)
      perCountry.set(z.countryCode ?? '', (perCountry.get(z.countryCode ?? '') ?? 0) + 1);
    expect([...perCountry.values()].every((n) => n === 1)).toBe(true);
  });
});
