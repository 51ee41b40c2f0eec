// After a GDPR erasure the shared file no longer holds the member's data, but the generations kept
// beside it and the archived cloud conflict copies still do (they are whole older files). The
// renderer cannot look inside them here (they may be encrypted, and the merge lives there), so an
// erasure purges them all: the current file is the merged truth, and the older files are only a
// safety net that the next writes rebuild. Unmerged conflict copies stay: they are merged (and
// then archived) by the next sync, which guards erasures.
import { readdir, rmdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { historyDir } from './shared';
import { fsError } from './errors';

export type PurgeResult = { removed: number };

async function emptyDir(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw err;
  }
  let removed = 0;
  for (const name of names) {
    try {
      await unlink(join(dir, name));
      removed += 1;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  await rmdir(dir).catch(() => undefined);
  return removed;
}

/** Removes every kept generation and archived copy of the shared file `path`. */
export async function purgeHistory(path: string): Promise<PurgeResult> {
  try {
    const dir = historyDir(path);
    const removed = (await emptyDir(join(dir, 'generations'))) + (await emptyDir(join(dir, 'archive')));
    await rmdir(dir).catch(() => undefined);
    return { removed };
  } catch (err) {
    throw fsError(err, 'synkfilens historik');
  }
}
