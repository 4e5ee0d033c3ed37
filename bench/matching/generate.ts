/**
 * Generates needs and offers for the matchmaking benchmark, deterministically, from the phrase
 * banks and organisations of the experience-library benchmark (imported, not copied): a topic
 * (with its DAC sectors and SDG targets, named in six languages), the organisation's language
 * (and English for a third of them), texts of 60–120 words built from the banks' sentences, a
 * few instruments, capacities concerned, a timeframe or an availability, an expiry date.
 */
import { cjkBigrams, tsConfigOf } from '../../src/server/modules/experiences/index.js';
import {
  type BenchOrganisation,
  DIMENSIONS,
  generateOrganisations,
  INSTRUMENTS,
  prng,
  type Rng,
} from '../experiences/generate.js';
import {
  BANKS,
  type BenchLocale,
  CITIES,
  PROGRAMME_WORD,
  SYLLABLES,
  TERMS,
  TOPICS,
} from '../experiences/phrases.js';

export type { BenchOrganisation, Rng };
export { generateOrganisations, prng };

/** One language of a text, with the configuration that stems it (Chinese as bigrams, as the marketplace does). */
export interface StemmedText {
  config: string;
  text: string;
}

/** A generated need or offer, ready for jsonb_to_recordset. */
export interface GeneratedItem {
  id: string;
  organisation_id: string;
  country_code: string;
  title: Record<string, string>;
  body: Record<string, string>;
  default_locale: string;
  sectors: string[];
  sdg_targets: string[];
  instruments: string[];
  languages: string[];
  dimensions: string[];
  challenge_area: string;
  from: string | null;
  to: string | null;
  expires_on: string;
  texts: StemmedText[];
}

const AREAS = ['stakeholder_ownership', 'policy_instruments', 'organisational_arrangements'];

const fill = (template: string, slots: Record<string, () => string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => slots[k]?.() ?? k);

const day = (base: Date, days: number) =>
  new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** A uuid from the seeded generator (v4 layout), so a run's ids are repeatable. */
export function uuidFrom(rng: Rng): () => string {
  const hex = () => Math.floor(rng.next() * 16).toString(16);
  return () => {
    const h = Array.from({ length: 32 }, hex);
    h[12] = '4';
    h[16] = '89ab'[Math.floor(rng.next() * 4)]!;
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
}

function texts(
  rng: Rng,
  locale: BenchLocale,
  topic: (typeof TOPICS)[number],
  org: BenchOrganisation,
  sections: ('challenge' | 'lessons' | 'approach' | 'results')[],
) {
  const bank = BANKS[locale];
  const programme = `${PROGRAMME_WORD[locale]} ${rng.some(SYLLABLES, 3).join('')}`;
  const slots: Record<string, () => string> = {
    topic: () => topic.name[locale],
    provider: () => org.countryCode,
    recipient: () => org.countryCode,
    org: () => org.name[locale] ?? org.name.en ?? '',
    programme: () => programme,
    city: () => rng.pick(CITIES),
    n: () => String(rng.int(3, 400)),
    year: () => String(rng.int(2008, 2025)),
    term: () => rng.pick(TERMS[locale]),
  };
  const title = fill(rng.pick(bank.title), slots);
  const sentences = sections.flatMap((s) => rng.some(bank[s], rng.int(2, 3)));
  const body = sentences.map((s) => fill(s, slots)).join(locale === 'zh' ? '' : ' ');
  return { title, body };
}

/** `count` needs (kind 'need') or offers, spread over the organisations. */
export function generateItems(
  kind: 'need' | 'offer',
  count: number,
  seed: number,
  orgs: BenchOrganisation[],
  now: Date,
): GeneratedItem[] {
  const rng = prng(seed);
  const uuid = uuidFrom(rng);
  const out: GeneratedItem[] = [];
  for (let i = 0; i < count; i++) {
    const org = rng.pick(orgs);
    const topic = rng.pick(TOPICS);
    const second = rng.next() < 0.2 ? rng.pick(TOPICS) : null;
    const locales: BenchLocale[] = [org.locale];
    if (org.locale !== 'en' && rng.next() < 0.33) locales.push('en');
    const sections =
      kind === 'need' ? (['challenge', 'lessons'] as const) : (['approach', 'results'] as const);
    const title: Record<string, string> = {};
    const body: Record<string, string> = {};
    for (const l of locales) {
      const t = texts(rng, l, topic, org, [...sections]);
      title[l] = t.title;
      body[l] = t.body;
    }
    const start = rng.int(-30, 180);
    const timed = rng.next() < 0.6;
    out.push({
      id: uuid(),
      organisation_id: org.id,
      country_code: org.countryCode,
      title,
      body,
      default_locale: org.locale,
      sectors: [...new Set([...topic.sectors, ...(second?.sectors ?? [])])],
      sdg_targets: [...new Set([...topic.sdg, ...(second?.sdg ?? [])])],
      instruments: rng.some(INSTRUMENTS, rng.int(1, 3)),
      languages: [...new Set([...locales, ...(rng.next() < 0.2 ? ['en' as const] : [])])],
      dimensions: rng.some(DIMENSIONS, rng.int(1, 2)),
      challenge_area: rng.pick(AREAS),
      from: timed ? day(now, start) : null,
      to: timed ? day(now, start + rng.int(60, 540)) : null,
      expires_on: day(now, rng.int(30, 400)),
      texts: locales.map((l) => ({
        config: tsConfigOf(l),
        text: tsConfigOf(l) === 'simple' ? cjkBigrams(`${title[l]} ${body[l]}`) : `${title[l]} ${body[l]}`,
      })),
    });
  }
  return out;
}
