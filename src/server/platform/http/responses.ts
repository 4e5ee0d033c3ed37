import { errorSchema } from '../../../shared/contracts/common.js';

/** The documented error responses of a route, all with the one error shape. */
export function errors(...codes: (400 | 401 | 403 | 404 | 409 | 410 | 413 | 429)[]) {
  return Object.fromEntries(codes.map((c) => [c, errorSchema])) as Record<number, typeof errorSchema>;
}
