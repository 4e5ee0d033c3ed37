import type { IntroductionSide, IntroductionState } from '../../../shared/contracts/introductions.js';
import type { IntroductionSummary, Party, Pipeline } from './types.js';

/** The pipeline's groups, in the order the page shows them: what needs the reader first. */
export const PIPELINE_GROUPS = ['waitingForMe', 'waitingForOther', 'agreed', 'closed'] as const;
export type PipelineGroup = (typeof PIPELINE_GROUPS)[number];

/** One introduction of the reader's pipeline, with the side(s) their organisations take in it. */
export interface PipelineEntry {
  introduction: IntroductionSummary;
  sides: IntroductionSide[];
  group: PipelineGroup;
}

// The contract's lists are Zod modules: the web app repeats the values, the type keeps them right.
/** Every state, in the order of the workflow. */
export const STATES: readonly IntroductionState[] = [
  'suggested',
  'proposed',
  'accepted',
  'agreed',
  'declined',
  'expired',
];
const OPEN: readonly IntroductionState[] = ['proposed', 'accepted'];

type Answers = Pick<IntroductionSummary, 'state' | 'seekerAnswer' | 'providerAnswer'>;

/** The sides that still owe an answer: none once the introduction is agreed, declined or expired. */
export function pendingSides(i: Answers): IntroductionSide[] {
  if (!OPEN.includes(i.state)) return [];
  const answer = (side: IntroductionSide) => (side === 'seeker' ? i.seekerAnswer : i.providerAnswer).answer;
  return (['seeker', 'provider'] as const).filter((s) => answer(s) === null);
}

/**
 * Whose turn it is: "waiting for my answer" when the server says the reader may answer for a side
 * now (a member without the right to answer for their organisation waits like the other side).
 */
export function groupOf(i: IntroductionSummary): PipelineGroup {
  if (i.state === 'agreed') return 'agreed';
  if (i.state === 'declined' || i.state === 'expired') return 'closed';
  return i.mayAnswer.length > 0 ? 'waitingForMe' : 'waitingForOther';
}

/** The organisation on the other side; for someone on both sides, the provider. */
export function otherParty(entry: Pick<PipelineEntry, 'introduction' | 'sides'>): Party {
  const { introduction: i, sides } = entry;
  return sides.length === 1 && sides[0] === 'provider' ? i.seeker : i.provider;
}

const time = (iso: string | null) => (iso ? Date.parse(iso) : 0);

// Open ones by the deadline nearest first; finished ones by the latest news first.
const ORDER: Record<PipelineGroup, (a: IntroductionSummary, b: IntroductionSummary) => number> = {
  waitingForMe: (a, b) => time(a.expiresAt) - time(b.expiresAt),
  waitingForOther: (a, b) => time(a.expiresAt) - time(b.expiresAt),
  agreed: (a, b) => time(b.agreedAt ?? b.updatedAt) - time(a.agreedAt ?? a.updatedAt),
  closed: (a, b) => time(b.updatedAt) - time(a.updatedAt),
};

/**
 * The API's pipeline (as seeker and as provider, by state) as the page's four groups. An
 * introduction between two of the reader's organisations is listed once, with both sides.
 */
export function groupPipeline(p: Pipeline): Record<PipelineGroup, PipelineEntry[]> {
  const byId = new Map<string, { introduction: IntroductionSummary; sides: IntroductionSide[] }>();
  const add = (side: IntroductionSide, groups: Pipeline['asSeeker']) => {
    for (const list of Object.values(groups))
      for (const introduction of list) {
        const known = byId.get(introduction.id);
        if (known) known.sides.push(side);
        else byId.set(introduction.id, { introduction, sides: [side] });
      }
  };
  add('seeker', p.asSeeker);
  add('provider', p.asProvider);
  const out = Object.fromEntries(PIPELINE_GROUPS.map((g) => [g, [] as PipelineEntry[]])) as Record<
    PipelineGroup,
    PipelineEntry[]
  >;
  for (const e of byId.values()) {
    const group = groupOf(e.introduction);
    out[group].push({ ...e, group });
  }
  for (const g of PIPELINE_GROUPS) out[g].sort((a, b) => ORDER[g](a.introduction, b.introduction));
  return out;
}

/** The states in which a need or offer has introductions, with how many (none left out when 0). */
export function countsOf(counts: Partial<Record<IntroductionState, number>>): [IntroductionState, number][] {
  return STATES.map((s) => [s, counts[s] ?? 0] as [IntroductionState, number]).filter(([, n]) => n > 0);
}

/** "Name (ACR)", or the name alone. */
export const partyName = (p: Pick<Party, 'name' | 'acronym'>) =>
  p.acronym && p.acronym !== p.name ? `${p.name} (${p.acronym})` : p.name;

/** The organisation that proposed, when a side did (not a broker or the platform). */
export function proposerParty(
  i: Pick<IntroductionSummary, 'proposedAs' | 'seeker' | 'provider'>,
): Party | null {
  if (i.proposedAs === 'seeker') return i.seeker;
  if (i.proposedAs === 'provider') return i.provider;
  return null;
}
