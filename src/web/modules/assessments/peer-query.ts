import { PEER_GROUPS, type PeerGroup } from '../../../shared/contracts/assessments.js';

/** The peer group chosen on a page, kept in its address so a comparison can be shared. */
export interface PeerChoice {
  peers: PeerGroup;
  codes: string[];
}

export const PEERS_PARAM = 'peers';
export const CODES_PARAM = 'peerCodes';
export const MAX_CUSTOM_PEERS = 20;

export function readPeerChoice(params: URLSearchParams): PeerChoice {
  const raw = params.get(PEERS_PARAM);
  const peers = (PEER_GROUPS as readonly string[]).includes(raw ?? '') ? (raw as PeerGroup) : 'region';
  const codes = [
    ...new Set(
      (params.get(CODES_PARAM) ?? '')
        .toUpperCase()
        .split(',')
        .filter((c) => /^[A-Z]{2}$/.test(c)),
    ),
  ].slice(0, MAX_CUSTOM_PEERS);
  return { peers, codes };
}

/** The address query with a new choice, keeping every other parameter of the page. */
export function writePeerChoice(params: URLSearchParams, choice: PeerChoice): URLSearchParams {
  const next = new URLSearchParams(params);
  if (choice.peers === 'region') next.delete(PEERS_PARAM);
  else next.set(PEERS_PARAM, choice.peers);
  if (choice.peers === 'custom' && choice.codes.length) next.set(CODES_PARAM, choice.codes.join(','));
  else next.delete(CODES_PARAM);
  return next;
}

/** The API query of a choice (custom with no country yet asks for nothing). */
export function comparisonQuery(choice: PeerChoice): string | null {
  if (choice.peers !== 'custom') return `peers=${choice.peers}`;
  return choice.codes.length ? `peers=custom&codes=${choice.codes.join(',')}` : null;
}
