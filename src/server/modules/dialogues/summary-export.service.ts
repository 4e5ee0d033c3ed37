import { venueTable } from '../../../shared/dialogues/index.js';
import { type LocaleMap, localized } from '../../../shared/locale-map.js';
import { todayOf } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/http/context.js';
import type { AppDeps } from '../../platform/module.js';
import { toAction } from './actions.presenter.js';
import * as actions from './actions.repository.js';
import { toAgenda } from './agenda.presenter.js';
import { findSegments } from './agenda.repository.js';
import { convenerSite } from './convener-site.js';
import { canReadConvened } from './dialogues.policy.js';
import { convenedFacts } from './dialogues.presenter.js';
import { findSeries } from './dialogues.repository.js';
import { getDialogue } from './dialogues.service.js';
import { renderDocx } from './export-docx.js';
import { renderMarkdown } from './export-markdown.js';
import { fileSlug } from './file-slug.js';
import { toSummary } from './summary.presenter.js';
import { readableSummary } from './summary.service.js';
import type { Words } from './summary-export.annexes.js';
import { buildSummaryDocument } from './summary-export.js';
import { withTimeErrors } from './time-errors.js';

/** The summary of a dialogue the caller may see, as a document to download (Markdown or DOCX). */

export type ExportFormat = 'md' | 'docx';

async function summaryDocument(deps: AppDeps, ctx: RequestContext, id: string) {
  const { row, sites } = await getDialogue(deps, ctx, id);
  const w: Words = {
    locale: ctx.locale,
    textLocale: row.default_locale,
    t: (key, vars) => deps.i18n.t(ctx.locale, `dialogue-export:${key}`, vars),
  };
  const today = todayOf(deps.clock);
  const series = row.series_id ? await findSeries(deps.db, row.series_id) : undefined;
  const seen = series && canReadConvened(ctx.actor, convenedFacts(series));
  const venues =
    row.starts_at && sites.length
      ? withTimeErrors(() =>
          venueTable(
            sites.map((s) => ({ ...s, zone: s.time_zone })),
            new Date(row.starts_at!),
            row.duration_minutes,
          ),
        )
      : null;
  const model = buildSummaryDocument(
    {
      dialogue: row,
      convenerName: localized(row.org_name as LocaleMap, ctx.locale, row.org_locale),
      seriesTitle: seen ? localized(series.title, ctx.locale, series.default_locale) : null,
      summary: toSummary(await readableSummary(deps.db, row, ctx.actor), ctx.locale),
      actions: (await actions.listDialogueActions(deps.db, id)).map((a) =>
        toAction(a, ctx.actor, ctx.locale, today),
      ),
      agenda: toAgenda(row, sites, await findSegments(deps.db, id)),
      sites,
      venues,
      convenerSiteId: convenerSite(sites, row.convener_organisation_id, row.org_country)?.id ?? null,
    },
    w,
  );
  const date = row.starts_at ? new Date(row.starts_at).toISOString().slice(0, 10) : '';
  const fileBase = [fileSlug(w.t('fileName')), date, fileSlug(model.title)].filter(Boolean).join('-');
  return { model, fileBase };
}

/** The summary document in a format, with the name it is downloaded under. */
export async function exportSummary(deps: AppDeps, ctx: RequestContext, id: string, format: ExportFormat) {
  const { model, fileBase } = await summaryDocument(deps, ctx, id);
  const body = format === 'md' ? renderMarkdown(model) : await renderDocx(model);
  return { body, fileName: `${fileBase}.${format}` };
}
