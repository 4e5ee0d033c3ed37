import type { z } from 'zod';
import type {
  boardItemSchema,
  introductionSchema,
  introductionSummarySchema,
  pipelineSchema,
} from '../../../shared/contracts/introductions.js';

// Type-only: the contract's schemas give the shapes; no Zod code reaches the browser.

/** An introduction as lists show it (pipeline). */
export type IntroductionSummary = z.infer<typeof introductionSummarySchema>;
/** An introduction as its page shows it, with the caller's abilities. */
export type Introduction = z.infer<typeof introductionSchema>;
/** GET /introductions/mine. */
export type Pipeline = z.infer<typeof pipelineSchema>;
/** One need of the broker board. */
export type BoardItem = z.infer<typeof boardItemSchema>;
/** One side of an introduction: its organisation. */
export type Party = IntroductionSummary['seeker'];
