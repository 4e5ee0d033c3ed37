import { type LocaleMap, localized } from '../../../shared/locale-map.js';
import type { AppDeps } from '../../platform/module.js';
import * as repo from './notifications.repository.js';
import { SETTINGS_PATH } from './notifications.service.js';

/**
 * The weekly digest: each person who wants it and got none for a week receives one e-mail with
 * the new strong matches (stored need_matches at or above the minimum score that no digest told
 * about yet) of the live needs of their organisations. Then the matches are marked told, so the
 * next digest only carries newer ones; a person without new matches gets no e-mail.
 */

export const DIGEST_EVERY_MS = 7 * 24 * 60 * 60 * 1000;
/** At most this many matches are listed in one e-mail (the best ones); the rest wait a week. */
const MAX_LINES = 30;

const CANDIDATE_PATH: Record<string, string> = {
  offer: '/offers/',
  experience: '/experiences/',
  capability: '/capabilities/',
  country: '/countries/',
};

type Pending = Awaited<ReturnType<typeof repo.pendingMatchesFor>>[number];

function titleOf(m: Pending, locale: string): string {
  if (m.candidate_kind === 'experience') {
    const title = (m.experience_content as { title?: LocaleMap } | null)?.title;
    return localized(title, locale) || '—';
  }
  return (
    localized(m.candidate_title as LocaleMap | null, locale, m.offer_locale ?? undefined) || m.candidate_id
  );
}

/** Sends the digests due now; returns how many people got one and how many matches they listed. */
export async function sendWeeklyDigests(
  deps: AppDeps,
): Promise<{ digests: number; matches: number; skipped: number }> {
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const dueBefore = new Date(now.getTime() - DIGEST_EVERY_MS + 1);
  const counts = { digests: 0, matches: 0, skipped: 0 };
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.lockDigest(trx))) {
      counts.skipped = 1;
      return;
    }
    const min = await repo.minScore(trx);
    const people = await repo.digestRecipients(trx, dueBefore, min, today);
    // Everyone's list is read before any match is marked told: two people of one organisation
    // both hear about the same new match.
    const lists = [];
    for (const p of people)
      lists.push({ p, matches: (await repo.pendingMatchesFor(trx, p.id, min, today)).slice(0, MAX_LINES) });
    const told = new Map<string, Pending>();
    for (const { p, matches } of lists) {
      if (matches.length === 0) continue;
      const t = (key: string, vars: Record<string, unknown>) => deps.i18n.t(p.locale, key, vars);
      const lines = matches.map((m) =>
        t('mail:notifications.digest.line', {
          title: titleOf(m, p.locale),
          score: Math.round(m.score),
          need: localized(m.need_title as LocaleMap, p.locale, m.need_locale) || '—',
          link: `${deps.config.PUBLIC_URL}${CANDIDATE_PATH[m.candidate_kind] ?? '/needs/'}${m.candidate_id}`,
        }),
      );
      const vars = {
        name: p.display_name,
        count: matches.length,
        lines: lines.join('\n'),
        settingsLink: `${deps.config.PUBLIC_URL}${SETTINGS_PATH}`,
      };
      await deps.mailer.enqueue(trx, {
        kind: 'notification_digest',
        to: p.email,
        subject: t('mail:notifications.digest.subject', vars),
        text: t('mail:notifications.digest.body', vars),
      });
      await repo.setLastDigest(trx, p.id, now);
      for (const m of matches) told.set(`${m.need_id}|${m.candidate_kind}|${m.candidate_id}`, m);
      counts.digests++;
    }
    await repo.markMatchesNotified(trx, [...told.values()], now);
    counts.matches = told.size;
  });
  if (counts.digests > 0) void deps.mailer.flush().catch(() => undefined);
  return counts;
}
