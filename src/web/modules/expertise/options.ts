import type { Availability, ConsentMethod, CostSharing } from '../../../shared/contracts/expertise.js';

// The web app takes contract types only (no Zod at run time), so the choices are listed here;
// the types keep them to the contract's values.
export const COST_SHARING_OPTIONS: readonly CostSharing[] = [
  'provider_funded',
  'cost_shared',
  'recipient_funded',
  'third_party_funded',
  'negotiable',
];
export const AVAILABILITY_OPTIONS: readonly Availability[] = ['available', 'limited', 'unavailable'];
export const CONSENT_METHOD_OPTIONS: readonly ConsentMethod[] = [
  'written',
  'email',
  'self_registered',
  'verbal_witnessed',
];
