import type { Config } from '../server/env.js';
import {
  type MatchProgress,
  matchesOfNeedAsPlatform,
  runAllMatches,
} from '../server/modules/matching/index.js';
import { openRuntime } from '../server/runtime.js';

/**
 * `kxhub match --all`: the nightly run by hand, with progress (needs done, rate, time left) and,
 * at the end, the time taken and the peak memory. `kxhub match --need ID`: one need's best
 * matches with their reasons, in English.
 */
export async function matchCommand(config: Config, flags: { all?: boolean; need?: string }): Promise<number> {
  if (!flags.all && !flags.need) throw new Error('usage: kxhub match --all | kxhub match --need ID');
  const runtime = await openRuntime(config);
  try {
    if (flags.need) await printNeed(runtime.deps, flags.need);
    else await runAll(runtime.deps);
    return 0;
  } finally {
    await runtime.close();
  }
}

const number = (n: number) => n.toLocaleString('en-GB');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

async function runAll(deps: Parameters<typeof runAllMatches>[0]) {
  let peak = process.memoryUsage().rss;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 100);
  timer.unref();
  let lastPrint = 0;
  // The rate counts from the first need scored, not from reading the database.
  let scoringFrom: number | null = null;
  const onProgress = (p: MatchProgress) => {
    sample();
    if (p.done === 0) {
      scoringFrom = p.elapsedMs;
      console.log(`Matching ${number(p.total)} live needs (read in ${seconds(p.elapsedMs)})…`);
      return;
    }
    if (p.done < p.total && p.elapsedMs - lastPrint < 1000) return;
    lastPrint = p.elapsedMs;
    const rate = (p.done / (p.elapsedMs - (scoringFrom ?? 0))) * 1000;
    const eta = rate > 0 ? (p.total - p.done) / rate : 0;
    const percent = Math.floor((100 * p.done) / Math.max(1, p.total));
    console.log(
      `  ${number(p.done)} / ${number(p.total)} needs (${percent}%) · ${number(Math.round(rate))} needs/s · ETA ${eta.toFixed(0)} s`,
    );
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await runAllMatches(deps, { onProgress });
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  sample();
  const ms = performance.now() - started;
  console.log(
    `Done: ${number(result.needs)} needs in ${seconds(ms)} (${number(Math.round((result.needs / ms) * 1000))} needs/s); ${number(result.matches)} matches stored, ${number(result.dropped)} of closed or expired needs removed; peak memory ${mib(peak)} (RSS).`,
  );
  // CPU of every thread of this process: what the run costs whatever else the machine is doing.
  console.log(
    `CPU time: ${seconds((used.user + used.system) / 1000)} in ${result.threads} scoring thread(s) and this one.`,
  );
}

const KIND_TITLE = {
  offer: 'Offers',
  experience: 'Experiences',
  capability: 'Capabilities',
  country: 'Peer countries',
};

async function printNeed(deps: Parameters<typeof runAllMatches>[0], needId: string) {
  const { items, weights } = await matchesOfNeedAsPlatform(deps, needId, { limit: 10, locale: 'en' });
  console.log(`Best matches of need ${needId} (weights: ${JSON.stringify(weights)})`);
  for (const [kind, title] of Object.entries(KIND_TITLE)) {
    const of = items.filter((m) => m.kind === kind);
    console.log(`\n${title}`);
    if (of.length === 0) console.log('  (none above the minimum score)');
    of.forEach((m, i) => {
      const who = m.organisation ? ` — ${m.organisation.name} (${m.organisation.countryCode})` : '';
      console.log(`  ${i + 1}. ${m.score.toFixed(1)}  ${m.title}${who}  [${m.id}]`);
      for (const f of m.factors.filter((x) => x.percent > 0))
        console.log(`       ${String(f.percent).padStart(3)}%  ${f.factor}: ${f.text}`);
    });
  }
}
