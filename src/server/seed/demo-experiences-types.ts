import type { ExperienceDocument } from '../../shared/contracts/experiences.js';

/** A demo experience: its document and where it stands in the workflow. */
export interface DemoExperience {
  /** Key of the owning demo organisation (see demo-organisations.ts). */
  orgKey: string;
  /** E-mail of the demo user who wrote it (see demo-users.ts); the organisation's member. */
  authorEmail: string;
  /** draft, in_review (submitted, waiting), sent_back (changes requested), published, stale (published, last verified > 12 months ago), archived. */
  state: 'draft' | 'in_review' | 'sent_back' | 'published' | 'stale' | 'archived';
  /** When it was published or last verified (ISO date), for published/stale/archived ones. */
  verifiedOn?: string;
  /** The reviewer's comment, for sent_back ones. */
  reviewComment?: string;
  /** Partial documents are completed with the contract's defaults. */
  content: Partial<ExperienceDocument> & { title: Record<string, string> };
}
