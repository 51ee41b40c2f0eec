// The shared file on disk: read it with its cloud conflict copies; replace it atomically, but only
// if it is still the version the caller merged from; keep the last generations; archive copies
// once they are merged in. Bytes only: decrypting and merging happen in the renderer.
import { copyFile, link, mkdir, open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { createHash, type Hash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { atomicWrite, sha256, type RetryOptions } from './atomic';
import { CHUNK, identify, readAt, readIdentified, remember, sameFile, statOf } from './identity';
import { isConflictCopy, splitName } from './copies';
import { fsError } from './errors';
import { coalesceParts, type FilePart } from '../../parts';

export type { FilePart };

export type FileRead = { bytes: Uint8Array; hash: string; size: number; modifiedAt: string };
export type SharedRead = { main: FileRead | null; copies: (FileRead & { name: string })[] };
export type WriteRequest = { path: string; bytes?: Uint8Array; parts?: FilePart[]; expectedBaseHash: string | null; archive?: string[]; keepGenerations?: number };
export type RangesResult = { status: 'ok'; parts: Uint8Array[] } | { status: 'changed'; hash: string | null };
export type WriteResult = { status: 'written'; hash: string; generations: number } | { status: 'changed'; hash: string | null };

export const KEEP_GENERATIONS = 10;

/** Where the generations and archived copies of `file` live: a folder beside it. */
export function historyDir(file: string): string {
  return join(dirname(file), `${basename(file)}.history`);
}

function modifiedAt(s: { mtimeMs: bigint } | null): string {
  return new Date(s ? Number(s.mtimeMs) : Date.now()).toISOString();
}

/** The file and its conflict copies; with `head`, only the main file's first `head` bytes (its header). */
export async function readShared(path: string, head?: number): Promise<SharedRead> {
  try {
    const main = await readMain(path, head);
    const copies: SharedRead['copies'] = [];
    for (const name of (await readdir(dirname(path))).sort()) {
      if (!isConflictCopy(path, name)) continue;
      const read = await readIdentified(join(dirname(path), name)).catch(() => null);
      if (read) copies.push({ name, bytes: read.bytes, hash: read.hash, size: read.bytes.length, modifiedAt: modifiedAt(read.stat) });
    }
    return { main, copies };
  } catch (err) {
    throw fsError(err, 'synkfilen');
  }
}

/** With `head` and a file whose hash is known from its stat, only the head is read from disk. */
async function readMain(path: string, head: number | undefined): Promise<FileRead | null> {
  if (head !== undefined) {
    const known = await identify(path);
    if (!known) return null;
    const size = Number(known.stat.size);
    if (head < size) {
      const [bytes] = await readAt(path, [[0, head]]);
      const after = await statOf(path);
      if (after && sameFile(after, known.stat)) return { bytes: bytes!, hash: known.hash, size, modifiedAt: modifiedAt(known.stat) };
      // Replaced while its head was read: read it whole, as it is now.
    }
  }
  const read = await readIdentified(path);
  if (!read) return null;
  const size = read.bytes.length;
  const bytes = head !== undefined && head < size ? read.bytes.slice(0, head) : read.bytes;
  return { bytes, hash: read.hash, size, modifiedAt: modifiedAt(read.stat) };
}

/** Ranges of the shared file, only if it is still the version the caller read (`hash`). */
export async function readRanges(path: string, hash: string, ranges: [number, number][]): Promise<RangesResult> {
  try {
    const now = await identify(path);
    if (!now || now.hash !== hash) return { status: 'changed', hash: now?.hash ?? null };
    for (const [offset, length] of ranges) if (offset + length > Number(now.stat.size)) throw new RangeError('range outside the file');
    const parts = await readAt(path, ranges);
    const after = await statOf(path);
    if (!after || !sameFile(after, now.stat)) return { status: 'changed', hash: (await identify(path))?.hash ?? null };
    return { status: 'ok', parts };
  } catch (err) {
    throw fsError(err, 'synkfilen');
  }
}

/**
 * The new file, written as it is hashed: new parts as given, unchanged ranges copied from the base
 * file through a small buffer (an 18 MB buffer per sync cost more in page faults than the copy).
 * A base file that changes meanwhile is caught before the rename.
 */
function partsWriter(parts: FilePart[], basePath: string, baseSize: number, hash: Hash): (fd: FileHandle) => Promise<void> {
  return async (fd) => {
    let base: FileHandle | undefined;
    const buf = new Uint8Array(CHUNK);
    let filled = 0;
    // Small parts are gathered into the buffer: a thousand segments must not cost thousands of writes.
    const flush = async () => {
      if (filled === 0) return;
      hash.update(buf.subarray(0, filled));
      await writeAll(fd, buf.subarray(0, filled));
      filled = 0;
    };
    try {
      for (const p of coalesceParts(parts)) {
        if (p instanceof Uint8Array) {
          if (p.length > CHUNK - filled) await flush();
          if (p.length >= CHUNK) {
            hash.update(p);
            await writeAll(fd, p);
          } else {
            buf.set(p, filled);
            filled += p.length;
          }
          continue;
        }
        if (p.offset + p.length > baseSize) throw new RangeError('a reused range lies outside the base file');
        base ??= await open(basePath, 'r');
        for (let done = 0; done < p.length; ) {
          if (filled === CHUNK) await flush();
          const want = Math.min(CHUNK - filled, p.length - done);
          const { bytesRead } = await base.read(buf, filled, want, p.offset + done);
          if (bytesRead === 0) throw new RangeError('the base file ended early');
          filled += bytesRead;
          done += bytesRead;
        }
      }
      await flush();
    } finally {
      await base?.close();
    }
  };
}

async function writeAll(fd: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length; ) at += (await fd.write(bytes, at, bytes.length - at)).bytesWritten;
}

function stamp(now: Date): string {
  return now.toISOString().replace(/:/g, '-').replace('.', '-');
}

async function keepGeneration(path: string, keep: number, now: Date): Promise<number> {
  const dir = join(historyDir(path), 'generations');
  await mkdir(dir, { recursive: true });
  const { stem, ext } = splitName(path);
  const generation = join(dir, `${stem}.${stamp(now)}${ext}`);
  // The file is replaced by a rename, never written in place, so the old version can simply keep a
  // second name: no 18 MB copy per sync. Where links are not allowed (FAT, some shares), a copy.
  await link(path, generation).catch(() => copyFile(path, generation));
  const all = (await readdir(dir)).filter((n) => n.startsWith(`${stem}.`) && n.endsWith(ext)).sort();
  for (const old of all.slice(0, Math.max(0, all.length - keep))) await unlink(join(dir, old)).catch(() => undefined);
  return Math.min(all.length, keep);
}

async function archiveCopies(path: string, names: string[], now: Date): Promise<void> {
  if (names.length === 0) return;
  const dir = join(historyDir(path), 'archive');
  await mkdir(dir, { recursive: true });
  for (const name of names) {
    // Only names that really are conflict copies of this file, so a request cannot move other files.
    if (!isConflictCopy(path, name) || basename(name) !== name) continue;
    await rename(join(dirname(path), name), join(dir, `${stamp(now)} ${name}`)).catch(() => undefined);
  }
}

/**
 * Replaces the shared file with `bytes` if it is still the version the caller merged from
 * (`expectedBaseHash`, null for "no file yet"): checked once before and once more just before the
 * rename, since a cloud client may drop another officer's save in at any moment. Otherwise
 * nothing is written and the caller merges again.
 */
export async function writeShared(req: WriteRequest, opts: RetryOptions & { now?: () => Date } = {}): Promise<WriteResult> {
  const now = (opts.now ?? (() => new Date()))();
  const keep = req.keepGenerations ?? KEEP_GENERATIONS;
  try {
    const base = await identify(req.path);
    const before = base?.hash ?? null;
    if (before !== req.expectedBaseHash) return { status: 'changed', hash: before };
    let content: Uint8Array | ((fd: FileHandle) => Promise<void>);
    const hashing = createHash('sha256');
    if (req.bytes) content = req.bytes;
    else if (!req.parts || req.parts.length === 0) throw new RangeError('nothing to write'); // it would empty the shared file
    else content = partsWriter(req.parts, req.path, base ? Number(base.stat.size) : 0, hashing);
    let generations = 0;
    if (before !== null) generations = await keepGeneration(req.path, keep, now);
    let seen: string | null = before;
    const written = await atomicWrite(req.path, content, {
      ...opts,
      beforeRename: async () => {
        seen = (await identify(req.path))?.hash ?? null;
        return seen === req.expectedBaseHash;
      },
    });
    if (!written) return { status: 'changed', hash: seen };
    const hash = content instanceof Uint8Array ? sha256(content) : hashing.digest('hex');
    // Read back: a file that is not what we wrote was replaced at once by someone else's save.
    const statAt = BigInt(Date.now()) * 1_000_000n;
    const there = await statOf(req.path);
    if (there && there.ino === written.ino && there.size === written.size && there.mtimeNs === written.mtimeNs) {
      remember(req.path, there, hash, statAt);
    } else {
      const after = (await identify(req.path))?.hash ?? null;
      if (after !== hash) return { status: 'changed', hash: after };
    }
    await archiveCopies(req.path, req.archive ?? [], now);
    return { status: 'written', hash, generations };
  } catch (err) {
    throw fsError(err, 'synkfilen');
  }
}
