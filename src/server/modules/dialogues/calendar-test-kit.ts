import ICAL from 'ical.js';
import type { Session } from '../../test/harness.js';
import { buildDialogue, type DialogueBodyOut, JUNE_2011_SITES } from './dialogues-test-kit.js';

/**
 * What the calendar test files share: reading .ics files back with an independent parser
 * (ical.js, not the package that wrote them), finding a message's attachment, and a dialogue
 * scheduled like the June 2011 one (Washington 23:00 EDT on 28 June = 03:00 UTC on the 29th).
 */

export interface ParsedIcs {
  method: string | null;
  uid: string;
  sequence: number;
  /** DTSTART / DTEND as ical.js reads them, e.g. `2011-06-29T03:00:00Z`. */
  start: string;
  end: string;
  startInstant: string;
  status: string | null;
  summary: string;
  description: string;
  location: string;
  organizer: string | null;
  attendees: { address: string; cn: string | null; role: string | null }[];
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** Parses one VEVENT calendar with ical.js. */
export function parseIcs(source: string): ParsedIcs {
  const cal = new ICAL.Component(ICAL.parse(source));
  const vevent = cal.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const ev = new ICAL.Event(vevent);
  return {
    method: text(cal.getFirstPropertyValue('method')),
    uid: ev.uid,
    sequence: ev.sequence,
    start: ev.startDate.toString(),
    end: ev.endDate.toString(),
    startInstant: ev.startDate.toJSDate().toISOString(),
    status: text(vevent.getFirstPropertyValue('status')),
    summary: ev.summary,
    description: ev.description,
    location: ev.location,
    organizer: text(vevent.getFirstPropertyValue('organizer')),
    attendees: vevent.getAllProperties('attendee').map((p) => ({
      address: String(p.getFirstValue()),
      cn: text(p.getParameter('cn')),
      role: text(p.getParameter('role')),
    })),
  };
}

function decodePart(headers: string, body: string): string {
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable')
    return Buffer.from(
      body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  return body;
}

/** A message's Subject, its encoded words (=?UTF-8?Q?…?= / ?B?) decoded and unfolded. */
export function subjectOf(raw: string): string {
  const folded = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return folded
    .replace(/\?=\r?\n[ \t]+=\?/g, '?==?')
    .replace(/\r?\n[ \t]+/g, ' ')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodePart('content-transfer-encoding: quoted-printable', data.replace(/_/g, ' ')),
    );
}

/** The MIME parts of a raw message whose Content-Type starts with `type`, decoded, with their headers. */
export function mimeParts(raw: string, type: string) {
  const found: { headers: string; body: string }[] = [];
  for (const part of raw.split(/\r?\n--[^\r\n]+\r?\n/)) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const headers = part.slice(0, split);
    if (!new RegExp(`^content-type:\\s*${type}`, 'im').test(headers)) continue;
    const body = part
      .slice(split)
      .replace(/^\r?\n\r?\n/, '')
      .replace(/\r?\n--[^\r\n]*--\s*$/, '');
    found.push({ headers, body: decodePart(headers, body) });
  }
  return found;
}

/** Schedules a dialogue by a local time in a zone; fails the test unless 200. */
export async function schedule(as: Session, id: string, body: Record<string, unknown>) {
  const res = await as.post(`/api/v1/dialogues/${id}/schedule`, body);
  if (res.statusCode !== 200) throw new Error(`schedule failed: ${res.statusCode} ${res.body}`);
  return res.json() as { startsAt: string; status: string; cancelledAt: string | null };
}

export const JUNE_2011_START = { date: '2011-06-28', time: '23:00', zone: 'America/New_York' };

/** A June 2011 dialogue (seven sites, a connection at Washington), scheduled at its real start. */
export async function june2011(as: Session, orgId: string, overrides: Record<string, unknown> = {}) {
  const d = await buildDialogue(as, orgId, {
    sites: JUNE_2011_SITES.map((s, i) =>
      i === 0 ? { ...s, venue: 'World Bank', connection: 'https://video.example.org/kx-2011' } : s,
    ),
    ...overrides,
  });
  await schedule(as, d.id, JUNE_2011_START);
  return d as DialogueBodyOut;
}

/** Puts the participant list; fails the test unless 200. */
export async function putParticipants(as: Session, id: string, participants: object[]) {
  const res = await as.request({
    method: 'PUT',
    url: `/api/v1/dialogues/${id}/participants`,
    payload: { participants },
  });
  if (res.statusCode !== 200) throw new Error(`participants failed: ${res.statusCode} ${res.body}`);
  return (
    res.json() as {
      items: { id: string; name: string; email: string | null; invitedSequence: number | null }[];
    }
  ).items;
}
