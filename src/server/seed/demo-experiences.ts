import { experienceDocumentSchema } from '../../shared/contracts/experiences.js';
import { localized } from '../../shared/locale-map.js';
import {
  archiveAsPlatform,
  createExperienceAsPlatform,
  reviewAsPlatform,
  setViewCountAsPlatform,
  submitAsPlatform,
  verifyAsPlatform,
} from '../modules/experiences/index.js';
import type { AppDeps } from '../platform/module.js';
import { DEMO_EXPERIENCES } from './demo-experiences-data.js';
import type { DemoExperience } from './demo-experiences-types.js';
import type { DemoIds } from './demo-ids.js';
import { DEMO_ORGANISATIONS } from './demo-organisations.js';
import { DEMO_USERS } from './demo-users.js';

const DAY = 86_400_000;
const BROKER_EMAIL = 'broker@demo.kxhub.org';

const daysBefore = (d: Date, days: number) => new Date(d.getTime() - days * DAY);
const monthsBefore = (d: Date, months: number) => {
  const out = new Date(d);
  out.setUTCMonth(out.getUTCMonth() - months);
  return out;
};
const earliest = (...dates: Date[]) => new Date(Math.min(...dates.map((d) => d.getTime())));
const latest = (...dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));

/** A stable small number from a text, so demo view counts are the same on every install. */
function spread(text: string, min: number, max: number): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return min + (h % (max - min + 1));
}

/**
 * The reviewer of a demo experience: the coordinator of its organisation's country when there is
 * a demo one (and they did not write it), else the broker.
 */
function reviewerFor(d: DemoExperience, ids: DemoIds, authorId: string | null): string | null {
  const country = DEMO_ORGANISATIONS.find((o) => o.key === d.orgKey)?.countryCode;
  const coordinator = DEMO_USERS.find((u) => country && u.coordinatorOf?.includes(country));
  const candidates = [coordinator?.email, BROKER_EMAIL, 'admin@demo.kxhub.org'];
  for (const email of candidates) {
    const id = email ? ids.userIds.get(email) : undefined;
    if (id && id !== authorId) return id;
  }
  return null;
}

/**
 * Publication date of a published, stale or archived demo experience: its `verifiedOn`, kept in
 * the past; a stale one at least 13 months before now, whatever its data says.
 */
function publicationDate(d: DemoExperience, now: Date, i: number): Date {
  const given = d.verifiedOn ? new Date(`${d.verifiedOn}T12:00:00Z`) : undefined;
  if (d.state === 'stale') return earliest(given ?? monthsBefore(now, 14 + (i % 6)), monthsBefore(now, 13));
  const fallback = d.state === 'archived' ? monthsBefore(now, 20) : daysBefore(now, 20 + ((i * 11) % 200));
  return earliest(given ?? fallback, daysBefore(now, 2));
}

/**
 * Brings one demo experience to its state through the workflow's own use cases (so every step
 * is checked and audited as in real use), dated along a plausible history before `now`.
 */
async function seedOne(deps: AppDeps, ids: DemoIds, d: DemoExperience, i: number, now: Date) {
  const organisationId = ids.orgIds.get(d.orgKey);
  if (!organisationId) throw new Error(`unknown demo organisation ${d.orgKey}`);
  const authorId = ids.userIds.get(d.authorEmail) ?? null;
  const content = experienceDocumentSchema.parse(d.content);
  const reviewer = reviewerFor(d, ids, authorId);
  const by = { by: authorId };

  if (d.state === 'draft') {
    await createExperienceAsPlatform(
      deps,
      { organisationId, authorId, content, at: daysBefore(now, 1 + (i % 20)) },
      { isDemo: true },
    );
    return;
  }
  if (d.state === 'in_review' || d.state === 'sent_back') {
    const submitted = daysBefore(now, 2 + (i % 12));
    const id = await createExperienceAsPlatform(
      deps,
      { organisationId, authorId, content, at: daysBefore(submitted, 10) },
      { isDemo: true },
    );
    await submitAsPlatform(deps, id, { ...by, at: submitted });
    if (d.state === 'sent_back')
      await reviewAsPlatform(deps, id, {
        by: reviewer,
        at: new Date(submitted.getTime() + DAY),
        decision: 'changes_requested',
        comment: d.reviewComment ?? 'Please add figures that show the results.',
      });
    return;
  }

  // published, stale, archived: written, submitted, approved at the publication date.
  const published = publicationDate(d, now, i);
  const id = await createExperienceAsPlatform(
    deps,
    { organisationId, authorId, content, at: daysBefore(published, 30) },
    { isDemo: true },
  );
  await submitAsPlatform(deps, id, { ...by, at: daysBefore(published, 7) });
  await reviewAsPlatform(deps, id, { by: reviewer, at: published, decision: 'approved', comment: '' });
  const title = localized(content.title, 'en');
  await setViewCountAsPlatform(deps, id, spread(title, d.state === 'stale' ? 40 : 15, 900));
  // Published long ago but still current: its owners confirmed it recently.
  if (d.state === 'published' && published < monthsBefore(now, 11))
    await verifyAsPlatform(deps, id, { ...by, at: daysBefore(now, 5 + (i % 60)) });
  if (d.state === 'archived')
    await archiveAsPlatform(deps, id, {
      ...by,
      at: latest(daysBefore(now, 3), new Date(published.getTime() + DAY)),
    });
}

/**
 * The demo experience library (DEMO_EXPERIENCES): drafts, experiences in review or sent back
 * with the reviewer's comment, published ones (reviewed by their country's coordinator or the
 * broker), stale ones (last verified over a year ago) and archived ones.
 */
export async function seedExperiences(deps: AppDeps, ids: DemoIds): Promise<void> {
  const now = deps.clock.now();
  for (const [i, d] of DEMO_EXPERIENCES.entries()) {
    try {
      await seedOne(deps, ids, d, i, now);
    } catch (err) {
      const title = Object.values(d.content.title)[0] ?? `#${i}`;
      throw new Error(`demo experience “${title}” (${d.orgKey}, ${d.state}): ${(err as Error).message}`);
    }
  }
}
