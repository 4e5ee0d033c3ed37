import type { AppDeps } from '../platform/module.js';
import type { DemoIds } from './demo-ids.js';

/** Demo assessments (filled in by the issue 3 work). */
export async function seedAssessments(_deps: AppDeps, _ids: DemoIds): Promise<void> {}
