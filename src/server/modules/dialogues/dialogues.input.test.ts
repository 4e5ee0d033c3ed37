import { describe, expect, it } from 'vitest';
import { postCreated } from '../../test/requests.js';
import { buildDialogue, dialogueInput, setUpDialogueKit } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();

const errorOf = (res: { statusCode: number; json(): unknown }) => {
  expect(res.statusCode).toBe(400);
  return (res.json() as { error: { field: string; message: string } }).error;
};

describe('bad input', () => {
  it('refuses an unknown time zone, naming the site’s field', async () => {
    const res = await kit.owner.post(
      '/api/v1/dialogues',
      dialogueInput(kit.org.id, { sites: [{ city: 'Atlantis', timeZone: 'Atlantic/Atlantis' }] }),
    );
    const error = errorOf(res);
    expect(error.field).toBe('sites.0.timeZone');
    expect(error.message).toMatch(/time zone/);
  });

  it('refuses preferred hours that end before they start', async () => {
    const res = await kit.owner.post(
      '/api/v1/dialogues',
      dialogueInput(kit.org.id, {
        sites: [{ city: 'Bogotá', timeZone: 'America/Bogota', preferredFrom: '18:00', preferredTo: '08:00' }],
      }),
    );
    expect(errorOf(res).field).toBe('sites.0.preferredTo');
  });

  it('refuses the slot finder for a dialogue without sites', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id, { sites: [] });
    const res = await kit.owner.post(`/api/v1/dialogues/${d.id}/slots`, {
      fromDate: '2026-05-18',
      toDate: '2026-05-22',
      zone: 'America/Bogota',
    });
    const error = errorOf(res);
    expect(error.field).toBe('sites');
    expect(error.message).toMatch(/no sites/);
  });

  it('refuses a window that ends before it starts', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const res = await kit.owner.post(`/api/v1/dialogues/${d.id}/slots`, {
      fromDate: '2026-05-22',
      toDate: '2026-05-18',
      zone: 'America/Bogota',
    });
    expect(errorOf(res).field).toBe('toDate');
  });

  it('refuses a local start inside a daylight-saving gap, naming the field', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const res = await kit.owner.get(
      `/api/v1/dialogues/${d.id}/venues?date=2026-03-08&time=02:30&zone=America/New_York`,
    );
    const error = errorOf(res);
    expect(error.field).toBe('time');
    expect(error.message).toContain('02:30');
    expect(error.message).toContain('03:00');
  });

  it('asks for a start when the venue table has none', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    expect(errorOf(await kit.owner.get(`/api/v1/dialogues/${d.id}/venues`)).field).toBe('start');
  });

  it('refuses a series convened by another organisation', async () => {
    const broker = kit.broker;
    const otherOrg = await postCreated<{ id: string }>(broker, '/api/v1/organisations', {
      name: { en: 'Third agency' },
      orgType: '10',
      countryCode: 'PE',
    });
    const s = await postCreated(broker, '/api/v1/dialogue-series', {
      convenerOrganisationId: otherOrg.id,
      title: { en: 'Theirs' },
    });
    const res = await kit.owner.post('/api/v1/dialogues', dialogueInput(kit.org.id, { seriesId: s.id }));
    expect(errorOf(res).field).toBe('seriesId');
  });
});
