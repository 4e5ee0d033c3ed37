import { describe, expect, it } from 'vitest';
import { postCreated } from '../../test/requests.js';
import { buildDialogue, setUpDialogueKit, visitor } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();

describe('dialogues: the audit trail', () => {
  it('is readable by the convener’s administrators, not by others', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    await kit.owner.patch(`/api/v1/dialogues/${d.id}`, { durationMinutes: 150 });
    const trail = await kit.owner.get(`/api/v1/audit/dialogue/${d.id}`);
    expect(trail.statusCode, trail.body).toBe(200);
    const actions = (trail.json().items as { action: string }[]).map((e) => e.action);
    expect(actions.at(-1)).toBe('dialogue.create');
    expect(actions.length).toBeGreaterThan(1);
    // Another organisation's editor is not told the trail exists.
    expect((await kit.outsider.get(`/api/v1/audit/dialogue/${d.id}`)).statusCode).toBe(404);
    expect((await visitor(kit.t, 'GET', `/api/v1/audit/dialogue/${d.id}`)).statusCode).toBe(401);
  });

  it('keeps a series’ trail too', async () => {
    const s = await postCreated<{ id: string }>(kit.owner, '/api/v1/dialogue-series', {
      convenerOrganisationId: kit.org.id,
      title: { en: 'Audited series' },
    });
    const trail = await kit.owner.get(`/api/v1/audit/dialogue_series/${s.id}`);
    expect(trail.statusCode, trail.body).toBe(200);
    expect((trail.json().items as { action: string }[]).map((e) => e.action)).toEqual([
      'dialogue_series.create',
    ]);
  });
});
