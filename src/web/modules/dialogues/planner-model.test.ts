import { describe, expect, it } from 'vitest';
import { PARTICIPANT_ROLES } from '../../../shared/contracts/dialogue-calendar.js';
import { DIALOGUE_FORMATS } from '../../../shared/contracts/dialogues.js';
import { pickOrganisation as pickOption } from '../marketplace/market-form-choices.js';
import { conveningOrganisations, FORMAT_OPTIONS, ROLE_OPTIONS } from './choices.js';
import { fixtureDialogue } from './planner-fixtures.js';
import {
  dialogueBodyOf,
  dialogueDraftOf,
  dialoguePatchOf,
  emptyDialogueDraft,
  emptySite,
  errorUnder,
  parseHolidays,
  siteBodyOf,
  sitesChanged,
  textLanguages,
} from './planner-model.js';

describe('a new dialogue', () => {
  it('becomes the API body with its convener, texts in its languages and sites', () => {
    const draft = {
      ...emptyDialogueDraft('en', 'org-1', ''),
      languages: ['en', 'es'],
      title: { en: ' Peer learning ', es: '', fr: 'ignored' },
      durationMinutes: '90',
      sites: [
        {
          ...emptySite('Asia/Jakarta'),
          city: ' Jakarta ',
          countryCode: 'ID',
          holidays: '2026-06-01, 2026-05-29\n2026-06-01',
        },
      ],
    };
    expect(dialogueBodyOf(draft)).toEqual({
      convenerOrganisationId: 'org-1',
      seriesId: null,
      title: { en: 'Peer learning' },
      objectives: {},
      defaultLocale: 'en',
      format: 'video',
      durationMinutes: 90,
      visibility: 'public',
      sites: [
        {
          city: 'Jakarta',
          countryCode: 'ID',
          organisationId: null,
          venue: '',
          room: '',
          connection: '',
          timeZone: 'Asia/Jakarta',
          preferredFrom: '07:00',
          preferredTo: '22:00',
          holidays: ['2026-05-29', '2026-06-01'],
        },
      ],
    });
  });

  it('sends a duration that is not a whole number as NaN, for the API to name the field', () => {
    expect(
      dialogueBodyOf({ ...emptyDialogueDraft('en', 'o', ''), durationMinutes: '1.5h' }).durationMinutes,
    ).toBeNaN();
  });
});

describe('editing a dialogue', () => {
  const d = fixtureDialogue();
  const before = dialogueDraftOf(d, 'es');

  it('starts from the dialogue, in its languages and the reader’s', () => {
    expect(before.languages).toEqual(['en', 'es']);
    expect(before.sites.map((s) => s.id)).toEqual(['s-was', 's-bog', 's-jkt', 's-pek']);
    expect(before.durationMinutes).toBe('180');
  });

  it('sends only what changed; the sites keep their ids, so their agenda and participants stay', () => {
    expect(dialoguePatchOf(before, before)).toEqual({});
    expect(dialoguePatchOf(before, { ...before, format: 'hybrid' })).toEqual({ format: 'hybrid' });
    const moved = { ...before, sites: [before.sites[2]!, ...before.sites.filter((_, i) => i !== 2)] };
    const patch = dialoguePatchOf(before, moved);
    expect(patch.sites?.map((s) => s.id)).toEqual(['s-jkt', 's-was', 's-bog', 's-pek']);
    expect(sitesChanged(before, moved)).toBe(true);
    expect(sitesChanged(before, { ...before, title: { en: 'New' } })).toBe(false);
  });

  it('never sends the organisation’s name, only its id', () => {
    const site = { ...emptySite('UTC'), city: 'X', organisationId: 'org-2', organisationName: 'Shown only' };
    expect(siteBodyOf(site)).toMatchObject({ organisationId: 'org-2' });
    expect(siteBodyOf(site)).not.toHaveProperty('organisationName');
  });

  it('reads the languages of the texts for the agenda’s titles, the default first', () => {
    expect(textLanguages({ defaultLocale: 'es', title: { en: 'a', es: 'b' } })).toEqual(['es', 'en']);
  });
});

describe('helpers', () => {
  it('reads holidays typed with commas, spaces or lines', () => {
    expect(parseHolidays(' 2026-12-25,2026-01-01 ;\n2026-12-25 ')).toEqual(['2026-01-01', '2026-12-25']);
    expect(parseHolidays('')).toEqual([]);
  });

  it('finds the API error at a field or under it', () => {
    const fields = { 'sites.1.holidays.0': 'must be a date', 'sites.0.city': 'required' };
    expect(errorUnder(fields, 'sites.1.holidays')).toBe('must be a date');
    expect(errorUnder(fields, 'sites.0.city')).toBe('required');
    expect(errorUnder(fields, 'sites.1.city')).toBeUndefined();
    expect(errorUnder(fields, 'sites.1')).toBe('must be a date');
    expect(errorUnder(undefined, 'x')).toBeUndefined();
  });

  it('offers the formats and roles the API knows', () => {
    expect([...FORMAT_OPTIONS].sort()).toEqual([...DIALOGUE_FORMATS].sort());
    expect([...ROLE_OPTIONS].sort()).toEqual([...PARTICIPANT_ROLES].sort());
  });

  it('offers the organisations the user may convene for', () => {
    const m = (organisationId: string, role: 'org_admin' | 'editor' | 'member') => ({
      organisationId,
      organisationName: organisationId.toUpperCase(),
      organisationSlug: organisationId,
      role,
    });
    const options = conveningOrganisations([
      m('a', 'org_admin'),
      m('b', 'member'),
      m('c', 'editor'),
    ] as never);
    expect(options).toEqual([
      { value: 'a', label: 'A' },
      { value: 'c', label: 'C' },
    ]);
    expect(pickOption('c', options)).toBe('c');
    expect(pickOption('gone', options)).toBe('a');
    expect(pickOption('gone', [])).toBe('gone');
  });
});
