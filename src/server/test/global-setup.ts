import fs from 'node:fs';
import { openDatabase } from '../db/engine.js';
import { migrate } from '../db/migrate.js';
import { syncReferenceData } from '../modules/reference/index.js';
import { TEMPLATE_DB, TEMPLATE_DIR, testServerUrl, withAdminClient, withDatabase } from './databases.js';

/** Builds the migrated template database once per test run, on the engine under test. */
export default async function setup(): Promise<void> {
  const server = testServerUrl();
  if (server) {
    await withAdminClient(server, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    });
    const h = await openDatabase({ databaseUrl: withDatabase(server, TEMPLATE_DB), dataDir: '' });
    await migrate(h);
    await syncReferenceData(h.db);
    await h.close();
    console.log(`[tests] engine: postgres (${server})`);
    return;
  }
  fs.rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  const h = await openDatabase({ dataDir: TEMPLATE_DIR });
  await migrate(h);
  await syncReferenceData(h.db);
  await h.close();
  console.log('[tests] engine: pglite');
}
