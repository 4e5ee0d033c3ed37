import type { Dialogue } from './types.js';

/** A dialogue like the source's: Washington and Bogotá on one day, Jakarta and Beijing on the next. */
export function fixtureDialogue(patch: Partial<Dialogue> = {}): Dialogue {
  const site = (
    id: string,
    city: string,
    countryCode: string,
    timeZone: string,
    organisationId: string | null = null,
  ) => ({
    id,
    position: 0,
    city,
    countryCode,
    organisationId,
    venue: '',
    room: '',
    connection: '',
    timeZone,
    preferredFrom: '07:00',
    preferredTo: '22:00',
    holidays: [],
  });
  return {
    id: 'd1',
    seriesId: null,
    convenerOrganisation: { id: 'org-wbi', name: 'World Bank Institute' },
    title: { en: 'Capacity development for SSKE' },
    objectives: {},
    defaultLocale: 'en',
    format: 'video',
    durationMinutes: 180,
    status: 'scheduled',
    startsAt: '2011-06-28T13:00:00.000Z',
    cancelledAt: null,
    visibility: 'public',
    isDemo: false,
    abilities: { update: true },
    sites: [
      site('s-was', 'Washington', 'US', 'America/New_York'),
      site('s-bog', 'Bogotá', 'CO', 'America/Bogota', 'org-wbi'),
      site('s-jkt', 'Jakarta', 'ID', 'Asia/Jakarta'),
      site('s-pek', 'Beijing', 'CN', 'Asia/Shanghai'),
    ],
    convenerSiteId: 's-bog',
    followsId: null,
    follows: null,
    createdAt: '2011-05-01T00:00:00.000Z',
    updatedAt: '2011-05-01T00:00:00.000Z',
    ...patch,
  };
}
