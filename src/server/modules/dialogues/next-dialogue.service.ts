import type { NextDialogueBody } from '../../../shared/contracts/dialogue-followup.js';
import type { Dialogue } from '../../../shared/contracts/dialogues.js';
import { LIMITS } from '../../../shared/limits.js';
import type { LocaleMap } from '../../../shared/locale-map.js';
import type { RequestContext } from '../../platform/http/context.js';
import { conflict } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import * as actions from './actions.repository.js';
import { actionToManage } from './actions.service.js';
import { toDialogue } from './dialogues.presenter.js';
import type { SiteRecord } from './dialogues.repository.js';
import * as repo from './dialogues.repository.js';
import { insertNewDialogue } from './dialogues.service.js';
import { auditDialogue, whoOf } from './dialogues.support.js';

/**
 * A "what's next" item becomes the next dialogue of the series: same convener, format, length,
 * visibility and default language, following the dialogue it came from, optionally at the same
 * sites; the item then points at it and is done. All in one transaction, so an item never
 * becomes two dialogues.
 */

/** The item's text cut to a title's length in each language. */
const titleOf = (text: LocaleMap): LocaleMap =>
  Object.fromEntries(
    Object.entries(text).map(([locale, t]) => {
      const chars = [...(t ?? '')];
      return [locale, chars.length > LIMITS.nameMax ? `${chars.slice(0, LIMITS.nameMax - 1).join('')}…` : t];
    }),
  );

/** A stored site as the columns of a new one (the new dialogue's own row). */
const siteCopy = (s: SiteRecord): repo.SiteColumns => ({
  city: s.city,
  country_code: s.country_code?.trim() ?? null,
  organisation_id: s.organisation_id,
  venue: s.venue,
  room: s.room,
  connection: s.connection,
  time_zone: s.time_zone,
  preferred_from: s.preferred_from,
  preferred_to: s.preferred_to,
  holidays: s.holidays,
});

/** Creates the dialogue a "what's next" item asks for and links the item to it. */
export async function createNextDialogue(
  deps: AppDeps,
  ctx: RequestContext,
  actionId: string,
  b: NextDialogueBody,
): Promise<Dialogue> {
  return deps.db.transaction().execute(async (trx) => {
    await actionToManage(trx, ctx.actor, actionId);
    await actions.lockAction(trx, actionId);
    const item = (await actions.findAction(trx, actionId))!; // locked: still there
    if (item.kind !== 'next') throw conflict('errors:dialogues.notNextItem');
    if (item.next_dialogue_id) throw conflict('errors:dialogues.alreadyNextDialogue');
    const source = (await repo.findDialogue(trx, item.dialogue_id))!; // the item's dialogue
    const at = deps.clock.now();
    const title = b.title ?? titleOf(item.text);
    const sites = b.copySites ? (await repo.findSites(trx, source.id)).map(siteCopy) : [];
    const id = await insertNewDialogue(
      trx,
      deps,
      ctx,
      {
        series_id: source.series_id,
        follows_id: source.id,
        convener_organisation_id: source.convener_organisation_id,
        title: JSON.stringify(title),
        objectives: JSON.stringify(item.text),
        default_locale: source.default_locale,
        format: source.format,
        duration_minutes: source.duration_minutes,
        visibility: source.visibility,
      },
      sites,
    );
    await actions.updateAction(trx, actionId, { next_dialogue_id: id, done_at: item.done_at ?? at }, at);
    const org = source.convener_organisation_id;
    await auditDialogue(trx, whoOf(ctx), { type: 'dialogue', id, organisationId: org }, 'dialogue.create', {
      after: { followsId: source.id, fromActionId: actionId, title, copySites: b.copySites },
    });
    await auditDialogue(
      trx,
      whoOf(ctx),
      { type: 'dialogue', id: source.id, organisationId: org },
      'dialogue.action.next',
      { after: { id: actionId, nextDialogueId: id } },
    );
    const row = (await repo.findDialogue(trx, id))!;
    return toDialogue(row, await repo.findSites(trx, id), ctx.actor, ctx.locale);
  });
}
