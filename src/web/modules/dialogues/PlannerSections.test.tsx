import { describe, expect, it } from 'vitest';
import type { TimeZoneItem } from '../../../shared/contracts/reference.js';
import { AgendaRow, type AgendaRowProps } from './AgendaRow.js';
import { AgendaTotals } from './AgendaTotals.js';
import { emptySegment } from './agenda-model.js';
import { InvitationsPanel } from './InvitationsPanel.js';
import { PlannerDetails } from './PlannerDetails.js';
import { fixtureDialogue } from './planner-fixtures.js';
import { emptyDialogueDraft, emptySite } from './planner-model.js';
import { markupRenderer } from './render-test-kit.js';
import { SlotCandidates } from './SlotCandidates.js';
import { TimeZoneCombobox } from './TimeZoneCombobox.js';
import type { SlotResult } from './types.js';

const html = await markupRenderer('common');

/** The accessible names the browser journey finds the planner by. */
const labelled = (markup: string, label: string) =>
  markup.includes(`>${label}</label>`) || markup.includes(`aria-label="${label}"`);

const KOLKATA: TimeZoneItem = {
  id: 'Asia/Kolkata',
  aliases: ['Asia/Calcutta'],
  countryCode: 'IN',
  country: 'India',
  cities: ['Kolkata', 'New Delhi'],
  capital: 'New Delhi',
  note: '',
  offsetMinutes: 330,
  offset: 'UTC+05:30',
};

describe('planner: details and sites', () => {
  it('names each step by a heading and each control by its label', () => {
    const draft = {
      ...emptyDialogueDraft('en', 'org-1', ''),
      sites: [{ ...emptySite('Asia/Kolkata'), city: 'New Delhi' }],
    };
    const markup = html(
      <PlannerDetails draftKey="test.planner" creating={false} initial={draft} save={async () => {}} />,
    );
    expect(markup).toContain('>Details</h2>');
    expect(markup).toContain('>Sites</h2>');
    for (const label of [
      'Title',
      'Format',
      'Duration (minutes)',
      'City',
      'Time zone',
      'Country',
      'From',
      'To',
      'Holidays',
    ])
      expect(labelled(markup, label), label).toBe(true);
    expect(markup).toContain('>Site 1: New Delhi</legend>');
    expect(markup).toContain('>Add site</button>');
    expect(markup).toContain('>Save details and sites</button>');
    expect(markup).toContain('aria-label="Remove: Site 1: New Delhi"');
    expect(markup).toMatch(/Local time now: \d\d:\d\d \(UTC\+05:30\)/);
  });
});

describe('time-zone combobox', () => {
  it('is a combobox bound to its list, with its hint and the chosen zone spelled out', () => {
    const markup = html(
      <TimeZoneCombobox
        label="Time zone"
        name="sites.0.timeZone"
        value="Asia/Calcutta"
        zones={[KOLKATA]}
        error="is not a known time zone"
        onChange={() => {}}
      />,
    );
    expect(markup).toContain('role="combobox"');
    expect(markup).toContain('aria-autocomplete="list"');
    expect(markup).toMatch(/aria-controls="[^"]+-list"/);
    expect(markup).toContain('role="listbox"');
    expect(markup).toContain('aria-invalid="true"');
    expect(markup).toContain('is not a known time zone');
    // An older name is shown as the zone it stands for.
    expect(markup).toContain('Kolkata · India · UTC+05:30');
  });
});

describe('slot finder results', () => {
  const result: SlotResult = {
    candidates: [
      {
        startUtc: '2011-06-28T13:00:00.000Z',
        endUtc: '2011-06-28T16:00:00.000Z',
        discomfort: 60,
        score: 60,
        sites: [
          {
            siteId: 's-was',
            city: 'Washington',
            timeZone: 'America/New_York',
            date: '2011-06-28',
            weekday: 2,
            start: '09:00',
            end: '12:00',
            endDate: '2011-06-28',
            offsetMinutes: -240,
            discomfort: 0,
            outsideMinutes: 0,
            flags: [],
          },
          {
            siteId: 's-pek',
            city: 'Beijing',
            timeZone: 'Asia/Shanghai',
            date: '2011-06-28',
            weekday: 2,
            start: '21:00',
            end: '00:00',
            endDate: '2011-06-29',
            offsetMinutes: 480,
            discomfort: 60,
            outsideMinutes: 120,
            flags: ['outside_hours', 'crosses_midnight'],
          },
        ],
      },
    ],
    window: { from: '2011-06-27T04:00:00.000Z', to: '2011-07-02T04:00:00.000Z' },
    considered: 480,
    eligible: 384,
    fairness: null,
    clockChanges: [],
  };

  it('ranks options with each site’s local hours and flags, and offers to use each', () => {
    const markup = html(
      <SlotCandidates
        dialogue={fixtureDialogue({ startsAt: null })}
        result={result}
        notify
        onScheduled={() => {}}
      />,
    );
    expect(markup).toContain('1 option, from 480 start times considered (384 on working days).');
    expect(markup).toContain('Washington 09:00–12:00');
    expect(markup).toContain('Beijing 21:00–00:00 (ends the next day)');
    expect(markup).toContain('outside preferred hours, crosses midnight');
    expect(markup).toMatch(/aria-label="Use this slot: [^"]+"[^>]*>Use this slot<\/button>/);
  });
});

describe('agenda', () => {
  const props: AgendaRowProps = {
    row: { ...emptySegment('presentation', '20'), title: { en: 'Mexico' } },
    index: 1,
    count: 3,
    name: 'Segment 2: Presentation',
    dialogue: fixtureDialogue(),
    languages: ['en'],
    countries: [{ code: 'MX', name: 'Mexico', region: null, incomeGroup: null }],
    starts: [
      { siteId: 's-was', time: '09:10', dayShift: 0 },
      { siteId: 's-pek', time: '00:10', dayShift: 1 },
    ],
    errorAt: (path) =>
      path === 'segments.1.minutes' ? 'must be a whole number of minutes, at least 1' : undefined,
    onChange: () => {},
    onMove: () => {},
    onRemove: () => {},
    handle: {
      onPointerDown: () => {},
      onPointerMove: () => {},
      onPointerUp: () => {},
      onPointerCancel: () => {},
    },
    dropTarget: false,
    dragged: false,
  };

  it('shows a segment’s start on every site’s clock and the buttons that move it', () => {
    const markup = html(<AgendaRow {...props} />);
    expect(markup).toContain('Washington 09:10 · Beijing 00:10 (+1 day)');
    expect(markup).toContain('aria-label="Move up: Segment 2: Presentation"');
    expect(markup).toContain('aria-label="Move down: Segment 2: Presentation"');
    expect(markup).toContain('must be a whole number of minutes, at least 1');
    expect(markup).toContain('data-testid="drag-handle"');
  });

  it('warns when the agenda runs over the dialogue', () => {
    const rows = [{ ...emptySegment('welcome', '120') }, { ...emptySegment('qa', '75') }];
    const markup = html(<AgendaTotals rows={rows} dialogue={fixtureDialogue()} problems={[]} />);
    expect(markup).toContain('The agenda is too long');
    expect(markup).toContain('It runs 15 min over the dialogue’s 3 h.');
    expect(
      html(<AgendaTotals rows={rows.slice(0, 1)} dialogue={fixtureDialogue()} problems={[]} />),
    ).toContain('Total 2 h of 3 h (1 h left).');
  });
});

describe('invitations', () => {
  it('offers to send, download and link once the dialogue has a start', () => {
    const markup = html(<InvitationsPanel dialogue={fixtureDialogue()} />);
    expect(markup).toContain('>Invitations</h2>');
    expect(markup).toContain('>Send invitations</button>');
    expect(markup).toContain(
      'href="/api/v1/dialogues/d1/calendar.ics" download="">Download invitation (.ics)</a>',
    );
    expect(markup).toContain('>Create add-to-calendar link</button>');
    expect(html(<InvitationsPanel dialogue={fixtureDialogue({ startsAt: null })} />)).not.toContain(
      'Download invitation',
    );
  });
});
