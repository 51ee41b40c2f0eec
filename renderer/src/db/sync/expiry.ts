// The database side of tombstone expiry (domain/sync/expiry.ts): when this computer last synced,
// and removing the rows the merged state no longer holds (expired tombstones, and records deleted
// and forgotten elsewhere while this computer was away). Rows are removed outright: a forgotten
// tombstone must not linger here and be sent back to the file at the next sync.
import type { KansliDb } from '../schema';
import { syncRunsTable } from './tables';

/** When this computer last completed a sync (read the file and merged), in ms; undefined if never. */
export async function lastSuccessfulSync(db: KansliDb): Promise<number | undefined> {
  let last: number | undefined;
  await syncRunsTable(db).orderBy('seq').reverse().until(() => last !== undefined).each((run) => {
    if (run.status === 'ok') last = Date.parse(run.at);
  });
  return last;
}

/** Removes the records named by their sync keys (`${table}/${id}`). */
export async function dropRecords(db: KansliDb, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const byTable = new Map<string, string[]>();
  for (const key of keys) {
    const slash = key.indexOf('/');
    const table = key.slice(0, slash);
    const ids = byTable.get(table) ?? [];
    ids.push(key.slice(slash + 1));
    byTable.set(table, ids);
  }
  await db.transaction('rw', [...byTable.keys()].map((t) => db.table(t)), async () => {
    for (const [table, ids] of byTable) await db.table(table).bulkDelete(ids);
  });
  return keys.length;
}
