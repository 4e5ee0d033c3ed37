import { z } from 'zod';
import { MAX_SITES, SEGMENT_KINDS } from '../dialogues/index.js';
import { LIMITS } from '../limits.js';
import {
  abilitiesSchema,
  localeMapSchema,
  localeSchema,
  pageQuerySchema,
  pageSchema,
  requiredLocaleMapSchema,
  timeZoneSchema,
  uuidSchema,
  visibilitySchema,
} from './common.js';

/**
 * Dialogues (issue 6): series of multi-site dialogues, their sites with IANA time zones, the slot
 * finder and the venue table. Times of day are local `HH:mm`, dates `YYYY-MM-DD`, instants UTC
 * ISO strings; the time core (src/shared/dialogues) does the zone maths.
 */

export const DIALOGUE_FORMATS = ['video', 'hybrid', 'in_person'] as const;
export const DIALOGUE_STATUSES = ['planning', 'scheduled', 'held', 'summarised'] as const;

const timeOfDay = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'errors:dialogues.time')
  .describe('Local time of day, HH:mm (24:00 allowed as an end)');
const localDate = z.iso.date('errors:dialogues.date').describe('YYYY-MM-DD');
const organisationRef = z.object({ id: z.string(), name: z.string() });

// ---- Series ---------------------------------------------------------------------------------

const seriesFields = {
  title: requiredLocaleMapSchema(LIMITS.nameMax),
  goal: localeMapSchema(LIMITS.descriptionMax).describe('What the series sets out to achieve'),
  defaultLocale: localeSchema.describe('The language the texts were written in'),
  visibility: visibilitySchema,
};

export const seriesBody = z
  .object({
    convenerOrganisationId: uuidSchema.describe('The organisation that convenes the series'),
    ...seriesFields,
    goal: seriesFields.goal.default({}),
    defaultLocale: seriesFields.defaultLocale.default('en'),
    visibility: seriesFields.visibility.default('public'),
  })
  .meta({ id: 'DialogueSeriesBody' });
export type SeriesBody = z.infer<typeof seriesBody>;

export const seriesPatch = z.object(seriesFields).partial().meta({ id: 'DialogueSeriesPatch' });
export type SeriesPatch = z.infer<typeof seriesPatch>;

export const seriesSchema = z
  .object({
    id: z.string(),
    convenerOrganisation: organisationRef,
    title: localeMapSchema(LIMITS.nameMax),
    goal: localeMapSchema(LIMITS.descriptionMax),
    defaultLocale: z.string(),
    visibility: visibilitySchema,
    isDemo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    abilities: abilitiesSchema,
  })
  .meta({ id: 'DialogueSeries' });
export type Series = z.infer<typeof seriesSchema>;

export const seriesListQuery = pageQuerySchema;
export const seriesListSchema = pageSchema(seriesSchema).meta({
  id: 'DialogueSeriesList',
  description: 'A page of the series the caller may see, newest first',
});

// ---- Sites ----------------------------------------------------------------------------------

const siteFields = z.object({
  id: uuidSchema
    .optional()
    .describe('An existing site of this dialogue, kept (with its agenda links); none for a new site'),
  city: z.string().trim().min(1).max(120),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, 'errors:validation.countryCode')
    .nullable()
    .default(null),
  organisationId: uuidSchema.nullable().default(null).describe('The organisation hosting the site'),
  venue: z.string().trim().max(300).default(''),
  room: z.string().trim().max(300).default(''),
  connection: z.string().trim().max(1000).default('').describe('Video link, dial-in, bridge details'),
  timeZone: timeZoneSchema.describe('IANA time zone, e.g. Asia/Jakarta'),
  preferredFrom: timeOfDay.default('07:00'),
  preferredTo: timeOfDay.default('22:00'),
  holidays: z.array(localDate).max(100).default([]).describe('Local public holidays'),
});

export const siteBody = siteFields
  .superRefine((s, ctx) => {
    if (s.preferredFrom >= s.preferredTo)
      ctx.addIssue({
        code: 'custom',
        path: ['preferredTo'],
        message: 'errors:dialogues.hoursOrder',
      });
  })
  .meta({ id: 'DialogueSiteBody' });
export type SiteBody = z.infer<typeof siteBody>;

export const siteSchema = z
  .object({
    id: z.string(),
    position: z.number().int(),
    city: z.string(),
    countryCode: z.string().nullable(),
    organisationId: z.string().nullable(),
    venue: z.string(),
    room: z.string(),
    connection: z.string(),
    timeZone: z.string(),
    preferredFrom: z.string(),
    preferredTo: z.string(),
    holidays: z.array(z.string()),
  })
  .meta({ id: 'DialogueSite' });

// ---- Dialogues ------------------------------------------------------------------------------

const dialogueFields = {
  seriesId: uuidSchema.nullable().describe('The series the dialogue belongs to, if any'),
  title: requiredLocaleMapSchema(LIMITS.nameMax),
  objectives: localeMapSchema(LIMITS.descriptionMax),
  defaultLocale: localeSchema,
  format: z.enum(DIALOGUE_FORMATS, 'errors:dialogues.format'),
  durationMinutes: z.number().int().min(15).max(1440).describe('15–1440 minutes'),
  visibility: visibilitySchema,
  sites: z.array(siteBody).max(MAX_SITES).describe('The sites in order; a patch replaces the whole list'),
};

export const dialogueBody = z
  .object({
    convenerOrganisationId: uuidSchema.describe('The organisation that convenes the dialogue'),
    ...dialogueFields,
    seriesId: dialogueFields.seriesId.default(null),
    objectives: dialogueFields.objectives.default({}),
    defaultLocale: dialogueFields.defaultLocale.default('en'),
    format: dialogueFields.format.default('video'),
    visibility: dialogueFields.visibility.default('public'),
    sites: dialogueFields.sites.default([]),
  })
  .meta({ id: 'DialogueBody' });
export type DialogueBody = z.infer<typeof dialogueBody>;

export const dialoguePatch = z.object(dialogueFields).partial().meta({ id: 'DialoguePatch' });
export type DialoguePatch = z.infer<typeof dialoguePatch>;

const dialogueCore = {
  id: z.string(),
  seriesId: z.string().nullable(),
  convenerOrganisation: organisationRef,
  title: localeMapSchema(LIMITS.nameMax),
  objectives: localeMapSchema(LIMITS.descriptionMax),
  defaultLocale: z.string(),
  format: z.enum(DIALOGUE_FORMATS),
  durationMinutes: z.number().int(),
  status: z.enum(DIALOGUE_STATUSES),
  startsAt: z.string().nullable(),
  cancelledAt: z.string().nullable().describe('Set when the dialogue was called off'),
  visibility: visibilitySchema,
  isDemo: z.boolean(),
  abilities: abilitiesSchema,
};

const convenerClock =
  'The site on the convener’s clock: the one the convening organisation hosts, else the first in its country, else the first';

export const dialogueSchema = z
  .object({
    ...dialogueCore,
    sites: z.array(siteSchema),
    convenerSiteId: z.string().nullable().describe(convenerClock),
    followsId: z
      .string()
      .nullable()
      .describe('The dialogue this one grew from (its "what’s next"), when the caller may see it'),
    follows: z
      .object({ id: z.string(), title: localeMapSchema(LIMITS.nameMax), defaultLocale: z.string() })
      .nullable()
      .describe('That dialogue’s title, to link to it'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Dialogue' });
export type Dialogue = z.infer<typeof dialogueSchema>;

export const dialogueSummarySchema = z
  .object({
    ...dialogueCore,
    siteCount: z.number().int(),
    convenerSite: z.object({ city: z.string(), timeZone: z.string() }).nullable().describe(convenerClock),
  })
  .meta({ id: 'DialogueSummary' });
export type DialogueSummary = z.infer<typeof dialogueSummarySchema>;

/** The groups of the list page; each pages on its own, in its own order. */
export const DIALOGUE_LIST_WHEN = ['upcoming', 'planning', 'past'] as const;
export type DialogueListWhen = (typeof DIALOGUE_LIST_WHEN)[number];

export const dialogueListQuery = pageQuerySchema.extend({
  series: uuidSchema.optional().describe('Only the dialogues of this series'),
  organisation: uuidSchema
    .optional()
    .describe('Only the dialogues this organisation convenes or hosts a site of'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'errors:validation.countryCode')
    .optional()
    .describe(
      'ISO 3166-1 alpha-2 code: only the dialogues with a site in this country or convened by one of its organisations',
    ),
  when: z
    .enum(DIALOGUE_LIST_WHEN)
    .optional()
    .describe(
      'upcoming: a start not yet ended, soonest first; planning: no start yet, newest first; ' +
        'past: ended, held, summarised or called off, latest first. Without it: all, by start, planning last',
    ),
});
export const dialogueListSchema = pageSchema(dialogueSummarySchema).meta({
  id: 'DialogueList',
  description: 'A page of the dialogues the caller may see, by start (planning last)',
});

// ---- Slot finder ----------------------------------------------------------------------------

export const slotSearchBody = z
  .object({
    fromDate: localDate.describe('First local day of the window, in `zone`'),
    toDate: localDate.describe('Last local day of the window, in `zone`'),
    zone: timeZoneSchema.describe('The zone the window’s days are read in (usually the convener’s)'),
    stepMinutes: z.number().int().min(5).max(240).default(15),
    limit: z.number().int().min(1).max(100).default(20),
    fairness: z
      .boolean()
      .default(false)
      .describe('Weigh each site by the discomfort it bore in the series’ earlier dialogues'),
  })
  .superRefine((b, ctx) => {
    if (b.fromDate > b.toDate)
      ctx.addIssue({
        code: 'custom',
        path: ['toDate'],
        message: 'errors:dialogues.windowOrder',
      });
  })
  .meta({ id: 'DialogueSlotSearch' });
export type SlotSearchBody = z.infer<typeof slotSearchBody>;

const localPoint = z.object({ date: z.string(), time: z.string() });

export const slotResultSchema = z
  .object({
    candidates: z.array(
      z.object({
        startUtc: z.string(),
        endUtc: z.string(),
        discomfort: z.number(),
        score: z.number(),
        sites: z.array(
          z.object({
            siteId: z.string(),
            city: z.string(),
            timeZone: z.string(),
            date: z.string(),
            weekday: z.number().int(),
            start: z.string(),
            end: z.string(),
            endDate: z.string(),
            offsetMinutes: z.number(),
            discomfort: z.number(),
            outsideMinutes: z.number(),
            flags: z.array(z.string()),
          }),
        ),
      }),
    ),
    window: z.object({ from: z.string(), to: z.string() }),
    considered: z.number().int(),
    eligible: z.number().int(),
    fairness: z
      .object({
        dialoguesCounted: z.number().int().describe('Earlier dialogues of the series that were counted'),
        sites: z.array(z.object({ siteId: z.string(), burden: z.number(), weight: z.number() })),
      })
      .nullable()
      .describe('Null unless fairness was asked for and the dialogue is in a series'),
    clockChanges: z.array(
      z.object({
        siteId: z.string(),
        utc: z.string(),
        from: localPoint,
        to: localPoint,
        offsetBeforeMinutes: z.number(),
        offsetAfterMinutes: z.number(),
      }),
    ),
  })
  .meta({ id: 'DialogueSlots', description: 'Candidate starts, least discomfort first' });
export type SlotResult = z.infer<typeof slotResultSchema>;

// ---- Venue table ----------------------------------------------------------------------------

export const venueQuery = z.object({
  start: z.iso.datetime({ offset: true, message: 'errors:dialogues.instant' }).optional(),
  date: localDate.optional().describe('With time and zone: the start as a local time'),
  time: timeOfDay.optional(),
  zone: timeZoneSchema.optional(),
});
export type VenueQuery = z.infer<typeof venueQuery>;

const localDateTime = z.object({
  date: z.string(),
  time: z.string(),
  weekday: z.number().int(),
  offsetMinutes: z.number(),
  abbreviation: z.string().optional(),
});

export const venueTableSchema = z
  .object({
    startUtc: z.string(),
    endUtc: z.string(),
    durationMinutes: z.number().int(),
    days: z.array(
      z.object({
        date: z.string(),
        weekday: z.number().int(),
        rows: z.array(
          z.object({
            siteId: z.string(),
            city: z.string(),
            countryCode: z.string().nullable(),
            venue: z.string(),
            room: z.string(),
            timeZone: z.string(),
            start: localDateTime,
            end: localDateTime,
            endDayOffset: z.number().int(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'DialogueVenueTable', description: 'Each site’s local start, grouped by local day' });
export type VenueTableResult = z.infer<typeof venueTableSchema>;

// ---- Agenda ---------------------------------------------------------------------------------

/** At most this many segments in one agenda. */
export const MAX_SEGMENTS = 100;

export const segmentBody = z
  .object({
    id: uuidSchema.optional().describe('A segment already on the agenda; leave out for a new one'),
    kind: z.enum(SEGMENT_KINDS, 'errors:dialogues.segmentKind'),
    title: localeMapSchema(LIMITS.nameMax).default({}),
    minutes: z
      .number('errors:dialogues.segmentMinutes')
      .int('errors:dialogues.segmentMinutes')
      .min(1, 'errors:dialogues.segmentMinutes')
      .max(1440, 'errors:dialogues.segmentMinutes')
      .describe('Length in whole minutes (1–1440)'),
    siteId: uuidSchema.nullable().default(null).describe('The site speaking: one of the dialogue’s sites'),
    countryCode: z
      .string()
      .regex(/^[A-Z]{2}$/, 'errors:validation.countryCode')
      .nullable()
      .default(null)
      .describe('The country presented, if any'),
    speaker: z.string().trim().max(300).default(''),
    moderator: z.string().trim().max(300).default(''),
  })
  .meta({ id: 'DialogueSegmentBody' });
export type SegmentBody = z.infer<typeof segmentBody>;

/**
 * Two conveners may edit a part (the agenda, the summary) at once. Each save raises the part's
 * revision; an editor sends back the one it started from, and a save based on an older one is
 * refused instead of silently replacing the other person's work.
 */
export const revisionSchema = z
  .number()
  .int()
  .describe('Raised by every save; send it back as baseRevision with the next one');
export const baseRevisionSchema = z
  .number()
  .int()
  .min(0)
  .optional()
  .describe('The revision the editor started from: another save since is a 409 and nothing is saved');

/**
 * The whole agenda in its new order: replacing the list in one go keeps a drag-to-reorder a
 * single atomic request.
 */
export const agendaBody = z
  .object({ segments: z.array(segmentBody).max(MAX_SEGMENTS), baseRevision: baseRevisionSchema })
  .meta({ id: 'DialogueAgendaBody' });
export type AgendaBody = z.infer<typeof agendaBody>;

const segmentId = z.string();

/** What the planner should see; the agenda was saved anyway (nothing is lost). */
export const agendaProblemSchema = z
  .discriminatedUnion('code', [
    z.object({
      code: z.literal('too_long'),
      overMinutes: z.number(),
      endOffsetMinutes: z.number(),
      durationMinutes: z.number(),
    }),
    z.object({ code: z.literal('invalid_length'), segmentId, minutes: z.number() }),
    z.object({ code: z.literal('overlap'), segmentId, withSegmentId: segmentId, minutes: z.number() }),
    z.object({ code: z.literal('starts_before_dialogue'), segmentId, startOffsetMinutes: z.number() }),
    z.object({ code: z.literal('duplicate_id'), segmentId }),
  ])
  .meta({ id: 'DialogueAgendaProblem' });

export const timedSegmentSchema = z
  .object({
    id: z.string(),
    position: z.number().int(),
    kind: z.enum(SEGMENT_KINDS),
    title: localeMapSchema(LIMITS.nameMax),
    minutes: z.number().int(),
    siteId: z.string().nullable(),
    countryCode: z.string().nullable(),
    speaker: z.string(),
    moderator: z.string(),
    startOffsetMinutes: z.number().int().describe('Minutes after the dialogue’s start'),
    endOffsetMinutes: z.number().int(),
    startUtc: z.string().nullable().describe('Null while the dialogue has no start'),
    endUtc: z.string().nullable(),
    local: z
      .array(z.object({ siteId: z.string(), date: z.string(), time: z.string(), weekday: z.number().int() }))
      .describe('The start on every site’s clock, in the sites’ order (empty without a start)'),
  })
  .meta({ id: 'DialogueTimedSegment' });

export const agendaSchema = z
  .object({
    dialogueId: z.string(),
    startsAt: z.string().nullable(),
    durationMinutes: z.number().int(),
    segments: z.array(timedSegmentSchema),
    totalMinutes: z.number().int(),
    endOffsetMinutes: z.number().int(),
    remainingMinutes: z.number().int().describe('Negative when the agenda runs over the dialogue'),
    problems: z.array(agendaProblemSchema).describe('Warnings, e.g. too_long; the agenda is saved'),
    revision: revisionSchema,
  })
  .meta({ id: 'DialogueAgenda', description: 'The agenda timed from the dialogue’s start' });
export type AgendaResult = z.infer<typeof agendaSchema>;
