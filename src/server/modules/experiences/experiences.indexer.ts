import { type ExperienceDocument, experienceDocumentSchema } from '../../../shared/contracts/experiences.js';
import type { Executor } from '../../db/executor.js';
import type { LocaleMap } from '../../db/schema.js';
import * as repo from './search-index.repository.js';
import { cjkBigrams, languageTextsOf, normaliseName } from './search-text.js';

/**
 * Copies an experience's published version into the columns the library searches and counts
 * (search_vector, search_names, country/region/sector/SDG/… arrays, years, languages); clears
 * them when nothing is published or the experience is archived (any status but 'published'). Called in the transaction that
 * publishes, archives or restores an experience.
 */
export async function indexExperience(ex: Executor, experienceId: string): Promise<void> {
  await indexExperiences(ex, [experienceId]);
}

/** How many experiences one indexing statement writes (bulk loads, re-indexing). */
const BATCH = 200;

/** Indexes several experiences, a batch per statement (the bench and re-indexing use it). */
export async function indexExperiences(ex: Executor, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) await indexBatch(ex, ids.slice(i, i + BATCH));
  bumpIndexGeneration();
}

const uniq = <T>(xs: Iterable<T>) => [...new Set(xs)];
const names = (map: unknown) => Object.values((map ?? {}) as LocaleMap).filter((v): v is string => !!v);

/** A stored document read leniently: defaults for whatever is missing. */
function documentOf(content: unknown): ExperienceDocument {
  const parsed = experienceDocumentSchema.safeParse(content ?? {});
  if (parsed.success) return parsed.data;
  return { ...experienceDocumentSchema.parse({}), ...(content as Partial<ExperienceDocument>) };
}

async function indexBatch(ex: Executor, ids: readonly string[]) {
  const rows = await repo.experiencesToIndex(ex, ids);
  const listed = rows.filter((r) => r.content !== null && r.status === 'published');
  const cleared = rows.filter((r) => !listed.includes(r)).map((r) => r.id);
  await repo.clearIndex(ex, cleared);
  if (listed.length === 0) return;

  const docs = new Map(listed.map((r) => [r.id, documentOf(r.content)]));
  const orgIds = uniq([
    ...listed.map((r) => r.organisation_id),
    ...[...docs.values()].flatMap((d) =>
      d.participants.map((p) => p.organisationId).filter((x) => x !== null),
    ),
  ]);
  const orgs = new Map((await repo.organisationsForIndex(ex, orgIds)).map((o) => [o.id, o]));
  const countryCodesOf = (r: (typeof listed)[number], d: ExperienceDocument) => {
    const fromParticipants = d.participants.map(
      (p) => p.countryCode ?? (p.organisationId ? orgs.get(p.organisationId)?.country_code : null) ?? null,
    );
    const codes = uniq(fromParticipants.filter((c): c is string => !!c));
    // With no participant country, the owning organisation's country stands in.
    const own = orgs.get(r.organisation_id)?.country_code;
    return codes.length === 0 && own ? [own] : codes;
  };
  const countryCodes = new Map(listed.map((r) => [r.id, countryCodesOf(r, docs.get(r.id)!)]));
  const countries = new Map(
    (await repo.countriesForIndex(ex, uniq([...countryCodes.values()].flat()))).map((c) => [c.code, c]),
  );

  const values = listed.map((r): repo.IndexValues => {
    const d = docs.get(r.id)!;
    const codes = countryCodes.get(r.id)!;
    const texts = languageTextsOf(d);
    const textLocales = texts.languages.map((l) => l.locale);
    const declared = d.languages.map((l) => l.locale);
    const original =
      d.languages.find((l) => l.status === 'original')?.locale ?? declared[0] ?? textLocales[0] ?? 'en';
    const participantOrgs = d.participants.map((p) => p.organisationId).filter((x) => x !== null);
    const orgNames = uniq([r.organisation_id, ...participantOrgs]).flatMap((id) => {
      const o = orgs.get(id);
      return o ? [...names(o.name), o.acronym ?? ''] : [];
    });
    const otherNames = uniq(
      [
        ...orgNames,
        ...d.participants.flatMap((p) => names(p.name)),
        ...codes.flatMap((c) => names(countries.get(c)?.name)),
      ]
        .map(normaliseName)
        .filter(Boolean),
    );
    const searchNames = uniq([...names(d.title).map(normaliseName), ...otherNames].filter(Boolean)).join(
      ' | ',
    );
    const sectors = uniq(d.sectors);
    return {
      id: r.id,
      original_locale: original,
      languages: uniq(declared.length ? declared : textLocales),
      country_codes: codes,
      region_codes: uniq(codes.map((c) => countries.get(c)?.region).filter((x): x is string => !!x)),
      sectors,
      sector_categories: uniq(sectors.map((s) => s.slice(0, 3))),
      sdg_targets: uniq(d.sdgTargets),
      sdg_goals: uniq(d.sdgTargets.map((t) => t.split('.')[0] ?? t)),
      modality: d.modality,
      instruments: uniq(d.instruments),
      knowledge_modes: uniq(d.knowledgeModes),
      outcomes: uniq(d.outcomes),
      assessment_dimensions: uniq(d.assessmentDimensions),
      year_start: d.periodStart,
      year_end: d.periodEnd,
      search_names: searchNames,
      texts: texts.languages,
      all: normaliseName(texts.all),
      // "PPN/Bappenas" would be one token (a path) to the parser: split such names into words.
      names: cjkBigrams(otherNames.join(' | ').replace(/[/\\]/g, ' ')),
    };
  });
  await repo.writeIndex(ex, values);
}

// Facet counts over the whole library are cached (see search.service.ts); any indexing in this
// process makes them stale at once. Other processes' changes are picked up when the cache expires.
let generation = 0;
export const indexGeneration = () => generation;
function bumpIndexGeneration() {
  generation += 1;
}
