/**
 * Memory: VmRSS from /proc, of the process that really holds the listening socket, so that a
 * launcher re-spawning node could never make the bench measure the wrong process.
 */
import fs from 'node:fs';
import { SAMPLE_MS } from './config.js';

const HAS_PROC = fs.existsSync('/proc/self/status');

/** Resident memory of `pid` in KiB, or null when it cannot be read (no /proc, process gone). */
export function rssKiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** KiB to MiB with one decimal, keeping null. */
export const mib = (kib: number | null) => (kib === null ? null : Math.round((kib / 1024) * 10) / 10);

function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // cols: sl local_address rem_address st ... inode(9); st 0A = LISTEN
      if (cols.length > 9 && cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A') inodes.add(cols[9]!);
    }
  }
  return inodes;
}

function descendants(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const t of tasks) {
    try {
      for (const c of fs
        .readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8')
        .split(/\s+/)
        .filter(Boolean)) {
        out.push(Number(c), ...descendants(Number(c)));
      }
    } catch {
      // task ended
    }
  }
  return out;
}

/**
 * The pid whose file descriptors include the socket listening on `port`: the spawned process
 * or one of its descendants (in case a launcher re-spawns node). Memory is sampled from it.
 */
export function servingPid(rootPid: number, port: number): { pid: number; verified: boolean } {
  if (!HAS_PROC) return { pid: rootPid, verified: false };
  const inodes = listeningInodes(port);
  for (const pid of [rootPid, ...descendants(rootPid)]) {
    let fds: string[] = [];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1]!)) return { pid, verified: true };
      } catch {
        // fd closed meanwhile
      }
    }
  }
  throw new Error(`no process under pid ${rootPid} holds the socket listening on port ${port}`);
}

/** Samples RSS every SAMPLE_MS until stopped; returns the peak and the number of samples. */
export function sampleRss(pid: number): { stop(): { peakKiB: number | null; samples: number } } {
  let peak: number | null = null;
  let samples = 0;
  const take = () => {
    const v = rssKiB(pid);
    if (v !== null) {
      samples += 1;
      peak = peak === null ? v : Math.max(peak, v);
    }
  };
  take();
  const timer = setInterval(take, SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peakKiB: peak, samples };
    },
  };
}
