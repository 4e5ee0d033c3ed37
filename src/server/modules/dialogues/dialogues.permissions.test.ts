import { describe, expect, it } from 'vitest';
import { memberOf, postCreated } from '../../test/requests.js';
import { buildDialogue, dialogueInput, setUpDialogueKit, visitor } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();
const WINDOW = { fromDate: '2026-05-18', toDate: '2026-05-22', zone: 'America/Bogota' };

describe('who may convene', () => {
  it('asks visitors to sign in for every write (401)', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const writes = [
      ['POST', '/api/v1/dialogues', dialogueInput(kit.org.id)],
      ['POST', '/api/v1/dialogue-series', { convenerOrganisationId: kit.org.id, title: { en: 'S' } }],
      ['PATCH', `/api/v1/dialogues/${d.id}`, { durationMinutes: 90 }],
      ['POST', `/api/v1/dialogues/${d.id}/slots`, WINDOW],
    ] as const;
    for (const [method, url, body] of writes) {
      const res = await visitor(kit.t, method, url, body);
      expect(res.statusCode, `${method} ${url} ${res.body}`).toBe(401);
    }
  });

  it('refuses an editor of another organisation (403) and shows them no update ability', async () => {
    const { outsider, owner, org } = kit;
    const d = await buildDialogue(owner, org.id);
    const s = await postCreated(owner, '/api/v1/dialogue-series', {
      convenerOrganisationId: org.id,
      title: { en: 'S' },
    });
    expect((await outsider.post('/api/v1/dialogues', dialogueInput(org.id))).statusCode).toBe(403);
    expect((await outsider.patch(`/api/v1/dialogues/${d.id}`, { durationMinutes: 90 })).statusCode).toBe(403);
    expect((await outsider.patch(`/api/v1/dialogue-series/${s.id}`, { title: { en: 'X' } })).statusCode).toBe(
      403,
    );
    expect((await outsider.post(`/api/v1/dialogues/${d.id}/slots`, WINDOW)).statusCode).toBe(403);
    const seen = await outsider.get(`/api/v1/dialogues/${d.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().abilities.update).toBe(false);
  });

  it('refuses a plain member of the convening organisation (403) but lets an editor convene', async () => {
    const member = await memberOf(kit.t, kit.org.id, 'member');
    expect((await member.post('/api/v1/dialogues', dialogueInput(kit.org.id))).statusCode).toBe(403);
    const editor = await memberOf(kit.t, kit.org.id, 'editor');
    const d = await buildDialogue(editor, kit.org.id);
    expect(d.abilities.update).toBe(true);
  });

  it('lets a broker convene for any organisation and edit its dialogues', async () => {
    const d = await buildDialogue(kit.broker, kit.org.id);
    expect(d.abilities.update).toBe(true);
    const mine = await buildDialogue(kit.owner, kit.org.id);
    const res = await kit.broker.patch(`/api/v1/dialogues/${mine.id}`, { format: 'hybrid' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().format).toBe('hybrid');
  });
});
