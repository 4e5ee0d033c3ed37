import { describe, expect, it } from 'vitest';
import {
  emptyParticipant,
  participantDraftsOf,
  participantsBodyOf,
  rowsBySite,
} from './participants-model.js';

describe('participants', () => {
  const saved = participantDraftsOf([
    {
      id: 'p1',
      siteId: 's1',
      name: 'Ana',
      email: 'ana@example.org',
      userId: 'u1',
      role: 'speaker',
      attended: null,
      invitedSequence: 0,
    },
    {
      id: 'p2',
      siteId: 's2',
      name: 'Budi',
      email: null,
      userId: null,
      role: 'participant',
      attended: null,
      invitedSequence: null,
    },
  ]);

  it('sends the whole list, new rows without id, blank e-mails as null, accounts kept', () => {
    const rows = [...saved, { ...emptyParticipant('s1'), name: ' Chen ', email: '  ' }];
    expect(participantsBodyOf(rows).participants).toEqual([
      { id: 'p1', siteId: 's1', name: 'Ana', email: 'ana@example.org', userId: 'u1', role: 'speaker' },
      { id: 'p2', siteId: 's2', name: 'Budi', email: null, userId: null, role: 'participant' },
      { siteId: 's1', name: 'Chen', email: null, userId: null, role: 'participant' },
    ]);
  });

  it('shows the rows by site in the sites’ order, each with its place in the list (for errors)', () => {
    const rows = [...saved, { ...emptyParticipant('s1'), name: 'Chen' }];
    const groups = rowsBySite(rows, ['s2', 's1', 's3']);
    expect(groups.map((g) => [g.siteId, g.rows.map((r) => [r.row.name, r.index])])).toEqual([
      ['s2', [['Budi', 1]]],
      [
        's1',
        [
          ['Ana', 0],
          ['Chen', 2],
        ],
      ],
      ['s3', []],
    ]);
  });
});
