import { type Actor, roleAllows } from '../../../shared/permissions.js';
import { definePolicy } from '../../platform/authz/policy.js';

/** What the assessment policy needs to know about a round. */
export interface AssessmentFacts {
  countryCode: string;
  status: 'draft' | 'submitted';
}

/** Editors of a country's assessments: its coordinators and platform administrators. */
export function canEditCountry(actor: Actor, countryCode: string): boolean {
  return roleAllows(actor, 'assessment.edit', { countryCode });
}

/**
 * Self-assessments: a submitted round is public history; a draft is seen and changed only by
 * those who may edit the country's assessments. Submitted rounds are never edited; only platform
 * administrators may delete one (a correction of the record, audited).
 */
export const assessmentPolicy = definePolicy<AssessmentFacts, 'assessment.edit' | 'audit.read'>(
  {
    'assessment.edit': (actor, a) => canEditCountry(actor, a.countryCode),
    'audit.read': (actor, a) => roleAllows(actor, 'audit.read', { countryCode: a.countryCode }),
  },
  { audit: 'audit.read' },
);

export function canRead(actor: Actor, a: AssessmentFacts): boolean {
  return a.status === 'submitted' || canEditCountry(actor, a.countryCode);
}

export function canChange(actor: Actor, a: AssessmentFacts): boolean {
  return a.status === 'draft' && canEditCountry(actor, a.countryCode);
}

export function canDelete(actor: Actor, a: AssessmentFacts): boolean {
  return a.status === 'draft' ? canEditCountry(actor, a.countryCode) : actor.isAdmin;
}

/** The caller's abilities on a round, sent with every assessment. */
export function assessmentAbilities(actor: Actor, a: AssessmentFacts): Record<string, boolean> {
  const change = canChange(actor, a);
  return {
    edit: change,
    submit: change,
    delete: canDelete(actor, a),
    ...assessmentPolicy.abilities(actor, a),
  };
}

/** Editing the rubric texts: the same people who edit the vocabularies. */
export const rubricPolicy = definePolicy<null, 'vocabulary.manage'>(
  { 'vocabulary.manage': (actor) => roleAllows(actor, 'vocabulary.manage') },
  { edit: 'vocabulary.manage' },
);
