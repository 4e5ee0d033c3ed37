import { describe, expect, it } from 'vitest';
import type { DialogueAction, DialogueSummaryResult } from '../../../shared/contracts/dialogue-followup.js';
import type { VenueTableResult } from '../../../shared/contracts/dialogues.js';
import { ActionsItem } from './ActionsItem.js';
import { fixtureDialogue } from './planner-fixtures.js';
import { RecordFacts } from './RecordFacts.js';
import { SummaryContent } from './RecordSummary.js';
import { VenueTable } from './RecordVenues.js';
import { markupRenderer } from './render-test-kit.js';

const html = await markupRenderer('dialogue-record');

const SUMMARY: DialogueSummaryResult = {
  dialogueId: 'd1',
  status: 'summarised',
  highlights: { en: 'Peer learning works.' },
  topics: [
    {
      id: 't1',
      position: 0,
      title: { en: 'Leadership' },
      ideas: [
        {
          id: 'i1',
          position: 0,
          text: { es: 'Los líderes importan.' },
          dimension: { code: 'leadership', label: 'Leadership and vision' },
          sector: { code: '15110', label: 'Public sector policy' },
        },
      ],
    },
  ],
  attendance: {
    sites: [
      { siteId: 's1', city: 'Jakarta', attendees: 6 },
      { siteId: 's2', city: 'Bogotá', attendees: null },
    ],
    total: 6,
  },
  revision: 3,
};

describe('the summary as read', () => {
  const out = html(<SummaryContent s={SUMMARY} defaultLocale="en" />);

  it('shows highlights, then key ideas under their topic with their tags', () => {
    expect(out).toContain('<h2 id="highlights-heading">Highlights</h2>');
    expect(out).toContain('<h3 id="topic-t1" lang="en" dir="auto">Leadership</h3>');
    // An idea written in Spanish only is shown in Spanish, and marked so for screen readers.
    expect(out).toContain('<span lang="es" dir="auto">Los líderes importan.</span>');
    expect(out).toContain('Dimension: Leadership and vision');
    expect(out).toContain('Sector: 15110 Public sector policy');
  });

  it('lists attendance per site with the total, an unknown count said in words', () => {
    expect(out).toContain('<th scope="row">Jakarta</th><td>6</td>');
    expect(out).toContain('<th scope="row">Bogotá</th><td>Not recorded</td>');
    expect(out).toContain('<th scope="row">Total</th><td>6</td>');
  });
});

describe('the dialogue’s facts', () => {
  it('link to the dialogue it follows, under its title in the reader’s language', () => {
    const follows = { id: 'd0', title: { es: 'Primer diálogo' }, defaultLocale: 'es' };
    const out = html(<RecordFacts d={fixtureDialogue({ followsId: 'd0', follows })} />);
    expect(out).toMatch(/<dt>Follows<\/dt><dd><a lang="es" href="\/dialogues\/d0"[^>]*>Primer diálogo<\/a>/);
    expect(html(<RecordFacts d={fixtureDialogue()} />)).not.toContain('Follows');
  });
});

describe('the venue table', () => {
  const row = (
    siteId: string,
    city: string,
    date: string,
    time: string,
    end: string,
    endDayOffset: number,
  ) => ({
    siteId,
    city,
    countryCode: null,
    venue: '',
    room: '',
    timeZone: 'Asia/Jakarta',
    start: { date, time, weekday: 3, offsetMinutes: 420 },
    end: { date, time: end, weekday: 3, offsetMinutes: 420 },
    endDayOffset,
  });
  const table: VenueTableResult = {
    startUtc: '2011-06-29T03:00:00.000Z',
    endUtc: '2011-06-29T06:00:00.000Z',
    durationMinutes: 180,
    days: [
      { date: '2011-06-28', weekday: 2, rows: [row('w', 'Washington', '2011-06-28', '23:00', '02:00', 1)] },
      { date: '2011-06-29', weekday: 3, rows: [row('j', 'Jakarta', '2011-06-29', '10:00', '13:00', 0)] },
    ],
  };
  const out = html(<VenueTable table={table} caption="Venues" />);

  it('groups the sites under a heading per local day', () => {
    expect(out.match(/<tbody>/g)).toHaveLength(2);
    expect(out).toMatch(/<th scope="rowgroup" colSpan="3">Tuesday[^<]*28[^<]*2011<\/th>/);
    expect(out).toContain('<th scope="row">Washington</th><td><span class="clock">23:00–02:00</span>');
    expect(out).toContain('<span class="clock-note"> (ends the next day)</span>');
    expect(out).toContain('UTC+07:00');
  });
});

const action = (over: Partial<DialogueAction>): DialogueAction => ({
  id: 'a1',
  dialogue: { id: 'd1', title: { en: 'June dialogue' }, seriesId: null },
  kind: 'action',
  position: 0,
  text: { en: 'Share the method' },
  ownerName: 'Ana',
  ownerOrganisation: { id: 'o1', name: 'MSP' },
  dueOn: '2011-07-15',
  doneAt: null,
  overdue: true,
  nextDialogueId: null,
  abilities: { update: true, delete: true, nextDialogue: false },
  ...over,
});
const noop = () => undefined;

describe('an action', () => {
  it('says it is overdue in words, names owner and due date, and offers what the abilities allow', () => {
    const out = html(<ActionsItem action={action({})} onChanged={noop} onRemoved={noop} showDialogue />);
    expect(out).toContain('>Overdue</span>');
    expect(out).toContain('Owner: Ana, MSP');
    expect(out).toMatch(/Due Friday[^<]*15[^<]*2011/);
    expect(out).toContain('aria-label="Mark done: Share the method"');
    expect(out).toContain('href="/dialogues/d1"');
    expect(out).not.toContain('Make it the next dialogue');
  });

  it('done: offers to reopen; a reader without abilities gets no buttons', () => {
    const done = html(
      <ActionsItem
        action={action({ doneAt: '2011-07-10T12:00:00.000Z', overdue: false })}
        onChanged={noop}
        onRemoved={noop}
      />,
    );
    expect(done).toContain('Done on');
    expect(done).toContain('>Reopen</button>');
    const read = html(
      <ActionsItem
        action={action({ kind: 'next', abilities: { update: false, delete: false, nextDialogue: false } })}
        onChanged={noop}
        onRemoved={noop}
      />,
    );
    expect(read).not.toContain('<button');
  });

  it('an item of what’s next can become the next dialogue', () => {
    const out = html(
      <ActionsItem
        action={action({
          kind: 'next',
          overdue: false,
          abilities: { update: true, delete: true, nextDialogue: true },
        })}
        onChanged={noop}
        onRemoved={noop}
      />,
    );
    expect(out).toContain('>Make it the next dialogue</button>');
  });
});
