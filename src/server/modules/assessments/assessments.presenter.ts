import type {
  Assessment,
  AssessmentComparison,
  AssessmentHistory,
  AssessmentRating,
  AssessmentRubric,
  WhoSolved,
} from '../../../shared/contracts/assessments.js';
import { type LocaleMap, localized, pickLocale } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Column } from '../../platform/export/tabular.js';
import type { comparison, whoSolved } from './assessments.comparison.service.js';
import { assessmentAbilities, rubricPolicy } from './assessments.policy.js';
import type * as repo from './assessments.repository.js';
import type { AssessmentView, listCountryAssessments } from './assessments.service.js';

/** Assessment rows → API objects by explicit allow-list, texts in the reader's language. */

const map = (value: unknown) => (value ?? {}) as Record<string, string>;
const nameOf = (value: unknown, locale: string) => localized(value as LocaleMap, locale);

/** Every active dimension in order, unrated ones (no row, or a null rating) with rating null. */
export function toRatings(
  dimensions: readonly repo.DimensionRow[],
  ratings: readonly repo.RatingRecord[],
  locale: string,
): AssessmentRating[] {
  const byDimension = new Map(ratings.map((r) => [r.dimension, r]));
  return dimensions.map((d) => {
    const r = byDimension.get(d.code);
    return {
      dimension: d.code,
      label: nameOf(d.label, locale),
      rating: r?.rating ?? null,
      evidence: map(r?.evidence),
      evidenceText: pickLocale(r?.evidence as LocaleMap, locale)?.text ?? null,
      links: (r?.links as string[] | undefined) ?? [],
    };
  });
}

export function toAssessment(v: AssessmentView, actor: Actor, locale: string): Assessment {
  const a = v.record;
  const ratings = toRatings(v.dimensions, v.ratings, locale);
  return {
    id: a.id,
    countryCode: a.country_code,
    countryName: nameOf(a.country_name, locale),
    status: a.status,
    assessedOn: a.assessed_on,
    participants: a.participants,
    summary: map(a.summary),
    summaryText: pickLocale(a.summary as LocaleMap, locale)?.text ?? null,
    ratings,
    ratedCount: ratings.filter((r) => r.rating !== null).length,
    dimensionCount: ratings.length,
    createdBy: a.created_by_name ?? null,
    submittedBy: a.submitted_by_name ?? null,
    submittedAt: a.submitted_at?.toISOString() ?? null,
    createdAt: a.created_at.toISOString(),
    updatedAt: a.updated_at.toISOString(),
    abilities: assessmentAbilities(actor, { countryCode: a.country_code, status: a.status }),
  };
}

export function toHistory(
  h: Awaited<ReturnType<typeof listCountryAssessments>>,
  actor: Actor,
  locale: string,
): AssessmentHistory {
  return {
    country: { code: h.country.code, name: nameOf(h.country.name, locale) },
    items: h.views.map((v) => toAssessment(v, actor, locale)),
    abilities: h.abilities,
  };
}

export function toRubric(
  r: { dimensions: readonly repo.DimensionRow[]; levels: Awaited<ReturnType<typeof repo.listRubricLevels>> },
  actor: Actor,
  locale: string,
): AssessmentRubric {
  return {
    dimensions: r.dimensions.map((d) => ({
      code: d.code,
      label: nameOf(d.label, locale),
      definition: nameOf(d.definition, locale),
      levels: [0, 1, 2, 3, 4].map((level) => {
        const row = r.levels.find((l) => l.dimension === d.code && l.level === level);
        return {
          level,
          description: nameOf(row?.description, locale),
          descriptions: map(row?.description),
          edited: Boolean(row?.updated_by),
        };
      }),
    })),
    abilities: rubricPolicy.abilities(actor, null),
  };
}

export function toComparison(
  c: Awaited<ReturnType<typeof comparison>>,
  locale: string,
): AssessmentComparison {
  const labels = new Map(c.dimensions.map((d) => [d.code, nameOf(d.label, locale)]));
  return {
    country: {
      code: c.country.code,
      name: nameOf(c.country.name, locale),
      region: c.country.region,
      incomeGroup: c.country.income_group,
    },
    peerGroup: c.peerGroup,
    latest: c.latest,
    peers: c.peers
      .map((p) => ({ code: p.code, name: nameOf(p.name, locale), hasAssessment: p.hasAssessment }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    networkCount: c.networkCount,
    dimensions: c.rows.map((row) => ({ ...row, label: labels.get(row.code) ?? row.code })),
  };
}

export function toWhoSolved(w: Awaited<ReturnType<typeof whoSolved>>, locale: string): WhoSolved {
  return {
    dimension: {
      code: w.dimension.code,
      label: nameOf(w.dimension.label, locale),
      definition: nameOf(w.dimension.definition, locale),
    },
    minRating: w.minRating,
    items: w.items.map((i) => ({
      code: i.row.country_code,
      name: nameOf(i.row.country_name, locale),
      rating: i.rating.rating!,
      assessmentId: i.row.id,
      assessedOn: i.row.assessed_on,
      evidence: i.evidence,
      evidenceLocale: i.evidenceLocale,
      links: (i.rating.links as string[]) ?? [],
      experiences: i.experiences,
    })),
  };
}

/** One row of a download: a round × a dimension. */
export interface ExportRow {
  countryName: string;
  countryCode: string;
  assessedOn: string;
  status: string;
  dimension: string;
  label: string;
  rating: number | null;
  evidence: string | null;
  links: string;
}

export function countryExportRows(views: readonly AssessmentView[], locale: string): ExportRow[] {
  return views.flatMap((v) =>
    toRatings(v.dimensions, v.ratings, locale).map((r) => ({
      countryName: nameOf(v.record.country_name, locale),
      countryCode: v.record.country_code,
      assessedOn: v.record.assessed_on,
      status: v.record.status,
      dimension: r.dimension,
      label: r.label,
      rating: r.rating,
      evidence: r.evidenceText,
      links: r.links.join(' '),
    })),
  );
}

export function networkExportRows(
  n: {
    dimensions: readonly repo.DimensionRow[];
    latest: { row: repo.LatestRow; rows: repo.RatingRecord[] }[];
  },
  locale: string,
): ExportRow[] {
  return [...n.latest]
    .sort((a, b) =>
      nameOf(a.row.country_name, locale).localeCompare(nameOf(b.row.country_name, locale), locale),
    )
    .flatMap(({ row, rows }) =>
      toRatings(n.dimensions, rows, locale).map((r) => ({
        countryName: nameOf(row.country_name, locale),
        countryCode: row.country_code,
        assessedOn: row.assessed_on,
        status: 'submitted',
        dimension: r.dimension,
        label: r.label,
        rating: r.rating,
        evidence: r.evidenceText,
        links: r.links.join(' '),
      })),
    );
}

/** The columns of a download, headed in the reader's language. */
export function exportColumns(t: (key: string) => string, withStatus: boolean): Column<ExportRow>[] {
  return [
    { header: t('assessments:export.country'), value: (r) => r.countryName, width: 24 },
    { header: 'ISO 3166', value: (r) => r.countryCode, width: 9 },
    { header: t('assessments:export.assessedOn'), value: (r) => r.assessedOn, width: 12 },
    ...(withStatus
      ? [
          {
            header: t('assessments:export.status'),
            value: (r: ExportRow) => t(`assessments:status.${r.status}`),
            width: 12,
          },
        ]
      : []),
    { header: t('assessments:export.dimensionCode'), value: (r) => r.dimension, width: 24 },
    { header: t('assessments:export.dimension'), value: (r) => r.label, width: 36 },
    { header: t('assessments:export.rating'), value: (r) => r.rating, width: 8 },
    { header: t('assessments:export.evidence'), value: (r) => r.evidence, width: 60 },
    { header: t('assessments:export.links'), value: (r) => r.links, width: 40 },
  ];
}
