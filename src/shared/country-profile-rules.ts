import type { ProfileDocument } from './contracts/country-profiles.js';
import type { ErrorKey } from './error-keys.js';
import type { LocaleMap } from './locale-map.js';

/** Something a draft lacks before it may be published: the field, and the message saying so. */
export interface PublishProblem {
  field: string;
  key: ErrorKey;
}

const filled = (map: LocaleMap | undefined) => Object.values(map ?? {}).some((v) => !!v && v.trim() !== '');

/**
 * What must be filled in before a profile is published, in the order of the form. Empty when the
 * draft may be published. The server refuses publication naming the first problem; the web
 * shows them all as a checklist (label: `country-fields:checklist.<last part of key>`, see
 * `checklistKey`). A draft is never refused for being incomplete, only its publication.
 */
export function publishProblems(doc: ProfileDocument): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (!doc.countryRole)
    problems.push({ field: 'countryRole', key: 'errors:countryProfiles.publish.countryRole' });
  if (!doc.bodies.some((b) => b.roles.includes('lead_agency')))
    problems.push({ field: 'bodies', key: 'errors:countryProfiles.publish.leadAgency' });
  doc.bodies.forEach((b, i) => {
    if (!b.organisationId && !filled(b.name))
      problems.push({ field: `bodies.${i}.name`, key: 'errors:countryProfiles.publish.bodyName' });
  });
  if (!doc.strategy.status)
    problems.push({ field: 'strategy.status', key: 'errors:countryProfiles.publish.strategyStatus' });
  if (!doc.coordination.mechanism)
    problems.push({
      field: 'coordination.mechanism',
      key: 'errors:countryProfiles.publish.coordinationMechanism',
    });
  for (const section of ['history', 'obstacles', 'challenges'] as const) {
    if (!filled(doc[section]))
      problems.push({ field: section, key: `errors:countryProfiles.publish.${section}` });
  }
  return problems;
}

/** The web's checklist label of a problem (defined beside the other label keys). */
export { checklistKey } from './country-profile-fields.js';
