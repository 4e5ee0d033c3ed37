import fs from 'node:fs';
import { buildApp } from '../server/app.js';
import { offlineHandle } from '../server/db/engine.js';
import type { Config } from '../server/env.js';
import { systemClock } from '../server/platform/clock.js';
import { createServerI18n } from '../server/platform/i18n.js';
import { createMailer } from '../server/platform/mail/mailer.js';

export const OPENAPI_FILE = new URL('../../openapi/openapi.json', import.meta.url);

/** The OpenAPI document as the code generates it, formatted as committed. */
export async function generateOpenApi(config: Config): Promise<string> {
  const handle = offlineHandle();
  const mailer = createMailer({
    db: handle.db,
    clock: systemClock,
    logger: console as never,
    from: config.MAIL_FROM,
  });
  const deps = {
    db: handle.db,
    engine: handle.engine,
    config,
    clock: systemClock,
    mailer,
    i18n: await createServerI18n(),
  };
  try {
    const app = await buildApp({ handle, deps, logger: false, serveWebApp: false });
    await app.ready();
    const doc = app.swagger();
    await app.close();
    return `${JSON.stringify(doc, null, 2)}\n`;
  } finally {
    await handle.close();
  }
}

/** Writes openapi/openapi.json, or with --check fails when the committed file has drifted. */
export async function openapiCommand(config: Config, check: boolean): Promise<number> {
  const fresh = await generateOpenApi(config);
  const current = fs.existsSync(OPENAPI_FILE) ? fs.readFileSync(OPENAPI_FILE, 'utf8') : '';
  if (!check) {
    fs.writeFileSync(OPENAPI_FILE, fresh);
    console.log('Wrote openapi/openapi.json');
    return 0;
  }
  if (fresh === current) {
    console.log('openapi/openapi.json matches the code.');
    return 0;
  }
  console.error('openapi/openapi.json is out of date: run `npm run openapi` and commit the result.');
  return 1;
}
