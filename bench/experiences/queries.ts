/**
 * The searches the benchmark runs: a few hundred varied library queries built from the same
 * phrase banks as the data, in classes a reader's searches fall into. Each is run with and
 * without facets.
 */
import { BENCH_COUNTRIES, INSTRUMENTS, MODALITIES, prng } from './generate.js';
import { BENCH_LOCALES, type BenchLocale, CITIES, TOPICS } from './phrases.js';

export type QueryClass = 'browse' | 'topic' | 'name' | 'broad' | 'filtered' | 'chinese' | 'syntax';

export interface BenchQuery {
  cls: QueryClass;
  /** The query string of GET /api/v1/experiences, without facets (added per run). */
  qs: string;
}

/** How many base queries of each class (each runs twice: with and without facets). */
const MIX: Record<QueryClass, number> = {
  browse: 24,
  topic: 45,
  name: 22,
  broad: 15,
  filtered: 30,
  chinese: 8,
  syntax: 6,
};

/** Words most experiences share (they match 20–90% of the library). */
const BROAD: [string, BenchLocale][] = [
  ['ministry', 'en'],
  ['cooperation', 'en'],
  ['pilot', 'en'],
  ['training', 'en'],
  ['evaluation', 'en'],
  ['government', 'en'],
  ['data', 'en'],
  ['exchange', 'en'],
  ['cooperación', 'es'],
  ['programa', 'es'],
  ['coopération', 'fr'],
  ['expérience', 'fr'],
  ['cooperação', 'pt'],
  ['pemerintah', 'id'],
  ['experience', 'en'],
];

/** Names readers type, some misspelt. */
const NAMES = [
  'Mexico',
  'México',
  'Kenya',
  'Brasil',
  'Indonesia',
  'Singapur',
  'Sénégal',
  'Marruecos',
  'Vietnam',
  'Mozambiqe',
  'Cochabmba',
  'Medellín',
  'Kisumu',
  'Surabaya',
  'Bhopal',
  'Rwanda',
  'Colombie',
  'Filipinas',
  'Bangladesh',
  'Tanzanie',
  'Marrakech',
  'Guayaquil',
];

/** Reproducible query mix. */
export function benchQueries(seed: number): BenchQuery[] {
  const rng = prng(seed);
  const out: BenchQuery[] = [];
  const add = (cls: QueryClass, params: Record<string, string | undefined>) => {
    const qs = new URLSearchParams(
      Object.entries(params).filter((e): e is [string, string] => !!e[1]),
    ).toString();
    out.push({ cls, qs });
  };
  const locale = () => rng.pick(['en', 'en', 'es', 'fr', 'pt', 'id', 'zh', 'ar']);
  const topicWords = (l: BenchLocale) => rng.pick(TOPICS).name[l];
  const oneFilter = (): Record<string, string> =>
    rng.pick([
      () => ({ country: rng.pick(BENCH_COUNTRIES) }),
      () => ({ sector: rng.pick(TOPICS).sectors[0]!.slice(0, 3) }),
      () => ({ sector: rng.pick(TOPICS).sectors[0]! }),
      () => ({ sdg: rng.pick(TOPICS).sdg[0]!.split('.')[0]! }),
      () => ({ region: rng.pick(['298', '498', '798', '889']) }),
      () => ({ language: rng.pick(BENCH_LOCALES) }),
      () => ({ modality: rng.pick(MODALITIES) }),
      () => ({ instrument: rng.pick(INSTRUMENTS) }),
      () => ({ yearFrom: String(rng.int(2005, 2020)), yearTo: String(rng.int(2021, 2026)) }),
    ])();

  for (let i = 0; i < MIX.browse; i++) {
    if (i === 0) add('browse', {});
    else if (i === 1) add('browse', { sort: 'views' });
    else if (i % 3 === 0) add('browse', { ...oneFilter(), ...oneFilter(), locale: locale() });
    else add('browse', { ...oneFilter(), sort: rng.pick(['newest', 'views']), locale: locale() });
  }
  for (let i = 0; i < MIX.topic; i++) {
    const l = rng.pick(BENCH_LOCALES.filter((x) => x !== 'zh'));
    const words = topicWords(l);
    // The whole topic, or its first word or two (as people shorten).
    const q = rng.next() < 0.6 ? words : words.split(' ').slice(0, rng.int(1, 2)).join(' ');
    add('topic', { q, locale: rng.next() < 0.6 ? l : locale() });
  }
  for (let i = 0; i < MIX.name; i++) add('name', { q: NAMES[i % NAMES.length], locale: locale() });
  for (let i = 0; i < MIX.broad; i++) {
    const [q, l] = BROAD[i % BROAD.length]!;
    add('broad', { q, locale: rng.next() < 0.5 ? l : 'en', ...(i % 4 === 3 ? { sort: 'newest' } : {}) });
  }
  for (let i = 0; i < MIX.filtered; i++) {
    const l = rng.pick(BENCH_LOCALES.filter((x) => x !== 'zh'));
    const q = rng.next() < 0.7 ? topicWords(l) : rng.pick(CITIES);
    add('filtered', { q, ...oneFilter(), ...(i % 3 === 0 ? oneFilter() : {}), locale: l });
  }
  for (let i = 0; i < MIX.chinese; i++) {
    const words = topicWords('zh');
    add('chinese', { q: i % 2 ? words.slice(0, 2) : words, locale: 'zh' });
  }
  const syntax = [
    '"school feeding"',
    '"gestión de residuos"',
    'water -irrigation',
    'microfinance or microfinanzas',
    '"digital government" Kenya',
    'vaccination -Mexico',
  ];
  for (let i = 0; i < MIX.syntax; i++) add('syntax', { q: syntax[i % syntax.length], locale: 'en' });
  return out;
}
