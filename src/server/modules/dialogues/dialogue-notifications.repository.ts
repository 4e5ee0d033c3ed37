import type { Executor } from '../../db/executor.js';

/** The SQL behind the inbox notifications of the dialogues module (who is told). */

/** Where a dialogue sits and who may read it (the facts of canReadConvened). */
export interface DialogueReach {
  visibility: string;
  convenerOrganisationId: string;
  countryCode: string | null;
}

/**
 * The people who act for an organisation (its active administrators and editors) and may open
 * the dialogue's page: an organisation-only dialogue is read by the convening organisation's
 * members, its country's coordinators and platform administrators only (the canSee rule), so
 * nobody is sent a title and link they could not follow.
 */
export async function actorsOfOrganisation(ex: Executor, organisationId: string, d: DialogueReach) {
  const rows = await ex
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.id')
    .where('m.organisation_id', '=', organisationId)
    .where('m.role', 'in', ['org_admin', 'editor'])
    .where('u.status', '=', 'active')
    .$if(d.visibility === 'organisation' && organisationId !== d.convenerOrganisationId, (q) =>
      q.where((eb) =>
        eb.or([
          eb('u.is_admin', '=', true),
          eb.exists(
            eb
              .selectFrom('memberships as c')
              .select('c.user_id')
              .whereRef('c.user_id', '=', 'u.id')
              .where('c.organisation_id', '=', d.convenerOrganisationId),
          ),
          eb.exists(
            eb
              .selectFrom('country_roles as r')
              .select('r.user_id')
              .whereRef('r.user_id', '=', 'u.id')
              .where('r.country_code', '=', d.countryCode ?? ''),
          ),
        ]),
      ),
    )
    .orderBy('u.id')
    .execute();
  return rows.map((r) => r.id);
}
