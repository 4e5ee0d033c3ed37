import { z } from 'zod';
import { LIMITS } from '../limits.js';
import {
  abilitiesSchema,
  localeMapSchema,
  pageSchema,
  requiredLocaleMapSchema,
  uuidSchema,
} from './common.js';
import { baseRevisionSchema, DIALOGUE_STATUSES, revisionSchema } from './dialogues.js';

/**
 * Dialogues, part 3 (issue 6): after the dialogue — attendance per site, the summary (overall
 * highlights, key ideas under topics, each idea possibly tagged to a self-assessment dimension
 * or a DAC sector), follow-up actions tracked to done, and "what's next" items that can become
 * the next dialogue of the series. Texts are multilingual maps like everywhere else.
 */

const localDate = z.iso.date('errors:dialogues.date');
const code = z.string().trim().min(1).max(20);

// ---- Attendance -----------------------------------------------------------------------------

export const attendanceBody = z
  .object({
    sites: z
      .array(
        z.object({
          siteId: uuidSchema,
          attendees: z.number().int().min(0).max(100000).nullable().describe('Null: not known'),
        }),
      )
      .max(50),
    participants: z
      .array(z.object({ id: uuidSchema, attended: z.boolean().nullable() }))
      .max(500)
      .default([]),
  })
  .meta({ id: 'DialogueAttendanceBody', description: 'Recording attendance marks the dialogue held' });
export type AttendanceBody = z.infer<typeof attendanceBody>;

// ---- Summary --------------------------------------------------------------------------------

const ideaBody = z.object({
  id: uuidSchema.optional(),
  text: requiredLocaleMapSchema(LIMITS.descriptionMax),
  dimension: code.nullable().default(null).describe('A code of the assessment_dimension vocabulary'),
  sector: code.nullable().default(null).describe('A DAC 5-digit purpose code or 3-digit category'),
});

const topicBody = z.object({
  id: uuidSchema.optional(),
  title: requiredLocaleMapSchema(LIMITS.nameMax),
  ideas: z.array(ideaBody).max(100),
});

/** The whole summary at once (the editor saves drafts the same way). */
export const summaryBody = z
  .object({
    highlights: localeMapSchema(LIMITS.descriptionMax),
    topics: z.array(topicBody).max(50),
    publish: z.boolean().default(false).describe('Mark the dialogue summarised; a held dialogue only'),
    baseRevision: baseRevisionSchema,
  })
  .meta({ id: 'DialogueSummaryBody' });
export type SummaryBody = z.infer<typeof summaryBody>;

const labelled = z.object({ code: z.string(), label: z.string() }).nullable();

export const summarySchema = z
  .object({
    dialogueId: z.string(),
    status: z.enum(DIALOGUE_STATUSES),
    highlights: localeMapSchema(LIMITS.descriptionMax),
    topics: z.array(
      z.object({
        id: z.string(),
        position: z.number().int(),
        title: localeMapSchema(LIMITS.nameMax),
        ideas: z.array(
          z.object({
            id: z.string(),
            position: z.number().int(),
            text: localeMapSchema(LIMITS.descriptionMax),
            dimension: labelled,
            sector: labelled,
          }),
        ),
      }),
    ),
    attendance: z.object({
      sites: z.array(
        z.object({ siteId: z.string(), city: z.string(), attendees: z.number().int().nullable() }),
      ),
      total: z.number().int().nullable().describe('Null when no site has a count'),
    }),
    revision: revisionSchema,
  })
  .meta({ id: 'DialogueSummaryContent', description: 'Highlights, key ideas under topics, attendance' });
export type DialogueSummaryResult = z.infer<typeof summarySchema>;

// ---- Actions and "what's next" ---------------------------------------------------------------

export const ACTION_KINDS = ['action', 'next'] as const;

const actionFields = {
  kind: z.enum(ACTION_KINDS, 'errors:dialogues.actionKind'),
  text: requiredLocaleMapSchema(LIMITS.descriptionMax),
  ownerName: z.string().trim().max(200),
  ownerOrganisationId: uuidSchema.nullable(),
  dueOn: localDate.nullable(),
};

export const actionBody = z
  .object({
    ...actionFields,
    kind: actionFields.kind.default('action'),
    ownerName: actionFields.ownerName.default(''),
    ownerOrganisationId: actionFields.ownerOrganisationId.default(null),
    dueOn: actionFields.dueOn.default(null),
  })
  .meta({ id: 'DialogueActionBody' });
export type ActionBody = z.infer<typeof actionBody>;

export const actionPatch = z
  .object({ ...actionFields, done: z.boolean().describe('Tick off (true) or reopen (false)') })
  .partial()
  .meta({ id: 'DialogueActionPatch' });
export type ActionPatch = z.infer<typeof actionPatch>;

export const actionSchema = z
  .object({
    id: z.string(),
    dialogue: z.object({
      id: z.string(),
      title: localeMapSchema(LIMITS.nameMax),
      seriesId: z.string().nullable(),
    }),
    kind: z.enum(ACTION_KINDS),
    position: z.number().int(),
    text: localeMapSchema(LIMITS.descriptionMax),
    ownerName: z.string(),
    ownerOrganisation: z.object({ id: z.string(), name: z.string() }).nullable(),
    dueOn: z.string().nullable(),
    doneAt: z.string().nullable(),
    overdue: z.boolean(),
    nextDialogueId: z.string().nullable().describe('The dialogue this "what\'s next" item became'),
    abilities: abilitiesSchema,
  })
  .meta({ id: 'DialogueAction' });
export type DialogueAction = z.infer<typeof actionSchema>;

export const dialogueActionsSchema = z.object({ items: z.array(actionSchema) }).meta({
  id: 'DialogueActionList',
  description: 'A dialogue’s actions then "what\'s next" items, in order',
});

/** Actions across the dialogues the caller may see: the actions list page. */
export const actionSearchQuery = z.object({
  status: z.enum(['open', 'done', 'all']).default('open'),
  organisation: uuidSchema.optional().describe('Owned by this organisation'),
  series: uuidSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const actionPageSchema = pageSchema(actionSchema).meta({ id: 'DialogueActionPage' });

/** Turning a "what's next" item into the next dialogue of the series. */
export const nextDialogueBody = z
  .object({
    title: requiredLocaleMapSchema(LIMITS.nameMax).optional().describe('Defaults to the item’s text'),
    copySites: z.boolean().default(true).describe('Start from the same sites'),
  })
  .meta({ id: 'DialogueNextBody' });
export type NextDialogueBody = z.infer<typeof nextDialogueBody>;
