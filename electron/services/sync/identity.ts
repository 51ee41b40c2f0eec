// The shared file's SHA-256 is its version: every sync step checks it (the head read, the range
// read, the write before and after the rename). Reading and hashing the whole file each time made
// an incremental sync read an 18 MB file five times. So the hash is remembered with the file's
// stat (device, inode, size, modification and change times in ns) and trusted while the stat is
// unchanged, as git trusts its index. A cloud client that drops in another officer's save
// replaces the file (new inode) or writes it (new times), so the stat changes.
//
// The one blind spot is a write within the file system's timestamp granularity of the moment the
// stat was taken ("racy" in git's terms): such a stat is never trusted, the file is hashed again.
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BigIntStats } from 'node:fs';
import { sha256 } from './atomic';

/** Coarse-timestamp file systems (FAT: 2 s; some network shares: 1 s) vs. ns ones (ext4, NTFS, APFS). */
const COARSE_MARGIN_NS = 2_000_000_000n;
const FINE_MARGIN_NS = 50_000_000n;

type Entry = { key: string; hash: string; statAtNs: bigint; mtimeNs: bigint };

const known = new Map<string, Entry>();

export const CHUNK = 1 << 20;

function keyOf(s: BigIntStats): string {
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
}

/** A time stamp with sub-millisecond digits comes from a file system that keeps fine ones. */
function margin(mtimeNs: bigint): bigint {
  return mtimeNs % 1_000_000n === 0n ? COARSE_MARGIN_NS : FINE_MARGIN_NS;
}

const nowNs = () => BigInt(Date.now()) * 1_000_000n;

/** The stat of `path`, or null when there is no file (its folder must exist: a gone share is an error). */
export async function statOf(path: string): Promise<BigIntStats | null> {
  try {
    return await stat(path, { bigint: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await open(dirname(path), 'r').then((fd) => fd.close());
    return null;
  }
}

/** Remembers `hash` for the file as `s` describes it, `s` taken at `statAtNs` or later. */
export function remember(path: string, s: BigIntStats, hash: string, statAtNs = nowNs()): void {
  known.set(path, { key: keyOf(s), hash, statAtNs, mtimeNs: s.mtimeNs });
}

/** The remembered hash, if the file is still what it was and was not written too close to its stat. */
export function trusted(path: string, s: BigIntStats): string | null {
  const e = known.get(path);
  if (!e || e.key !== keyOf(s)) return null;
  return e.mtimeNs < e.statAtNs - margin(e.mtimeNs) ? e.hash : null;
}

export type Identified = { hash: string; stat: BigIntStats };

/** Reads the whole file and hashes it; remembered if the file did not change while it was read. */
export async function readIdentified(path: string): Promise<(Identified & { bytes: Uint8Array }) | null> {
  const before = nowNs();
  const s = await statOf(path);
  if (!s) return null;
  const bytes = await readAll(path);
  const hash = sha256(bytes);
  const after = await statOf(path);
  // Changed while read: the hash is right for the bytes, but not for either stat.
  if (after && sameFile(after, s) && BigInt(bytes.length) === s.size) remember(path, s, hash, before);
  return { bytes, hash, stat: s };
}

/** The file's hash and stat: from memory when the stat allows, otherwise by reading it. */
export async function identify(path: string): Promise<Identified | null> {
  const s = await statOf(path);
  if (!s) return null;
  const hit = trusted(path, s);
  if (hit) return { hash: hit, stat: s };
  const before = nowNs();
  const hash = await hashFile(path);
  const after = await statOf(path);
  // Changed while hashed: not remembered; the caller's later checks against `s` see the change.
  if (after && sameFile(after, s)) remember(path, s, hash, before);
  return { hash, stat: s };
}

/** Hashed through a small buffer: a fresh 18 MB buffer costs more in page faults than the hashing. */
async function hashFile(path: string): Promise<string> {
  const h = createHash('sha256');
  const fd = await open(path, 'r');
  try {
    const buf = new Uint8Array(CHUNK);
    for (let at = 0; ; ) {
      const { bytesRead } = await fd.read(buf, 0, CHUNK, at);
      if (bytesRead === 0) break;
      h.update(buf.subarray(0, bytesRead));
      at += bytesRead;
    }
  } finally {
    await fd.close();
  }
  return h.digest('hex');
}

export function sameFile(a: BigIntStats, b: BigIntStats): boolean {
  return keyOf(a) === keyOf(b);
}

async function readAll(path: string): Promise<Uint8Array> {
  const fd = await open(path, 'r');
  try {
    const b = await fd.readFile();
    // A small Buffer may be a view into Node's shared pool: callers may hand `.buffer` on.
    return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? new Uint8Array(b.buffer) : new Uint8Array(b);
  } finally {
    await fd.close();
  }
}

/** The bytes at each [offset, length] (fewer only past the end of the file). */
export async function readAt(path: string, ranges: readonly (readonly [number, number])[]): Promise<Uint8Array[]> {
  const fd = await open(path, 'r');
  try {
    const out: Uint8Array[] = [];
    for (const [offset, length] of ranges) {
      const buf = new Uint8Array(length);
      let got = 0;
      while (got < length) {
        const { bytesRead } = await fd.read(buf, got, length - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      out.push(got === length ? buf : buf.subarray(0, got));
    }
    return out;
  } finally {
    await fd.close();
  }
}

/** For tests: forget every remembered hash. */
export function forgetAll(): void {
  known.clear();
}
