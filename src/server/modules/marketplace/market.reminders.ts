import { type LocaleMap, localized } from '../../../shared/locale-map.js';
import type { AppDeps } from '../../platform/module.js';
import { claimExpiring, keepersOf, type MarketTable } from './market.repository.js';
import { addDays, auditMarket, PLATFORM, todayOf } from './market.support.js';
import { findNeed } from './needs.repository.js';
import { findOffer } from './offers.repository.js';

/**
 * Expiry reminders: a live need or offer expiring within REMIND_DAYS is announced once to its
 * organisation's administrators and editors (outbox), and marked reminded; moving its expiry
 * day clears the mark. Statuses are left alone: an expired record is simply no longer listed.
 */

export const REMIND_DAYS = 14;
const BATCH = 50;

/** Sends the reminders due today; returns how many records and e-mails. Safe to run often. */
export async function remindExpiring(
  deps: AppDeps,
): Promise<{ needs: number; offers: number; mails: number }> {
  const now = deps.clock.now();
  const today = todayOf(deps.clock);
  const until = addDays(today, REMIND_DAYS);
  const counts = { needs: 0, offers: 0, mails: 0 };
  for (const table of ['needs', 'offers'] as const satisfies readonly MarketTable[]) {
    for (;;) {
      const claimed = await deps.db.transaction().execute(async (trx) => {
        const ids = await claimExpiring(trx, table, today, until, now, BATCH);
        for (const id of ids) {
          const r = table === 'needs' ? await findNeed(trx, id) : await findOffer(trx, id);
          if (!r) continue;
          const kind = table === 'needs' ? 'need' : 'offer';
          const keepers = await keepersOf(trx, r.organisation_id);
          for (const k of keepers) {
            const vars = {
              name: k.display_name,
              title: localized(r.title as LocaleMap, k.locale, r.default_locale) || '—',
              organisation: localized(r.org_name as LocaleMap, k.locale, r.org_locale),
              date: new Intl.DateTimeFormat(k.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
                new Date(`${r.expires_on}T12:00:00Z`),
              ),
              link: `${deps.config.PUBLIC_URL}/${table}/${id}`,
            };
            await deps.mailer.enqueue(trx, {
              kind: `market_expiring`,
              to: k.email,
              subject: deps.i18n.t(k.locale, `market.expiring.${kind}.subject`, vars),
              text: deps.i18n.t(k.locale, `market.expiring.${kind}.body`, vars),
            });
          }
          await auditMarket(
            trx,
            PLATFORM,
            { type: kind, id, organisationId: r.organisation_id },
            `${kind}.expiry_reminder`,
            { after: { expiresOn: r.expires_on, reminded: keepers.length } },
          );
          counts.mails += keepers.length;
        }
        return ids.length;
      });
      counts[table] += claimed;
      if (claimed < BATCH) break;
    }
  }
  if (counts.mails > 0) void deps.mailer.flush().catch(() => undefined);
  return counts;
}
