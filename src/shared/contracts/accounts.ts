import { z } from 'zod';
import { invalid } from '../error-keys.js';
import { LIMITS } from '../limits.js';
import { ORG_ROLES } from '../permissions.js';
import {
  abilitiesSchema,
  emailSchema,
  localeSchema,
  pageQuerySchema,
  timeZoneSchema,
  uuidSchema,
} from './common.js';

export const passwordSchema = z
  .string()
  .min(LIMITS.passwordMin, invalid('passwordLength'))
  .max(LIMITS.passwordMax)
  .refine((p) => new Set(p).size >= 5, invalid('passwordSimple'))
  .describe('At least 10 characters');

export const registerBody = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(1, invalid('required')).max(LIMITS.displayNameMax),
  locale: localeSchema.default('en'),
  timeZone: timeZoneSchema.default('UTC'),
});

export const loginBody = z.object({
  email: emailSchema,
  password: z.string().min(1, invalid('required')).max(LIMITS.passwordMax),
});

export const membershipSchema = z.object({
  organisationId: uuidSchema,
  organisationName: z.string(),
  role: z.enum(ORG_ROLES),
});

export const meSchema = z
  .object({
    id: uuidSchema,
    email: z.string(),
    displayName: z.string(),
    locale: localeSchema,
    timeZone: z.string(),
    isAdmin: z.boolean(),
    isBroker: z.boolean(),
    coordinatorOf: z.array(z.string()),
    memberships: z.array(membershipSchema),
  })
  .meta({ id: 'Me' });

export const sessionSchema = z
  .object({
    user: meSchema.nullable(),
    csrfToken: z
      .string()
      .nullable()
      .describe('Send as the x-csrf-token header on every cookie-authenticated write'),
    abilities: abilitiesSchema.describe('Platform-level abilities: organisation.create, admin pages, …'),
  })
  .meta({ id: 'Session' });

export const profileUpdateBody = z
  .object({
    displayName: z.string().trim().min(1, invalid('required')).max(LIMITS.displayNameMax),
    locale: localeSchema,
    timeZone: timeZoneSchema,
  })
  .partial();

export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1, invalid('required')).max(LIMITS.passwordMax),
  newPassword: passwordSchema,
});

export const resetRequestBody = z.object({ email: emailSchema });
export const resetConfirmBody = z.object({
  token: z.string().min(20, invalid('resetToken')).max(200),
  password: passwordSchema,
});

export const tokenCreateBody = z.object({
  name: z.string().trim().min(1, invalid('required')).max(LIMITS.tokenNameMax),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

export const apiTokenSchema = z
  .object({
    id: uuidSchema,
    name: z.string(),
    prefix: z.string(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const apiTokenCreatedSchema = apiTokenSchema.extend({
  token: z.string().describe('Shown once: store it now; only its hash is kept'),
});

export const adminUserSchema = z
  .object({
    id: uuidSchema,
    email: z.string(),
    displayName: z.string(),
    status: z.enum(['active', 'disabled']),
    isAdmin: z.boolean(),
    isBroker: z.boolean(),
    isDemo: z.boolean(),
    coordinatorOf: z.array(z.string()),
    memberships: z.array(membershipSchema),
    createdAt: z.iso.datetime(),
    lastLoginAt: z.iso.datetime().nullable(),
    abilities: abilitiesSchema,
  })
  .meta({ id: 'AdminUser' });

export const adminUserQuery = pageQuerySchema.extend({
  q: z.string().trim().max(LIMITS.searchMax).optional(),
});

export const adminUserUpdateBody = z
  .object({
    status: z.enum(['active', 'disabled']),
    isAdmin: z.boolean(),
    isBroker: z.boolean(),
    coordinatorOf: z.array(z.string().regex(/^[A-Z]{2}$/, invalid('countryCodes'))).max(20),
  })
  .partial();

export type RegisterBody = z.infer<typeof registerBody>;
export type Me = z.infer<typeof meSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type ApiToken = z.infer<typeof apiTokenSchema>;
export type AdminUser = z.infer<typeof adminUserSchema>;
