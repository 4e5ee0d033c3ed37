import type { AppDeps } from '../platform/module.js';
import type { DemoIds } from './demo-ids.js';

/** Demo expertise (filled in by the issue 3 work). */
export async function seedExpertise(_deps: AppDeps, _ids: DemoIds): Promise<void> {}
