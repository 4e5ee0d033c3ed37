import { originalLocale, STALE_AFTER_MONTHS, staleBefore } from '../../../shared/experience-rules.js';
import { type LocaleMap, localized } from '../../../shared/locale-map.js';
import type { AppDeps } from '../../platform/module.js';
import { asDocument } from './experiences.document.js';
import * as repo from './experiences.repository.js';
import { auditExperience, platformWho } from './experiences.service.js';

/**
 * Re-verification: a published experience last verified more than STALE_AFTER_MONTHS ago is
 * stale (readers see it marked). Its owners are e-mailed once — the author while still a member
 * of the organisation, else the organisation's administrators and editors — and not again until
 * they verify it (which clears the reminder) and it goes stale once more.
 */

const BATCH = 50;

/** Sends the reminders due now; returns how many experiences and e-mails. Safe to run often. */
export async function remindStaleExperiences(deps: AppDeps): Promise<{ experiences: number; mails: number }> {
  const now = deps.clock.now();
  const before = staleBefore(now);
  const counts = { experiences: 0, mails: 0 };
  for (;;) {
    const claimed = await deps.db.transaction().execute(async (trx) => {
      const ids = await repo.claimStale(trx, before, now, BATCH);
      for (const id of ids) {
        const e = await repo.findExperience(trx, id);
        if (!e) continue;
        const published = e.published_version
          ? await repo.findVersion(trx, id, e.published_version)
          : undefined;
        const doc = asDocument(published?.content ?? e.content);
        const owners = await repo.ownersToRemind(trx, e);
        for (const owner of owners) {
          const locale = owner.locale;
          const vars = {
            name: owner.display_name,
            title: localized(doc.title, locale, originalLocale(doc)) || '—',
            organisation: localized(e.org_name as LocaleMap, locale, e.org_locale),
            date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
              e.last_verified_at ?? now,
            ),
            months: STALE_AFTER_MONTHS,
            link: `${deps.config.PUBLIC_URL}/experiences/${id}`,
          };
          await deps.mailer.enqueue(trx, {
            kind: 'experience_reverify',
            to: owner.email,
            subject: deps.i18n.t(locale, 'experiences.reverify.subject', vars),
            text: deps.i18n.t(locale, 'experiences.reverify.body', vars),
          });
        }
        await auditExperience(trx, platformWho(null), 'experience.reverify_reminder', e, {
          after: { lastVerifiedAt: e.last_verified_at?.toISOString() ?? null, reminded: owners.length },
        });
        counts.mails += owners.length;
      }
      return ids.length;
    });
    counts.experiences += claimed;
    if (claimed < BATCH) break;
  }
  if (counts.mails > 0) void deps.mailer.flush().catch(() => undefined);
  return counts;
}
