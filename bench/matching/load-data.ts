/**
 * Loads the generated organisations, needs and offers in batches (one INSERT … SELECT FROM
 * jsonb_to_recordset per thousand rows), with `lexemes` computed in SQL as the marketplace
 * computes them: the distinct stemmed words of every language, each with its configuration.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/server/db/executor.js';
import type { BenchOrganisation, GeneratedItem } from './generate.js';

const BATCH = 1000;

const LEXEMES = sql`ARRAY(SELECT DISTINCT w FROM jsonb_to_recordset(x.texts) AS t(config text, text text),
  unnest(tsvector_to_array(to_tsvector(t.config::regconfig, t.text))) AS w ORDER BY w)`;

const RECORD = sql`x(id uuid, organisation_id uuid, country_code text, title jsonb, body jsonb,
  default_locale text, sectors text[], sdg_targets text[], instruments text[], languages text[],
  dimensions text[], challenge_area text, "from" date, "to" date, expires_on date, texts jsonb)`;

export async function loadOrganisations(db: Db, orgs: BenchOrganisation[]) {
  const rows = orgs.map((o) => ({
    id: o.id,
    name: o.name,
    acronym: o.acronym,
    country_code: o.countryCode,
    default_locale: o.locale,
  }));
  await sql`INSERT INTO organisations (id, name, acronym, org_type, country_code, default_locale, is_demo)
    SELECT x.id, x.name, x.acronym, '10', x.country_code, x.default_locale, true
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS x(id uuid, name jsonb, acronym text, country_code text, default_locale text)`.execute(db);
}

/** Inserts needs or offers; returns the milliseconds taken. */
export async function loadItems(db: Db, kind: 'need' | 'offer', items: GeneratedItem[]): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < items.length; i += BATCH) {
    const json = JSON.stringify(items.slice(i, i + BATCH));
    if (kind === 'need')
      await sql`INSERT INTO needs (id, organisation_id, country_code, title, challenge, default_locale,
          challenge_area, dimensions, sectors, sdg_targets, instruments, languages, timeframe_from,
          timeframe_to, expires_on, lexemes, is_demo)
        SELECT x.id, x.organisation_id, x.country_code, x.title, x.body, x.default_locale, x.challenge_area,
          x.dimensions, x.sectors, x.sdg_targets, x.instruments, x.languages, x."from", x."to", x.expires_on,
          ${LEXEMES}, true
        FROM jsonb_to_recordset(${json}::jsonb) AS ${RECORD}`.execute(db);
    else
      await sql`INSERT INTO offers (id, organisation_id, country_code, title, description, default_locale,
          dimensions, sectors, sdg_targets, instruments, languages, available_from, available_to,
          expires_on, lexemes, is_demo)
        SELECT x.id, x.organisation_id, x.country_code, x.title, x.body, x.default_locale, x.dimensions,
          x.sectors, x.sdg_targets, x.instruments, x.languages, x."from", x."to", x.expires_on, ${LEXEMES}, true
        FROM jsonb_to_recordset(${json}::jsonb) AS ${RECORD}`.execute(db);
  }
  await sql`ANALYZE ${sql.table(kind === 'need' ? 'needs' : 'offers')}`.execute(db);
  return performance.now() - start;
}
