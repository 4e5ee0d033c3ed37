import { type Attendee, createEvent } from 'ics';

/**
 * One dialogue as an iCalendar file (RFC 5545), written by the `ics` package. The package has no
 * time-zone support, so every instant is given and written in UTC (`DTSTART:20110629T030000Z`):
 * a UTC instant is the same moment in every zone, and each site's local hours are spelt out in
 * the description. The UID never changes; the SEQUENCE rises with every change of time or place
 * and with the cancellation, so calendar programs update the event they hold (RFC 5546).
 */

/** PUBLISH: a plain download or subscription; REQUEST: an invitation; CANCEL: a cancellation. */
export type IcsMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

export interface IcsAttendee {
  name: string;
  email: string;
  /** The organiser's side of the dialogue (conveners, moderators) chairs it. */
  chair: boolean;
}

export interface IcsEvent {
  method: IcsMethod;
  uid: string;
  sequence: number;
  startMs: number;
  durationMinutes: number;
  title: string;
  description: string;
  location: string;
  url: string;
  organizer: { name: string; email: string };
  attendees: readonly IcsAttendee[];
  cancelled: boolean;
  /** DTSTAMP: when this copy was made (the service's clock, not the host's). */
  stampMs: number;
}

const PRODUCT_ID = '-//KX Hub//Dialogues//EN';

/** The address in a `Name <address>` sender (MAIL_FROM), or the text itself. */
export function mailAddress(from: string): string {
  return /<([^<>\s]+)>/.exec(from)?.[1] ?? from.trim();
}

const attendee = (a: IcsAttendee): Attendee => ({
  name: a.name,
  email: a.email,
  // Replies would go to the platform's no-reply address: nobody is asked to answer.
  rsvp: false,
  partstat: 'NEEDS-ACTION',
  role: a.chair ? 'CHAIR' : 'REQ-PARTICIPANT',
});

/** The .ics text of one event; a cancelled event is STATUS:CANCELLED in whatever method. */
export function buildIcs(e: IcsEvent): string {
  const { error, value } = createEvent({
    productId: PRODUCT_ID,
    method: e.method,
    uid: e.uid,
    sequence: e.sequence,
    // Epoch milliseconds are read as instants and written in UTC (…Z).
    start: e.startMs,
    end: e.startMs + e.durationMinutes * 60_000,
    title: e.title,
    description: e.description,
    location: e.location,
    url: e.url,
    status: e.cancelled || e.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    organizer: e.organizer,
    ...(e.attendees.length > 0 ? { attendees: e.attendees.map(attendee) } : {}),
    // DTSTAMP; the package reads it although its types leave it out.
    ...({ timestamp: e.stampMs } as object),
  });
  if (error || !value) throw error ?? new Error('ics: no output');
  return value;
}
