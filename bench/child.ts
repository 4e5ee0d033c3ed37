/**
 * Child processes of the bench: starting node with captured output, stopping it politely then
 * firmly, waiting for it to answer over HTTP, and finding a free port for it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { onCleanup } from './cleanup.js';
import { BOOT_TIMEOUT_MS, HOST, REPO, STOP_TIMEOUT_MS, sleep } from './config.js';

/** A spawned node process with the tail of its output kept for error messages. */
export interface Child {
  name: string;
  proc: ChildProcess;
  /** The last lines the child wrote, for error messages. */
  output: string[];
  /** Lines on stderr (warnings and errors at LOG_LEVEL=warn). */
  stderrLines: string[];
  exited: Promise<number | null>;
}

/** Spawns `node args…` in the repository with `env`, capturing stdout and stderr. */
export function startChild(name: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const proc = spawn(process.execPath, args, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const stderrLines: string[] = [];
  const keep = (chunk: Buffer, isErr: boolean) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 60) output.shift();
      if (isErr && stderrLines.length < 200) stderrLines.push(line);
    }
  };
  proc.stdout?.on('data', (c: Buffer) => keep(c, false));
  proc.stderr?.on('data', (c: Buffer) => keep(c, true));
  const exited = new Promise<number | null>((resolve) => {
    proc.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)));
    proc.once('error', () => resolve(-1));
  });
  return { name, proc, output, stderrLines, exited };
}

/** Sends SIGTERM and, if the child is still alive after STOP_TIMEOUT_MS, SIGKILL. */
export async function stopChild(child: Child): Promise<void> {
  if (child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  child.proc.kill('SIGTERM');
  const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), STOP_TIMEOUT_MS).unref());
  if ((await Promise.race([child.exited, timer])) === 'timeout') {
    console.error(`${child.name} did not stop within ${STOP_TIMEOUT_MS} ms of SIGTERM; sending SIGKILL`);
    child.proc.kill('SIGKILL');
    await child.exited;
  }
}

/** Runs a one-off child (such as the seed) to completion; throws with its output unless it exits 0. */
export async function runToEnd(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = startChild(name, args, env);
  onCleanup(`stop ${name}`, () => stopChild(child));
  const code = await child.exited;
  if (code !== 0) throw new Error(`${name} exited with ${code}:\n${child.output.join('\n')}`);
}

/** A TCP port on HOST that nothing listens on at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, HOST, () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls url until it answers 200, or fails when the child exits or the time is up. */
export async function waitFor200(child: Child, url: string): Promise<void> {
  const deadline = Date.now() + BOOT_TIMEOUT_MS;
  let exitCode: number | null | undefined;
  void child.exited.then((c) => {
    exitCode = c;
  });
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(
        `${child.name} exited (${exitCode}) before ${url} answered:\n${child.output.join('\n')}`,
      );
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer 200 within ${BOOT_TIMEOUT_MS} ms:\n${child.output.join('\n')}`);
}
