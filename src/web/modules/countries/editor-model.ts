import type { ProfileBody, ProfileDocument } from '../../../shared/contracts/country-profiles.js';
import { type FieldSection, PROFILE_FIELDS } from '../../../shared/country-profile-fields.js';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../../../shared/locales.js';

type Texts = Partial<Record<Locale, string>>;
const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const texts = (v: unknown): Texts => {
  const out: Texts = {};
  for (const [k, s] of Object.entries(record(v))) if (isLocale(k) && typeof s === 'string') out[k] = s;
  return out;
};
const nullable = <T>(v: unknown, ok: (x: unknown) => x is T): T | null => (ok(v) ? v : null);
const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter(isString) : []);

/** A body as the editor starts it: no organisation, no name, no role. */
export function emptyBody(): ProfileBody {
  return { organisationId: null, name: {}, roles: [], note: {} };
}

/**
 * A complete document from whatever was kept (the server's draft, a local copy from an older
 * version of the form): every section present, wrong types dropped. The web cannot run the
 * contract's Zod schema (it ships types only), so this mirrors its defaults.
 */
export function normaliseDocument(raw: unknown, locale: string): ProfileDocument {
  const d = record(raw);
  const part = (name: string) => record(d[name]);
  const legal = part('legalBasis');
  const strategy = part('strategy');
  const plan = part('nationalPlan');
  const coordination = part('coordination');
  const budget = part('budgetLine');
  const info = part('informationSystem');
  const me = part('monitoringEvaluation');
  const bodies = Array.isArray(d.bodies) ? d.bodies : [];
  return {
    countryRole: nullable(d.countryRole, isString),
    modalities: strings(d.modalities),
    bodies: bodies.map((b) => {
      const body = record(b);
      return {
        organisationId: nullable(body.organisationId, isString),
        name: texts(body.name),
        roles: strings(body.roles) as ProfileBody['roles'],
        note: texts(body.note),
      };
    }),
    legalBasis: {
      instrument: nullable(legal.instrument, isString) as ProfileDocument['legalBasis']['instrument'],
      title: texts(legal.title),
      year: nullable(legal.year, isNumber),
      url: nullable(legal.url, isString),
    },
    strategy: {
      status: nullable(strategy.status, isString) as ProfileDocument['strategy']['status'],
      title: texts(strategy.title),
      year: nullable(strategy.year, isNumber),
      url: nullable(strategy.url, isString),
    },
    nationalPlan: { mainstreamed: nullable(plan.mainstreamed, isBoolean), how: texts(plan.how) },
    coordination: {
      mechanism: nullable(coordination.mechanism, isString) as ProfileDocument['coordination']['mechanism'],
      description: texts(coordination.description),
      memberIds: strings(coordination.memberIds),
    },
    budgetLine: { exists: nullable(budget.exists, isBoolean), note: texts(budget.note) },
    informationSystem: {
      exists: nullable(info.exists, isBoolean),
      name: texts(info.name),
      url: nullable(info.url, isString),
      note: texts(info.note),
    },
    monitoringEvaluation: { exists: nullable(me.exists, isBoolean), note: texts(me.note) },
    history: texts(d.history),
    obstacles: texts(d.obstacles),
    challenges: texts(d.challenges),
    defaultLocale: isLocale(d.defaultLocale) ? d.defaultLocale : isLocale(locale) ? locale : DEFAULT_LOCALE,
  };
}

/** The multilingual paths of the document itself (bodies' names and notes are handled apart). */
const TEXT_PATHS = PROFILE_FIELDS.filter((f) => f.kind === 'text' || f.kind === 'shortText').map(
  (f) => f.path,
);

function textMaps(doc: ProfileDocument): Texts[] {
  const maps = TEXT_PATHS.map((path) =>
    path.split('.').reduce<unknown>((v, k) => record(v)[k], doc),
  ) as Texts[];
  return [...maps, ...doc.bodies.flatMap((b) => [b.name, b.note])];
}

/** The languages the profile is written in: its own language first, then any held, then the reader's. */
export function documentLanguages(doc: ProfileDocument, locale: string): string[] {
  const held = new Set<string>();
  for (const map of textMaps(doc))
    for (const [lang, text] of Object.entries(map)) if (text?.trim()) held.add(lang);
  const order = [doc.defaultLocale, ...LOCALES.filter((l) => held.has(l)), locale];
  return order.filter((l, i) => isLocale(l) && order.indexOf(l) === i);
}

function clean(map: Texts, languages: readonly string[]): Texts {
  const out: Texts = {};
  for (const lang of languages) {
    const text = isLocale(lang) ? map[lang]?.trim() : undefined;
    if (text && isLocale(lang)) out[lang] = text;
  }
  return out;
}

/**
 * The document to save: texts trimmed, blank ones and those in languages taken off the list
 * dropped, web addresses trimmed, and the first language as the profile's own.
 */
export function cleanDocument(doc: ProfileDocument, languages: readonly string[]): ProfileDocument {
  const c = (map: Texts) => clean(map, languages);
  const url = (value: string | null) => value?.trim() || null;
  const first = languages[0];
  return {
    ...doc,
    bodies: doc.bodies.map((b) => ({ ...b, name: c(b.name), note: c(b.note) })),
    legalBasis: { ...doc.legalBasis, title: c(doc.legalBasis.title), url: url(doc.legalBasis.url) },
    strategy: { ...doc.strategy, title: c(doc.strategy.title), url: url(doc.strategy.url) },
    nationalPlan: { ...doc.nationalPlan, how: c(doc.nationalPlan.how) },
    coordination: { ...doc.coordination, description: c(doc.coordination.description) },
    budgetLine: { ...doc.budgetLine, note: c(doc.budgetLine.note) },
    informationSystem: {
      ...doc.informationSystem,
      name: c(doc.informationSystem.name),
      url: url(doc.informationSystem.url),
      note: c(doc.informationSystem.note),
    },
    monitoringEvaluation: { ...doc.monitoringEvaluation, note: c(doc.monitoringEvaluation.note) },
    history: c(doc.history),
    obstacles: c(doc.obstacles),
    challenges: c(doc.challenges),
    defaultLocale: isLocale(first) ? first : doc.defaultLocale,
  };
}

export type LocalProblem = 'year' | 'url';
const YEAR_PATHS = ['legalBasis.year', 'strategy.year'] as const;
const URL_PATHS = ['legalBasis.url', 'strategy.url', 'informationSystem.url'] as const;

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Values the server would refuse even in a draft (a year outside 1900–2100, a web address that is
 * not one), by path. Autosave waits until they are fixed instead of sending a doomed request.
 */
export function localProblems(doc: ProfileDocument): Record<string, LocalProblem> {
  const out: Record<string, LocalProblem> = {};
  for (const path of YEAR_PATHS) {
    const [section, key] = path.split('.') as [keyof ProfileDocument, string];
    const year = record(doc[section])[key];
    if (typeof year === 'number' && (!Number.isInteger(year) || year < 1900 || year > 2100))
      out[path] = 'year';
  }
  for (const path of URL_PATHS) {
    const [section, key] = path.split('.') as [keyof ProfileDocument, string];
    const url = record(doc[section])[key];
    if (typeof url === 'string' && url.trim() !== '' && !isWebAddress(url)) out[path] = 'url';
  }
  return out;
}

/** The form section holding a field, for links from the publication checklist: `bodies.2.name` → bodies. */
export function sectionOf(field: string): FieldSection {
  const exact = PROFILE_FIELDS.find((f) => f.path === field || field.startsWith(`${f.path}.`));
  return exact?.section ?? 'roles';
}
