// Replacing a file so that it is always either the old or the new version, never a mixture: write
// a temporary file in the same folder (a rename is only atomic within one file system), fsync it,
// rename it over the target, fsync the folder so the rename itself survives a power cut, then
// read the result back. On Windows an antivirus scanner or a sync client may hold the target for
// a while, so a rename failing with EPERM, EACCES or EBUSY is retried with a growing pause.
import { createHash, randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BigIntStats } from 'node:fs';

export type RetryOptions = { attempts?: number; firstDelayMs?: number; maxDelayMs?: number };
const RETRYABLE = new Set(['EPERM', 'EACCES', 'EBUSY']);

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** rename(), retried on the errors that a file held open by another program gives on Windows. */
export async function renameWithRetry(from: string, to: string, opts: RetryOptions = {}, doRename = rename): Promise<void> {
  const attempts = opts.attempts ?? 12;
  let delay = opts.firstDelayMs ?? 50;
  for (let i = 1; ; i++) {
    try {
      await doRename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (!RETRYABLE.has(code) || i >= attempts) throw err;
      await sleep(delay);
      delay = Math.min(delay * 2, opts.maxDelayMs ?? 5000);
    }
  }
}

/** Makes a rename in `dir` durable. Windows cannot open a folder for fsync; there NTFS journals it. */
export async function fsyncDir(dir: string): Promise<void> {
  let fd;
  try {
    fd = await open(dir, 'r');
    await fd.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw err;
  } finally {
    await fd?.close().catch(() => undefined);
  }
}

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.tmp-${randomBytes(6).toString('hex')}`);
}

/** What goes into the file: its bytes, or a function that writes them to the open file. */
export type Content = Uint8Array | ((fd: FileHandle) => Promise<void>);

/** Writes and fsyncs a temporary file beside `target`; the caller renames or removes it. */
export async function writeTemp(target: string, content: Content): Promise<{ tmp: string; stat: BigIntStats }> {
  const tmp = tempPathFor(target);
  const fd = await open(tmp, 'wx', 0o600);
  let stat: BigIntStats;
  try {
    if (content instanceof Uint8Array) await fd.writeFile(content);
    else await content(fd);
    await fd.sync();
    stat = await fd.stat({ bigint: true });
  } catch (err) {
    await fd.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await fd.close();
  return { tmp, stat };
}

export type AtomicWriteOptions = RetryOptions & {
  /** Called after the temporary file is durable and before the rename; returning false cancels. */
  beforeRename?: () => Promise<boolean>;
};

/**
 * Replaces `target` with `content`. Returns the new file's stat as written (so the caller can tell it
 * from a file someone else put there after), or null when `beforeRename` cancelled (target untouched).
 */
export async function atomicWrite(target: string, content: Content, opts: AtomicWriteOptions = {}): Promise<BigIntStats | null> {
  const { tmp, stat } = await writeTemp(target, content);
  try {
    if (opts.beforeRename && !(await opts.beforeRename())) {
      await unlink(tmp).catch(() => undefined);
      return null;
    }
    await renameWithRetry(tmp, target, opts);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await fsyncDir(dirname(target));
  return stat;
}
