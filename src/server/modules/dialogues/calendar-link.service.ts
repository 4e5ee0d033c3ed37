import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import type { AppDeps } from '../../platform/module.js';
import { newToken, sha256 } from '../../platform/security/secrets.js';
import { updateDialogue } from './dialogues.repository.js';
import { dialogueToConvene } from './dialogues.service.js';
import { auditDialogueChange } from './dialogues.support.js';

/**
 * The public "add to calendar" link: a random secret in the address, of which only the SHA-256
 * is kept (like password-reset links), so the link is shown once and a new one replaces it.
 * Calendar programs fetch it without a session and pick up every later change.
 */

/** The absolute address of a link, under the app's public base URL. */
const calendarLinkUrl = (publicUrl: string, token: string) => `${publicUrl}/api/v1/calendar/${token}.ics`;

/** Makes a new link for the dialogue, replacing any earlier one; returns its address. */
export async function issueCalendarLink(ex: Executor, deps: AppDeps, id: string): Promise<string> {
  const token = newToken();
  await updateDialogue(ex, id, { calendar_token_hash: sha256(token) }, deps.clock.now());
  return calendarLinkUrl(deps.config.PUBLIC_URL, token);
}

/** A new public link for a dialogue the caller convenes; the old one stops working. */
export async function createCalendarLink(deps: AppDeps, ctx: RequestContext, id: string) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await dialogueToConvene(trx, ctx.actor, id);
    const url = await issueCalendarLink(trx, deps, id);
    await auditDialogueChange(
      trx,
      ctx,
      row,
      'dialogue.calendar_link',
      // Never the secret: only that a link was made and whether it replaced one.
      { after: { replaced: row.calendar_token_hash !== null } },
    );
    return { url };
  });
}
