import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, type ReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Attached files on disk, content-addressed: `DATA_DIR/attachments/<first 2 hex of sha256>/<sha256>`.
 * The same bytes attached twice are stored once; a file is removed when no row refers to it any
 * more (the service asks the repository, then calls `remove`). Uploads are written to
 * `attachments/tmp/` on the same file system and renamed into place, so a reader never sees a
 * half-written file.
 */
export interface Received {
  tmpPath: string;
  sha256: string;
  sizeBytes: number;
}

const SHA256 = /^[0-9a-f]{64}$/;

export class AttachmentStore {
  readonly root: string;
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'attachments');
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  /**
   * Streams an upload into a temporary file, hashing it on the way; `inspect` sees every chunk.
   * On any failure (the stream errors, e.g. the size limit) the temporary file is removed.
   */
  async receive(stream: Readable, inspect: (chunk: Buffer) => void): Promise<Received> {
    const tmpDir = path.join(this.root, 'tmp');
    await fs.mkdir(tmpDir, { recursive: true });
    const tmpPath = path.join(tmpDir, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let sizeBytes = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        inspect(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(stream, tap, createWriteStream(tmpPath, { flags: 'wx', mode: 0o640 }));
    } catch (err) {
      await this.discard(tmpPath);
      throw err;
    }
    return { tmpPath, sha256: hash.digest('hex'), sizeBytes };
  }

  /** Moves a received file into its content address (replacing identical bytes is harmless). */
  async place(received: Received): Promise<void> {
    const target = this.pathOf(received.sha256);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rename(received.tmpPath, target);
  }

  async discard(tmpPath: string): Promise<void> {
    await fs.rm(tmpPath, { force: true });
  }

  async remove(sha256: string): Promise<void> {
    await fs.rm(this.pathOf(sha256), { force: true });
  }

  /** The stored file as a stream, or null when it is missing on disk. */
  async open(sha256: string): Promise<ReadStream | null> {
    try {
      return (await fs.open(this.pathOf(sha256), 'r')).createReadStream();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  /**
   * Runs `fn` alone for one content hash in this process, so placing a file and removing an
   * unreferenced one never interleave (an upload of the same bytes while the last row that
   * used them is deleted).
   */
  async exclusive<T>(sha256: string, fn: () => Promise<T>): Promise<T> {
    const before = this.locks.get(sha256) ?? Promise.resolve();
    const run = before.then(fn, fn);
    const settled = run.catch(() => undefined);
    this.locks.set(sha256, settled);
    try {
      return await run;
    } finally {
      if (this.locks.get(sha256) === settled) this.locks.delete(sha256);
    }
  }
}

const stores = new Map<string, AttachmentStore>();

/** One store per data folder, so its locks are shared by every request of the process. */
export function attachmentStore(dataDir: string): AttachmentStore {
  let store = stores.get(dataDir);
  if (!store) {
    store = new AttachmentStore(dataDir);
    stores.set(dataDir, store);
  }
  return store;
}
