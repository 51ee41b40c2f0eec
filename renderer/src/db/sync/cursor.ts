// What this device remembers between syncs (in `meta`, never synced): which version of each
// segment of the shared file its records already hold, and how far it has read its own `changes`
// log. With both, a sync decodes only the segments someone else changed and the records edited
// here since, instead of the whole file and the whole database.
import { isBatch, type KansliDb } from '../schema';
import { recordKey } from '../../domain/sync/types';

export type SegmentCache = {
  path: string;
  fileId: string;
  /** Segment id → hash of the segment's bytes that this device's records include. */
  segments: Record<string, string>;
  /** The last `changes` seq whose record is in the file. */
  cursor: number;
  /** Bytes of the file's header and seal when last written or read: what to ask for first next time. */
  headBytes?: number;
};

const KEY = 'sync.segments';

export async function loadCache(db: KansliDb): Promise<SegmentCache | undefined> {
  const row = (await db.meta.get(KEY)) as { value?: SegmentCache } | undefined;
  const v = row?.value;
  if (!v || typeof v.path !== 'string' || typeof v.fileId !== 'string' || typeof v.cursor !== 'number' || !v.segments) return undefined;
  return v;
}

export async function saveCache(db: KansliDb, cache: SegmentCache): Promise<void> {
  await db.meta.put({ key: KEY, value: cache });
}

/** Forgets the cache: the next sync reads the whole file and the whole database (after a restore, say). */
export async function clearCache(db: KansliDb): Promise<void> {
  await db.meta.delete(KEY);
}

export async function lastSeq(db: KansliDb): Promise<number> {
  const last = await db.changes.orderBy(':id').last();
  return last?.seq ?? 0;
}

/** The records written here (by an officer, an import, a restore or a sync) after `cursor`. */
export async function changedSince(db: KansliDb, cursor: number): Promise<Map<string, { table: string; id: string }>> {
  const out = new Map<string, { table: string; id: string }>();
  await db.changeLog.where(':id').above(cursor).each((c) => {
    if (isBatch(c)) for (const id of c.recordIds) out.set(recordKey(c.table, id), { table: c.table, id });
    else out.set(recordKey(c.table, c.recordId), { table: c.table, id: c.recordId });
  });
  return out;
}
