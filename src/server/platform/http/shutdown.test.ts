import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../test/harness.js';

let t: TestApp | undefined;
afterAll(async () => {
  // close() below already shut the HTTP side; this releases the database.
  await t?.runtime.close();
});

describe('graceful shutdown', () => {
  it('finishes a request in flight, then refuses new connections', async () => {
    t = await testApp({}, (app) => {
      app.get('/api/test/slow', async () => {
        await sleep(400);
        return { finished: true };
      });
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const inFlight = fetch(`http://127.0.0.1:${port}/api/test/slow`).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }));
    await sleep(100); // the request is now being handled
    const closing = t.app.close(); // what SIGTERM does in src/server/main.ts
    const answered = await inFlight;
    expect(answered).toEqual({ status: 200, body: { finished: true } });
    await closing;
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
  });
});
