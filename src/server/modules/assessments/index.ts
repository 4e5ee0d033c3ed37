import type { Scope } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import type { ModuleManifest } from '../../platform/module.js';
import { scopeOf } from './assessments.repository.js';
import { assessmentsRoutes } from './assessments.routes.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where an assessment sits, so its country's coordinators may read its audit trail. */
async function assessmentScope(ex: Executor, id: string): Promise<Scope | null> {
  // The trail route takes any entity id; a non-uuid would fail the uuid comparison (a 500).
  if (!UUID.test(id)) return null;
  const row = await scopeOf(ex, id);
  return row ? { countryCode: row.country_code } : null;
}

/** The capacity self-assessment: rubric, rounds, peer comparison and "who solved this?". */
export const assessmentsModule: ModuleManifest = {
  name: 'assessments',
  routes: assessmentsRoutes,
  auditScopes: { assessment: assessmentScope },
};

export { experiencesOnDimension } from './assessments.comparison.service.js';
export { createAssessmentAsPlatform, submitAssessmentAsPlatform } from './assessments.service.js';
