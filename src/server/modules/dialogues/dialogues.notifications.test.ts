import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import type { Session } from '../../test/harness.js';
import { memberOf, postCreated } from '../../test/requests.js';
import { addMemberAsPlatform } from '../organisations/index.js';
import { june2011, putParticipants, schedule } from './calendar-test-kit.js';
import { buildDialogue, setUpDialogueKit } from './dialogues-test-kit.js';

/**
 * Inbox notifications of dialogues, read back through the real inbox route: participants with
 * an account hear of their invitation, of changes and of the cancellation; the people who act
 * for an action's owning organisation hear that it is theirs. Never the person acting.
 */

const kit = setUpDialogueKit();

type Note = { id: string; kind: string; text: string; link: string | null; read: boolean };

/** The reader's notifications about dialogues, oldest first. */
async function inbox(as: Session) {
  const res = await as.get('/api/v1/notifications?limit=100');
  expect(res.statusCode, res.body).toBe(200);
  const items = (res.json() as { items: Note[] }).items;
  return items.filter((n) => n.kind.startsWith('dialogue_')).reverse();
}

const kinds = async (as: Session) => (await inbox(as)).map((n) => n.kind);

const post200 = async (as: Session, url: string, body: object = {}) => {
  const res = await as.post(url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const patch200 = async (as: Session, url: string, body: object) => {
  const res = await as.patch(url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** What was queued in the outbox for an address, by kind. */
const mailKinds = async (to: string) =>
  (
    await kit.t.runtime.deps.db
      .selectFrom('mail_outbox')
      .select('kind')
      .where('to_address', '=', to)
      .orderBy('created_at')
      .execute()
  ).map((m) => m.kind);

const TITLE = 'Capacity development for South-South knowledge exchange';
const CONVENER = 'Agencia Colombiana de Pruebas';

describe('participants with an account', () => {
  it('find their invitation, the change and the cancellation in the inbox, linked to the dialogue', async () => {
    const d = await june2011(kit.owner, kit.org.id);
    const camila = await buildUser(kit.t, { locale: 'en' });
    const sofia = await buildUser(kit.t, { locale: 'es' });
    const editor = await memberOf(kit.t, kit.org.id, 'editor');
    const people = await putParticipants(kit.owner, d.id, [
      { siteId: d.sites[0]!.id, name: 'Ana (no account)', email: `ana-${Date.now()}@example.org` },
      { siteId: d.sites[2]!.id, name: 'Camila Díaz', userId: camila.userId },
      { siteId: d.sites[3]!.id, name: 'Sofía Ruiz', userId: sofia.userId },
      { siteId: d.sites[0]!.id, name: 'The convener', userId: kit.owner.userId, role: 'convener' },
      { siteId: d.sites[0]!.id, name: 'A co-convener', userId: editor.userId, role: 'moderator' },
    ]);
    const told = async () =>
      (
        await kit.t.runtime.deps.db
          .selectFrom('notifications')
          .select('user_id')
          .where('link', '=', `/dialogues/${d.id}`)
          .execute()
      )
        .map((r) => r.user_id)
        .sort();

    await post200(kit.owner, `/api/v1/dialogues/${d.id}/invitations`);
    // The start on each participant's own site clock: 23:00 EDT in Washington is 22:00 in Bogotá.
    expect(await inbox(camila)).toMatchObject([
      {
        kind: 'dialogue_invited',
        link: `/dialogues/${d.id}`,
        read: false,
        text: `${CONVENER} invites you to the dialogue “${TITLE}” on Tuesday, June 28, 2011, 22:00 (UTC-05:00), at the Bogotá site`,
      },
    ]);
    // In the reader's language, with Jakarta's date (already Wednesday there).
    expect(await inbox(sofia)).toMatchObject([
      {
        kind: 'dialogue_invited',
        text: `${CONVENER} le invita al diálogo «${TITLE}» el miércoles, 29 de junio de 2011, 10:00 (UTC+07:00), en la sede de Jakarta`,
      },
    ]);
    expect(await kinds(editor)).toEqual(['dialogue_invited']);
    // The sender is not told of their own act; the participant without an account has no inbox.
    expect(await kinds(kit.owner)).toEqual([]);
    expect(await told()).toEqual([camila.userId, sofia.userId, editor.userId].sort());
    // No second e-mail: the invitation with its .ics is the only message.
    expect(await mailKinds(camila.email)).toEqual(['dialogue_invitation']);

    // A resend to someone who already holds the current entry adds nothing to the inbox.
    const camilaId = people.find((p) => p.name === 'Camila Díaz')!.id;
    await post200(kit.owner, `/api/v1/dialogues/${d.id}/invitations`, { participantIds: [camilaId] });
    expect(await kinds(camila)).toEqual(['dialogue_invited']);
    expect(await mailKinds(camila.email)).toEqual(['dialogue_invitation', 'dialogue_invitation']);

    // A new time, with the update sent: the new start on each site's clock.
    await schedule(kit.owner, d.id, { date: '2011-06-29', time: '09:00', zone: 'America/Bogota' });
    const [, moved] = await inbox(camila);
    expect(moved).toMatchObject({
      kind: 'dialogue_updated',
      link: `/dialogues/${d.id}`,
      text: `The dialogue “${TITLE}” has changed: it now takes place on Wednesday, June 29, 2011, 09:00 (UTC-05:00), at the Bogotá site`,
    });
    expect(await kinds(editor)).toEqual(['dialogue_invited', 'dialogue_updated']);
    expect(await kinds(kit.owner)).toEqual([]);

    // A new place: the edit raises the entry's SEQUENCE, the next batch of invitations tells.
    const now = (await kit.owner.get(`/api/v1/dialogues/${d.id}`)).json() as {
      sites: ({ position: number } & Record<string, unknown>)[];
    };
    const sites = now.sites.map(({ position: _, ...site }) => site);
    await patch200(kit.owner, `/api/v1/dialogues/${d.id}`, {
      sites: sites.map((s, i) => (i === 2 ? { ...s, venue: 'Casa de Nariño' } : s)),
    });
    await post200(kit.owner, `/api/v1/dialogues/${d.id}/invitations`);
    expect(await kinds(camila)).toEqual(['dialogue_invited', 'dialogue_updated', 'dialogue_updated']);

    // Called off by the co-convener: everyone else holding the entry is told, not the co-convener.
    await post200(editor, `/api/v1/dialogues/${d.id}/cancel`, { reason: 'Network outage' });
    expect((await inbox(camila)).at(-1)).toMatchObject({
      kind: 'dialogue_cancelled',
      link: `/dialogues/${d.id}`,
      text: `${CONVENER} has cancelled the dialogue “${TITLE}” planned for Wednesday, June 29, 2011, 09:00 (UTC-05:00), at the Bogotá site`,
    });
    expect((await inbox(sofia)).at(-1)?.kind).toBe('dialogue_cancelled');
    expect(await kinds(kit.owner)).toEqual(['dialogue_cancelled']);
    expect((await kinds(editor)).at(-1)).toBe('dialogue_updated');
    expect(await mailKinds(camila.email)).not.toContainEqual(expect.stringMatching(/^notification_/));
  });

  it('hear nothing when the convener reschedules without sending the update', async () => {
    const d = await june2011(kit.owner, kit.org.id);
    const camila = await buildUser(kit.t);
    await putParticipants(kit.owner, d.id, [
      { siteId: d.sites[2]!.id, name: 'Camila Díaz', userId: camila.userId },
    ]);
    await post200(kit.owner, `/api/v1/dialogues/${d.id}/invitations`);
    await schedule(kit.owner, d.id, {
      date: '2011-06-30',
      time: '09:00',
      zone: 'America/Bogota',
      notify: false,
    });
    await post200(kit.owner, `/api/v1/dialogues/${d.id}/cancel`, { notify: false });
    expect(await kinds(camila)).toEqual(['dialogue_invited']);
  });
});

type Action = { id: string };

describe('the owner organisation of a follow-up action', () => {
  it('has its administrators and editors told once when named, and again only when the owner changes', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const ownerAdmin = await buildUser(kit.t);
    const ownerOrg = await buildOrganisation(ownerAdmin, { name: { en: 'Owner Agency' }, countryCode: 'PE' });
    const editor = await memberOf(kit.t, ownerOrg.id, 'editor');
    const member = await memberOf(kit.t, ownerOrg.id, 'member');
    const a = await postCreated<Action>(kit.owner, `/api/v1/dialogues/${d.id}/actions`, {
      text: { en: 'Share the country matrix' },
      ownerOrganisationId: ownerOrg.id,
      dueOn: '2026-09-30',
    });
    const expected = {
      kind: 'dialogue_action_assigned',
      link: `/dialogues/${d.id}`,
      text: `Action assigned to Owner Agency from the dialogue “${TITLE}”: Share the country matrix`,
    };
    expect(await inbox(ownerAdmin)).toMatchObject([expected]);
    expect(await inbox(editor)).toMatchObject([expected]);
    expect(await kinds(member)).toEqual([]); // a plain member does not act for the organisation
    expect(await kinds(kit.owner)).not.toContain('dialogue_action_assigned');

    // Editing the text, the date or ticking it off tells nobody; naming the same owner again neither.
    const url = `/api/v1/dialogue-actions/${a.id}`;
    await patch200(kit.owner, url, { text: { en: 'Share the matrix' }, dueOn: '2026-10-15' });
    await patch200(kit.owner, url, { ownerOrganisationId: ownerOrg.id, done: true });
    expect(await kinds(ownerAdmin)).toEqual(['dialogue_action_assigned']);

    // A new owner: its people are told (with the text as it is now), the old ones not again.
    const otherAdmin = await buildUser(kit.t);
    const other = await buildOrganisation(otherAdmin, { name: { en: 'Second Agency' }, countryCode: 'CL' });
    await patch200(kit.owner, url, { ownerOrganisationId: other.id });
    expect(await inbox(otherAdmin)).toMatchObject([
      {
        ...expected,
        text: `Action assigned to Second Agency from the dialogue “${TITLE}”: Share the matrix`,
      },
    ]);
    expect(await kinds(ownerAdmin)).toEqual(['dialogue_action_assigned']);
    await patch200(kit.owner, url, { ownerOrganisationId: null });
    expect(await kinds(otherAdmin)).toEqual(['dialogue_action_assigned']);
    // Given back to the first owner: that is a change of owner, told again.
    await patch200(kit.owner, url, { ownerOrganisationId: ownerOrg.id });
    expect(await kinds(editor)).toEqual(['dialogue_action_assigned', 'dialogue_action_assigned']);
  });

  it('does not tell the person who assigns it, and no one who may not read the dialogue', async () => {
    // The convening organisation owns the item: its editor is told, the administrator acting is not.
    const d = await buildDialogue(kit.owner, kit.org.id, { visibility: 'organisation' });
    const colleague = await memberOf(kit.t, kit.org.id, 'editor');
    await postCreated<Action>(kit.owner, `/api/v1/dialogues/${d.id}/actions`, {
      text: { en: 'Draft the note' },
      ownerOrganisationId: kit.org.id,
    });
    expect(await kinds(colleague)).toEqual(['dialogue_action_assigned']);
    expect(await kinds(kit.owner)).not.toContain('dialogue_action_assigned');

    // Another organisation's people cannot open an organisation-only dialogue: not told, unless
    // they also belong to the convening organisation.
    const outsiderAdmin = await buildUser(kit.t);
    const outside = await buildOrganisation(outsiderAdmin, {
      name: { en: 'Outside Agency' },
      countryCode: 'AR',
    });
    const both = await memberOf(kit.t, outside.id, 'editor');
    await addMemberAsPlatform(kit.t.runtime.deps, kit.org.id, both.userId, 'member');
    await postCreated<Action>(kit.owner, `/api/v1/dialogues/${d.id}/actions`, {
      text: { en: 'Host the next one' },
      ownerOrganisationId: outside.id,
    });
    expect(await kinds(outsiderAdmin)).toEqual([]);
    expect(await kinds(both)).toEqual(['dialogue_action_assigned']);
  });
});
