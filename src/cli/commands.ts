import { randomBytes } from 'node:crypto';
import type { Config } from '../server/env.js';
import { serve } from '../server/main.js';
import { createUserAccount } from '../server/modules/accounts/index.js';
import { remindStaleExperiences } from '../server/modules/experiences/index.js';
import { expireIntroductions } from '../server/modules/introductions/index.js';
import { remindExpiring } from '../server/modules/marketplace/index.js';
import { sendWeeklyDigests } from '../server/modules/notifications/index.js';
import { openRuntime } from '../server/runtime.js';
import { seedDemo } from '../server/seed/demo.js';
import { doctor } from './doctor.js';
import { matchCommand } from './match.js';
import { openapiCommand } from './openapi.js';
import { ensureWebBuilt } from './web-build.js';

type Flags = Record<string, string | boolean | string[] | undefined>;

/** Runs one CLI command; returns the exit code, or -1 for a server that keeps running. */
export async function runCommand(
  command: string,
  sub: string | undefined,
  flags: Flags,
  config: Config,
): Promise<number> {
  switch (command) {
    case 'start': {
      await ensureWebBuilt();
      const runtime = await openRuntime(config);
      const banner: string[] = [];
      if (config.DEMO_SEED) {
        const { seeded, login } = await seedDemo(runtime.deps);
        if (seeded) console.log('Demo data loaded (first run).');
        banner.push(
          `  demo administrator: ${login.email} / ${login.password}  (demo data — change or remove before real use)`,
        );
      }
      await serve(config, runtime, banner);
      return -1;
    }
    case 'serve': {
      const runtime = await openRuntime(config);
      await serve(config, runtime);
      return -1;
    }
    case 'migrate': {
      const runtime = await openRuntime(config);
      console.log(
        runtime.applied.length ? `Applied: ${runtime.applied.join(', ')}` : 'Database is up to date.',
      );
      await runtime.close();
      return 0;
    }
    case 'seed': {
      if (!flags.demo) throw new Error('say what to seed: kxhub seed --demo');
      const runtime = await openRuntime(config);
      const { seeded, login } = await seedDemo(runtime.deps);
      console.log(
        seeded
          ? `Demo data loaded. Administrator: ${login.email} / ${login.password}`
          : 'The database already has accounts; demo data not loaded.',
      );
      await runtime.close();
      return 0;
    }
    case 'user': {
      if (sub !== 'create') throw new Error('usage: kxhub user create --email E --name N [--admin]');
      if (typeof flags.email !== 'string' || typeof flags.name !== 'string')
        throw new Error('--email and --name are required');
      const password =
        typeof flags.password === 'string' ? flags.password : randomBytes(12).toString('base64url');
      const runtime = await openRuntime(config);
      try {
        const id = await createUserAccount(runtime.deps.db, {
          email: flags.email,
          displayName: flags.name,
          password,
          isAdmin: flags.admin === true,
          isBroker: flags.broker === true,
          coordinatorOf: (flags.coordinator as string[] | undefined)?.map((c) => c.toUpperCase()),
        });
        console.log(`Created user ${flags.email} (${id})${flags.admin ? ' as administrator' : ''}.`);
        if (typeof flags.password !== 'string') console.log(`Password: ${password}  (shown once)`);
      } finally {
        await runtime.close();
      }
      return 0;
    }
    case 'doctor':
      return doctor(config);
    case 'mail': {
      if (sub !== 'flush') throw new Error('usage: kxhub mail flush');
      const runtime = await openRuntime(config);
      const counts = await runtime.deps.mailer.flush();
      console.log(
        `Mail: ${counts.sent} sent, ${counts.logged} logged, ${counts.failed} failed (mode: ${runtime.deps.mailer.mode}).`,
      );
      await runtime.close();
      return counts.failed > 0 ? 1 : 0;
    }
    case 'experiences': {
      if (sub !== 'remind') throw new Error('usage: kxhub experiences remind');
      const runtime = await openRuntime(config);
      try {
        const counts = await remindStaleExperiences(runtime.deps);
        const mail = await runtime.deps.mailer.flush();
        console.log(
          `Re-verification reminders: ${counts.experiences} stale experience(s), ${counts.mails} e-mail(s) queued; ${mail.sent} sent, ${mail.logged} logged, ${mail.failed} failed.`,
        );
        return mail.failed > 0 ? 1 : 0;
      } finally {
        await runtime.close();
      }
    }
    case 'match':
      return matchCommand(config, { all: flags.all === true, need: flags.need as string | undefined });
    case 'market': {
      if (sub !== 'remind') throw new Error('usage: kxhub market remind');
      const runtime = await openRuntime(config);
      try {
        const counts = await remindExpiring(runtime.deps);
        const mail = await runtime.deps.mailer.flush();
        console.log(
          `Expiry reminders: ${counts.needs} need(s), ${counts.offers} offer(s), ${counts.mails} e-mail(s) queued; ${mail.sent} sent, ${mail.logged} logged, ${mail.failed} failed.`,
        );
        return mail.failed > 0 ? 1 : 0;
      } finally {
        await runtime.close();
      }
    }
    case 'introductions': {
      if (sub !== 'expire') throw new Error('usage: kxhub introductions expire');
      const runtime = await openRuntime(config);
      try {
        const counts = await expireIntroductions(runtime.deps);
        const mail = await runtime.deps.mailer.flush();
        console.log(
          `Introductions: ${counts.expired} expired, ${counts.mails} e-mail(s) queued; ${mail.sent} sent, ${mail.logged} logged, ${mail.failed} failed.`,
        );
        return mail.failed > 0 ? 1 : 0;
      } finally {
        await runtime.close();
      }
    }
    case 'notifications': {
      if (sub !== 'digest') throw new Error('usage: kxhub notifications digest');
      const runtime = await openRuntime(config);
      try {
        const counts = await sendWeeklyDigests(runtime.deps);
        const mail = await runtime.deps.mailer.flush();
        console.log(
          counts.skipped
            ? 'Weekly digest: another process is sending digests right now; nothing done.'
            : `Weekly digest: ${counts.digests} person(s) e-mailed about ${counts.matches} new match(es); ${mail.sent} sent, ${mail.logged} logged, ${mail.failed} failed.`,
        );
        return mail.failed > 0 ? 1 : 0;
      } finally {
        await runtime.close();
      }
    }
    case 'openapi':
      return openapiCommand(config, flags.check === true);
    default:
      throw new Error(`unknown command "${command}"; run kxhub --help`);
  }
}
