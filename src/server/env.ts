import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting KX Hub reads from the environment, validated at boot.
 * README.md "Configuration" documents the same list; keep them in step.
 */
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(1, 65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: int(1, 24 * 90).default(24 * 14),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: bool.default(false),
  BODY_LIMIT_BYTES: int(1024, 50 * 1024 * 1024).default(1024 * 1024),
  ATTACHMENT_MAX_BYTES: int(1024, 1024 * 1024 * 1024).default(10 * 1024 * 1024),
  RATE_LIMIT_AUTH_PER_MINUTE: int(1, 100000).default(10),
  RATE_LIMIT_WRITE_PER_MINUTE: int(1, 100000).default(120),
  RATE_LIMIT_READ_PER_MINUTE: int(1, 1000000).default(1200),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('KX Hub <no-reply@kxhub.localhost>'),
  DEMO_SEED: bool.default(true),
});

export type RawEnv = z.infer<typeof envSchema>;

/** Settings after validation, with derived values filled in. */
export interface Config extends RawEnv {
  DATA_DIR: string;
  PUBLIC_URL: string;
  COOKIE_SECURE: boolean;
}

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError listing every bad variable by name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      return `  ${name}: ${issue.message} (got ${JSON.stringify(env[name] ?? '')})`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee README.md, "Configuration".`);
  }
  const raw = parsed.data;
  const publicUrl = (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, '');
  return {
    ...raw,
    DATA_DIR: path.resolve(cwd, raw.DATA_DIR),
    PUBLIC_URL: publicUrl,
    COOKIE_SECURE: raw.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
  };
}
