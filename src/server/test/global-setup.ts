import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

/** Builds the migrated template database once per test run, on the engine under test. */
export default async function setup(): Promise<() => Promise<void>> {
  process.env.KX_TEST_RUN ??= `${process.pid}_${randomBytes(3).toString('hex')}`;
  // Imported after the run id is set: databases.ts derives the template names from it.
  const { openDatabase } = await import('../db/engine.js');
  const { migrate } = await import('../db/migrate.js');
  const { syncReferenceData } = await import('../modules/reference/index.js');
  const { TEMPLATE_DB, TEMPLATE_DIR, testServerUrl, withAdminClient, withDatabase } = await import(
    './databases.js'
  );
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
    return async () => {
      await withAdminClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`));
    };
  }
  fs.rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  const h = await openDatabase({ dataDir: TEMPLATE_DIR });
  await migrate(h);
  await syncReferenceData(h.db);
  await h.close();
  console.log('[tests] engine: pglite');
  return async () => fs.rmSync(TEMPLATE_DIR, { recursive: true, force: true });
}
