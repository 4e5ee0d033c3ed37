import type { FastifyRequest } from 'fastify';
import type { Dialogue } from '../../../shared/contracts/dialogues.js';
import { contextOf } from '../../platform/http/context.js';
import type { AppDeps } from '../../platform/module.js';
import { toDialogue } from './dialogues.presenter.js';
import { getDialogue } from './dialogues.service.js';

/** The dialogue as its routes answer after a change: read again, as the caller may see it. */
export async function dialogueDetail(deps: AppDeps, req: FastifyRequest, id: string): Promise<Dialogue> {
  const { row, sites } = await getDialogue(deps, contextOf(req), id);
  return toDialogue(row, sites, req.actor, req.locale);
}
