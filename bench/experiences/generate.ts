/**
 * Generates realistic multilingual experiences for the library benchmark, deterministically
 * (a seeded PRNG): topics with their DAC sectors and SDG targets, provider and recipient
 * countries of the Global South, organisations, instruments and outcomes from the seeded
 * vocabularies, periods, and texts of 300–500 words per language built from the phrase banks.
 * Original languages: en 40%, es 22%, fr 12%, pt 10%, id 8%, zh 8%; a third of the experiences
 * carry an English (or Spanish) translation too, a few a third language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../config.js';
import {
  BANKS,
  type BenchLocale,
  CITIES,
  PROGRAMME_WORD,
  type SectionBank,
  SYLLABLES,
  TERMS,
  TOPICS,
  type Topic,
} from './phrases.js';

/** mulberry32: small, fast, good enough to make varied but repeatable data. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const some = <T>(xs: readonly T[], n: number): T[] => {
    const copy = [...xs];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
    return out;
  };
  const weighted = <T>(pairs: readonly [T, number][]): T => {
    let r = next() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of pairs) {
      r -= w;
      if (r <= 0) return v;
    }
    return pairs[pairs.length - 1]![0];
  };
  return { next, int, pick, some, weighted };
}
export type Rng = ReturnType<typeof prng>;

/** Countries of the Global South that exchange most in the benchmark's world. */
export const BENCH_COUNTRIES = [
  'MX',
  'BR',
  'CO',
  'CL',
  'PE',
  'AR',
  'EC',
  'BO',
  'GT',
  'HN',
  'SV',
  'NI',
  'CR',
  'PA',
  'DO',
  'CU',
  'UY',
  'PY',
  'HT',
  'JM',
  'TT',
  'SN',
  'ML',
  'BF',
  'CI',
  'BJ',
  'TG',
  'GH',
  'NG',
  'KE',
  'TZ',
  'UG',
  'RW',
  'ET',
  'ZM',
  'MZ',
  'MG',
  'ZA',
  'MA',
  'TN',
  'EG',
  'ID',
  'IN',
  'BD',
  'PH',
  'VN',
  'KH',
  'LA',
  'NP',
  'LK',
  'CN',
  'TH',
  'MY',
  'SG',
  'FJ',
  'WS',
  'PG',
];
/** Countries more likely to provide (weights). */
const PROVIDERS: [string, number][] = [
  ['MX', 8],
  ['BR', 9],
  ['CO', 6],
  ['CL', 5],
  ['CN', 9],
  ['IN', 8],
  ['ID', 6],
  ['SG', 5],
  ['ZA', 5],
  ['MA', 5],
  ['TH', 4],
  ['KE', 3],
  ['RW', 3],
  ['EG', 3],
  ['AR', 3],
  ['TN', 2],
  ['CR', 2],
  ['UY', 2],
  ['MY', 3],
  ['TT', 1],
];
const LANGUAGE_OF: Record<string, BenchLocale> = {
  MX: 'es',
  CO: 'es',
  CL: 'es',
  PE: 'es',
  AR: 'es',
  EC: 'es',
  BO: 'es',
  GT: 'es',
  HN: 'es',
  SV: 'es',
  NI: 'es',
  CR: 'es',
  PA: 'es',
  DO: 'es',
  CU: 'es',
  UY: 'es',
  PY: 'es',
  BR: 'pt',
  MZ: 'pt',
  SN: 'fr',
  ML: 'fr',
  BF: 'fr',
  CI: 'fr',
  BJ: 'fr',
  TG: 'fr',
  MG: 'fr',
  MA: 'fr',
  TN: 'fr',
  HT: 'fr',
  ID: 'id',
  CN: 'zh',
};

export const INSTRUMENTS = [
  'conference',
  'knowledge_fair',
  'expert_visit',
  'study_tour',
  'competition',
  'multistakeholder_dialogue',
  'twinning',
  'secondment',
  'community_of_practice',
  'training_programme',
];
export const MODALITIES = ['bilateral', 'triangular', 'regional'];
export const OUTCOMES = [
  'new_knowledge',
  'enhanced_skills',
  'improved_consensus',
  'enhanced_connectivity',
  'new_actions',
];
export const DIMENSIONS = [
  'ke_strategy',
  'mainstreaming',
  'legal_framework',
  'coordination_mechanism',
  'focal_point',
  'information_systems',
  'systematisation',
  'monitoring_evaluation',
  'financing',
  'private_sector',
  'international_partnerships',
  'political_commitment',
];
const ACTIVITIES = ['presentation', 'discussion', 'experiential', 'analytical'];
const DELIVERY = ['face_to_face', 'virtual', 'blended'];

type Names = Record<string, Partial<Record<string, string>>>;
let countryNames: Names | null = null;
/** Country names in every language, from the committed reference data. */
export function countryNameMap(): Names {
  if (!countryNames) {
    const file = path.join(REPO, 'src/server/db/reference/data/countries.json');
    const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      code: string;
      name: Record<string, string>;
    }[];
    countryNames = Object.fromEntries(rows.map((r) => [r.code, r.name]));
  }
  return countryNames;
}
const countryName = (code: string, locale: BenchLocale) =>
  countryNameMap()[code]?.[locale] ?? countryNameMap()[code]?.en ?? code;

/** A benchmark organisation: the owner of experiences or a participant. */
export interface BenchOrganisation {
  id: string;
  name: Record<string, string>;
  acronym: string;
  countryCode: string;
  locale: BenchLocale;
}

const ORG_KINDS: Record<BenchLocale, string[]> = {
  en: [
    'Ministry of Planning',
    'National Development Agency',
    'Agency for International Cooperation',
    'Institute of Public Administration',
    'Ministry of Social Development',
    'National Statistics Office',
  ],
  es: [
    'Ministerio de Planificación',
    'Agencia Nacional de Desarrollo',
    'Agencia de Cooperación Internacional',
    'Instituto de Administración Pública',
    'Ministerio de Desarrollo Social',
    'Instituto Nacional de Estadística',
  ],
  fr: [
    'Ministère du Plan',
    'Agence nationale de développement',
    'Agence de coopération internationale',
    'École nationale d’administration',
    'Ministère de l’Action sociale',
    'Institut national de la statistique',
  ],
  pt: [
    'Ministério do Planejamento',
    'Agência Nacional de Desenvolvimento',
    'Agência de Cooperação Internacional',
    'Escola de Administração Pública',
    'Ministério do Desenvolvimento Social',
    'Instituto Nacional de Estatística',
  ],
  id: [
    'Kementerian Perencanaan',
    'Badan Pembangunan Nasional',
    'Badan Kerja Sama Internasional',
    'Lembaga Administrasi Negara',
    'Kementerian Sosial',
    'Badan Pusat Statistik',
  ],
  zh: ['规划部', '国家发展署', '国际合作署', '公共管理学院', '社会发展部', '国家统计局'],
};

/** Organisations: each bench country has a few, named in its language (and English). */
export function generateOrganisations(rng: Rng, uuid: () => string): BenchOrganisation[] {
  const out: BenchOrganisation[] = [];
  for (const country of BENCH_COUNTRIES) {
    const locale = LANGUAGE_OF[country] ?? 'en';
    for (let i = 0; i < 6; i++) {
      const kind = ORG_KINDS[locale][i]!;
      const acronym = rng.some(SYLLABLES, 2).join('').toUpperCase() + rng.pick(['', 'D', 'C', 'N']);
      const name: Record<string, string> = { [locale]: `${kind} (${countryName(country, locale)})` };
      if (locale !== 'en') name.en = `${ORG_KINDS.en[i]} (${countryName(country, 'en')})`;
      out.push({ id: uuid(), name, acronym, countryCode: country, locale });
    }
  }
  return out;
}

const ORIGINALS: [BenchLocale, number][] = [
  ['en', 40],
  ['es', 22],
  ['fr', 12],
  ['pt', 10],
  ['id', 8],
  ['zh', 8],
];

function fill(template: string, slots: Record<string, () => string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => slots[k]?.() ?? k);
}

/** A paragraph of `n` sentences from a bank (each template at most twice). */
function paragraph(rng: Rng, bank: string[], n: number, slots: Record<string, () => string>, zh: boolean) {
  const chosen = [
    ...rng.some(bank, Math.min(n, bank.length)),
    ...rng.some(bank, Math.max(0, n - bank.length)),
  ];
  return chosen.map((s) => fill(s, slots)).join(zh ? '' : ' ');
}

/** What one generated experience holds (an ExperienceDocument) and where it belongs. */
export interface GeneratedExperience {
  organisationId: string;
  content: Record<string, unknown>;
  publishedAt: Date;
  lastVerifiedAt: Date;
  viewCount: number;
}

/** One experience: topics, countries, codes and texts in its languages. */
export function generateExperience(
  rng: Rng,
  orgs: BenchOrganisation[],
  orgsByCountry: Map<string, BenchOrganisation[]>,
  now: Date,
): GeneratedExperience {
  const provider = rng.weighted(PROVIDERS);
  const recipients = rng.some(
    BENCH_COUNTRIES.filter((c) => c !== provider),
    rng.weighted([
      [1, 70],
      [2, 20],
      [3, 10],
    ]),
  );
  const recipient = recipients[0]!;
  const modality =
    recipients.length > 1
      ? 'regional'
      : rng.weighted([
          ['bilateral', 75],
          ['triangular', 25],
        ] as [string, number][]);
  const topics = rng.some(
    TOPICS,
    rng.weighted([
      [1, 65],
      [2, 35],
    ] as [number, number][]),
  );
  const topic = topics[0] as Topic;
  const owner =
    rng.next() < 0.6 ? rng.pick(orgsByCountry.get(recipient)!) : rng.pick(orgsByCountry.get(provider)!);
  const partner = rng.pick(orgs);
  const original =
    rng.next() < 0.5 && LANGUAGE_OF[recipient] ? LANGUAGE_OF[recipient]! : rng.weighted(ORIGINALS);
  const locales: BenchLocale[] = [original];
  if (rng.next() < 0.33) locales.push(original === 'en' ? 'es' : 'en');
  if (rng.next() < 0.05)
    locales.push(rng.pick((['fr', 'pt', 'id'] as BenchLocale[]).filter((l) => !locales.includes(l))));
  const programme = rng.some(SYLLABLES, rng.int(2, 3)).join('');
  const programmeName = programme[0]!.toUpperCase() + programme.slice(1);
  const city = rng.pick(CITIES);
  const yearStart = rng.int(2004, 2024);
  const yearEnd = Math.min(2026, yearStart + rng.int(0, 5));

  const texts: Record<string, Record<string, string>> = {
    title: {},
    summary: {},
    challenge: {},
    approach: {},
    results: {},
    lessons: {},
    didNotWork: {},
  };
  for (const locale of locales) {
    const bank: SectionBank = BANKS[locale];
    const zh = locale === 'zh';
    const slots: Record<string, () => string> = {
      topic: () => rng.pick(topics).name[locale],
      provider: () => countryName(provider, locale),
      recipient: () => countryName(rng.pick(recipients), locale),
      org: () => owner.name[locale] ?? owner.name.en ?? owner.acronym,
      programme: () =>
        zh ? `${programmeName}${PROGRAMME_WORD.zh}` : `${PROGRAMME_WORD[locale]} ${programmeName}`,
      city: () => city,
      n: () => String(rng.int(3, 900)),
      year: () => String(rng.int(yearStart - 3, yearEnd)),
      term: () => rng.pick(TERMS[locale]),
    };
    const title = fill(rng.pick(bank.title), { ...slots, topic: () => topic.name[locale] });
    texts.title![locale] = zh ? title : title[0]!.toUpperCase() + title.slice(1);
    texts.summary![locale] = paragraph(rng, bank.summary, rng.int(3, 4), slots, zh);
    texts.challenge![locale] = paragraph(rng, bank.challenge, rng.int(4, 6), slots, zh);
    texts.approach![locale] = paragraph(rng, bank.approach, rng.int(5, 8), slots, zh);
    texts.results![locale] = paragraph(rng, bank.results, rng.int(3, 5), slots, zh);
    texts.lessons![locale] = paragraph(rng, bank.lessons, rng.int(3, 4), slots, zh);
    texts.didNotWork![locale] = paragraph(rng, bank.didNotWork, rng.int(1, 3), slots, zh);
  }
  const sectors = [...new Set(topics.flatMap((x) => x.sectors))];
  const sdgTargets = [...new Set(topics.flatMap((x) => x.sdg))];
  const participants = [
    { countryCode: provider, organisationId: null, name: {}, role: 'provider' },
    ...recipients.map((c) => ({
      countryCode: c,
      organisationId: c === owner.countryCode ? owner.id : null,
      name: {},
      role: 'recipient',
    })),
    ...(modality === 'triangular'
      ? [{ countryCode: null, organisationId: partner.id, name: {}, role: 'facilitator' }]
      : []),
  ];
  const ageDays = rng.int(1, 6 * 365);
  const publishedAt = new Date(now.getTime() - ageDays * 86_400_000 - rng.int(0, 86_399_999));
  const verifiedAgo = rng.next() < 0.8 ? rng.int(0, Math.min(ageDays, 360)) : ageDays;
  return {
    organisationId: owner.id,
    publishedAt,
    lastVerifiedAt: new Date(now.getTime() - verifiedAgo * 86_400_000),
    viewCount: Math.floor(rng.next() ** 3 * 5000),
    content: {
      ...texts,
      instruments: rng.some(INSTRUMENTS, rng.int(1, 3)),
      activityTypes: rng.some(ACTIVITIES, rng.int(1, 2)),
      deliveryMode: rng.pick(DELIVERY),
      durationMonths: rng.int(3, 48),
      participants,
      costs: { amount: null, currency: null, paidBy: {}, note: {} },
      periodStart: yearStart,
      periodEnd: yearEnd,
      sectors,
      sdgTargets,
      modality,
      knowledgeModes: rng.some(['transfer', 'sharing'], rng.int(1, 2)),
      outcomes: rng.some(OUTCOMES, rng.int(1, 3)),
      assessmentDimensions: rng.some(DIMENSIONS, rng.int(0, 3)),
      contact: { name: '', email: null },
      links: [],
      languages: locales.map((l, i) => ({ locale: l, status: i === 0 ? 'original' : 'machine' })),
    },
  };
}
