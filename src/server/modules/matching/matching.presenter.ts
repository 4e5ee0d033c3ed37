import type { z } from 'zod';
import type { matchSchema } from '../../../shared/contracts/marketplace.js';
import { type LocaleMap, localized } from '../../../shared/locale-map.js';
import type { Locale } from '../../../shared/locales.js';
import {
  type ExplanationLine,
  explainMatch,
  MATCHING_NAMESPACE,
  type MatchScore,
  wordExplanation,
  wordsForStems,
} from '../../../shared/matching/index.js';
import type { AppDeps } from '../../platform/module.js';
import type { CountryTable } from './matching.items.js';
import type { Ranked } from './matching.rank.js';
import { type CodeNames, codeNames } from './matching.repository.js';

type Match = z.infer<typeof matchSchema>;

/** The codes an explanation names, by the list that names them. */
function codesIn(lines: readonly ExplanationLine[]) {
  const sector: string[] = [];
  const language: string[] = [];
  const instrument: string[] = [];
  for (const { factor, reason } of lines) {
    const values = (name: string) => (reason.params[name] as string[] | undefined) ?? [];
    if (factor === 'sector') sector.push(...values('codes'), ...values('related'));
    if (factor === 'language') language.push(...values('languages'));
    if (factor === 'instrument') instrument.push(...values('instruments'));
  }
  return { sector, language, instrument };
}

/**
 * The words of an explanation in a language: each line's reason with codes named (sectors,
 * languages, instruments; SDG targets stay numbers, which is how people cite them), shared
 * stems as the words of the record's text, and lists joined as the language joins them.
 */
export function wordLines(
  deps: Pick<AppDeps, 'i18n'>,
  lines: readonly ExplanationLine[],
  names: CodeNames,
  locale: Locale,
  /** The texts of the record the matches are for: shared stems are shown as its words. */
  texts: readonly string[] = [],
): string[] {
  const t = (key: string, params?: Record<string, string | number>) =>
    deps.i18n.t(locale, `${MATCHING_NAMESPACE}:${key}`, params);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const nameOf = (table: Map<string, LocaleMap> | null, code: string) =>
    (table && localized(table.get(code), locale)) || code;
  return lines.map((line) => {
    const table =
      line.factor === 'sector'
        ? names.sector
        : line.factor === 'language'
          ? names.language
          : line.factor === 'instrument'
            ? names.instrument
            : null;
    const format = (values: readonly string[], param: string) =>
      list.format(param === 'terms' ? wordsForStems(values, texts) : values.map((v) => nameOf(table, v)));
    return wordExplanation([line], t, format)[0]!.text;
  });
}

/** The factors of a match as the API shows them: largest share first, each with its words. */
function factorsOf(match: MatchScore, lines: readonly ExplanationLine[], texts: readonly string[]) {
  return lines.map((line, i) => {
    const f = match.factors.find((x) => x.factor === line.factor)!;
    return {
      factor: line.factor,
      weight: f.weight,
      value: f.value,
      contribution: f.contribution,
      share: line.share,
      percent: line.percent,
      text: texts[i]!,
    };
  });
}

/** Ranked matches as API objects in the reader's language (one query for the names of codes). */
export async function presentMatches(
  deps: Pick<AppDeps, 'db' | 'i18n'>,
  ranked: readonly Ranked[],
  locale: Locale,
  countries: CountryTable,
  texts: readonly string[] = [],
): Promise<Match[]> {
  const explained = ranked.map((r) => ({ ...r, lines: explainMatch(r.match) }));
  const wanted = codesIn(explained.flatMap((e) => e.lines));
  const names = await codeNames(deps.db, wanted);
  const countryName = (code: string | null) => {
    const c = code ? countries.get(code) : undefined;
    return c ? localized(c.name, locale) || c.code : (code ?? '');
  };
  return explained.map(({ kind, meta, match, lines }) => {
    const org = meta.organisation;
    return {
      kind,
      id: meta.id,
      title: localized(meta.title, locale, meta.defaultLocale),
      organisation: org
        ? {
            id: org.id,
            name: localized(org.name, locale, org.locale),
            acronym: org.acronym,
            countryCode: meta.countryCode ?? '',
            countryName: countryName(meta.countryCode),
          }
        : null,
      countryCode: meta.countryCode,
      score: match.score,
      factors: factorsOf(match, lines, wordLines(deps, lines, names, locale, texts)),
    };
  });
}

/** A match as the nightly run stores it: the explanation's lines, without words (each reader words them). */
export function storedFactors(match: MatchScore) {
  return explainMatch(match)
    .filter((l) => l.stated)
    .map((l) => ({ factor: l.factor, percent: l.percent, reason: l.reason }));
}
