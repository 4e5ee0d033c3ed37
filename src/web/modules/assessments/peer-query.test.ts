import { describe, expect, it } from 'vitest';
import { comparisonQuery, readPeerChoice, writePeerChoice } from './peer-query.js';

describe('the peer group in the address', () => {
  it('reads the group and the chosen countries, ignoring junk', () => {
    expect(readPeerChoice(new URLSearchParams(''))).toEqual({ peers: 'region', codes: [] });
    expect(readPeerChoice(new URLSearchParams('peers=custom&peerCodes=br,CL,BR,xyz,'))).toEqual({
      peers: 'custom',
      codes: ['BR', 'CL'],
    });
    expect(readPeerChoice(new URLSearchParams('peers=planet')).peers).toBe('region');
  });

  it('writes a choice, keeping the page’s other parameters', () => {
    const base = new URLSearchParams('tab=profile&peers=income');
    expect(writePeerChoice(base, { peers: 'region', codes: [] }).toString()).toBe('tab=profile');
    expect(writePeerChoice(base, { peers: 'custom', codes: ['CL', 'KE'] }).toString()).toBe(
      'tab=profile&peers=custom&peerCodes=CL%2CKE',
    );
  });

  it('asks the API only once a custom group has a country', () => {
    expect(comparisonQuery({ peers: 'income', codes: [] })).toBe('peers=income');
    expect(comparisonQuery({ peers: 'custom', codes: [] })).toBeNull();
    expect(comparisonQuery({ peers: 'custom', codes: ['CL'] })).toBe('peers=custom&codes=CL');
  });
});
