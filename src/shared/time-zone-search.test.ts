import { describe, expect, it } from 'vitest';
import {
  findZone,
  foldName,
  matchedCity,
  type SearchableZone,
  searchTimeZones,
  zoneCity,
} from './time-zone-search.js';

const zone = (
  id: string,
  country: string | null,
  cities: string[],
  capital: string | null = null,
  aliases: string[] = [],
): SearchableZone => ({
  id,
  aliases,
  country,
  cities: [zoneCity(id), ...cities],
  capital,
});

const ZONES = [
  zone('Asia/Kolkata', 'India', ['New Delhi', 'Mumbai', 'Calcutta'], 'New Delhi', ['Asia/Calcutta']),
  zone('America/Bogota', 'Colombia', ['Bogotá', 'Medellín'], 'Bogotá'),
  zone('America/New_York', 'United States', ['Washington', 'Boston'], 'Washington'),
  zone('America/Chicago', 'United States', ['Houston']),
  zone('America/Mexico_City', 'Mexico', [], 'Mexico City'),
  zone('America/Cancun', 'Mexico', []),
  zone('Australia/Lindeman', 'Australia', []),
  zone('America/Indiana/Indianapolis', 'United States', [], null, ['America/Indianapolis']),
];
const ids = (query: string, limit?: number) => searchTimeZones(ZONES, query, limit).map((z) => z.id);

describe('foldName', () => {
  it('drops accents and case and splits zone names into words', () => {
    expect(foldName('Bogotá')).toBe('bogota');
    expect(foldName('America/Port-au-Prince')).toBe('america port au prince');
    expect(foldName('  Saint John’s ')).toBe('saint johns');
  });
});

describe('searchTimeZones', () => {
  it('finds a zone by a city it keeps time for, whatever the accents and case', () => {
    expect(ids('Delhi')[0]).toBe('Asia/Kolkata');
    expect(ids('bogota')[0]).toBe('America/Bogota');
    expect(ids('BOGOTÁ')[0]).toBe('America/Bogota');
    expect(ids('Washington')).toEqual(['America/New_York']);
    expect(ids('medellin')).toEqual(['America/Bogota']);
  });

  it('puts a city before the country’s other zones, and the capital’s zone first among them', () => {
    expect(ids('Mexico')).toEqual(['America/Mexico_City', 'America/Cancun']);
    expect(ids('United States').slice(0, 2)).toEqual(['America/New_York', 'America/Chicago']);
  });

  it('prefers a whole country name to letters inside a city', () => {
    const french = [zone('Australia/Lindeman', 'Australie', []), zone('Asia/Kolkata', 'Inde', [])];
    expect(searchTimeZones(french, 'Inde').map((z) => z.id)).toEqual(['Asia/Kolkata', 'Australia/Lindeman']);
    expect(ids('India')[0]).toBe('Asia/Kolkata');
  });

  it('finds zones by their names and older names', () => {
    expect(ids('asia/kol')).toEqual(['Asia/Kolkata']);
    expect(ids('Calcutta')).toEqual(['Asia/Kolkata']);
    expect(ids('America/Indianapolis')).toEqual(['America/Indiana/Indianapolis']);
  });

  it('answers nothing to an empty query or nonsense, and at most `limit`', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('xyzzy')).toEqual([]);
    expect(ids('a', 2)).toHaveLength(2);
  });
});

describe('findZone and zoneCity', () => {
  it('finds a zone by its name or an older one', () => {
    expect(findZone(ZONES, 'Asia/Calcutta')?.id).toBe('Asia/Kolkata');
    expect(findZone(ZONES, 'America/Bogota')?.id).toBe('America/Bogota');
    expect(findZone(ZONES, 'Mars/Olympus')).toBeUndefined();
  });

  it('reads the place of a zone name', () => {
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});

describe('matchedCity', () => {
  it('names the city a query found, else the zone’s own', () => {
    const kolkata = ZONES[0]!;
    expect(matchedCity(kolkata, 'delhi')).toBe('New Delhi');
    expect(matchedCity(kolkata, 'India')).toBe('Kolkata');
    expect(matchedCity(kolkata, '')).toBe('Kolkata');
  });
});
