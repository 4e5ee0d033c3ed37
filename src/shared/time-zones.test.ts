import { describe, expect, it } from 'vitest';
import { isTimeZone } from './time-zones.js';

describe('isTimeZone', () => {
  it.each([
    'UTC',
    'America/Mexico_City',
    'America/Argentina/Buenos_Aires',
    'Asia/Kolkata',
    'Africa/Nairobi',
    'Pacific/Kiritimati',
    'Etc/GMT+5',
  ])('accepts the IANA zone %s', (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });

  it.each([
    '',
    '+05:30',
    '-03:00',
    'GMT+5',
    'Mars/Olympus',
    'America/Nowhere',
    'America/',
    '/UTC',
    'America//Bogota',
    'UTC ',
    'Europe/Paris; DROP TABLE users',
  ])('refuses %j', (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });

  it('accepts every zone the runtime lists', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(300);
    for (const z of zones) expect(isTimeZone(z), z).toBe(true);
  });
});
