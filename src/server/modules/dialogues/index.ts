import type { Scope } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import type { ModuleManifest } from '../../platform/module.js';
import { actionRoutes } from './actions.routes.js';
import { agendaRoutes } from './agenda.routes.js';
import { calendarRoutes } from './calendar.routes.js';
import { countPublicDialogues } from './dialogue-list.repository.js';

export { type DemoSeriesRows, demoSeriesLoaded, importDemoSeries } from './demo-import.js';

import { auditScopeOf } from './dialogues.repository.js';
import { dialogueRoutes } from './dialogues.routes.js';
import { followupRoutes } from './followup.routes.js';
import { participantRoutes } from './participants.routes.js';
import { scheduleRoutes } from './schedule.routes.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a series or dialogue sits, so its convener's auditors can read its trail. */
const scopeFor =
  (kind: 'dialogue' | 'series') =>
  async (ex: Executor, id: string): Promise<Scope | null> => {
    if (!UUID.test(id)) return null;
    const org = await auditScopeOf(ex, kind, id);
    return org ? { organisationId: org.id, countryCode: org.country_code?.trim() ?? null } : null;
  };

/**
 * Dialogues (issue 6): series of multi-site dialogues, their sites across time zones, the slot
 * finder, the venue table and the agenda. The time maths is the shared core in src/shared/dialogues.
 */
export const dialoguesModule: ModuleManifest = {
  name: 'dialogues',
  routes(app, deps) {
    dialogueRoutes(app, deps);
    agendaRoutes(app, deps);
    followupRoutes(app, deps);
    actionRoutes(app, deps);
    scheduleRoutes(app, deps);
    participantRoutes(app, deps);
    calendarRoutes(app, deps);
  },
  auditScopes: { dialogue: scopeFor('dialogue'), dialogue_series: scopeFor('series') },
  stats: async (deps) => ({ dialogues: await countPublicDialogues(deps.db) }),
};
