// Tombstones cannot be kept for ever (the shared file must stay compact), but they must be kept long
// enough that an officer who returns after months still learns of a deletion. Kansli keeps them for
// TOMBSTONE_KEEP_MS (400 days: a year of board work plus a margin), then every computer drops them
// from the merged state (and its own database) at its next sync.
//
// A computer that has not synced for longer than that may still hold a record whose deletion has
// since expired: the file then simply lacks the record, and a plain merge would bring it back.
// Decision: such a computer is "beyond the horizon". Before it merges, its records that the file
// lacks are sorted by what this computer did with them since its last sync:
//   - not touched since (every clock before the last sync): it was in the file then and has been
//     deleted and forgotten since – it is dropped here too;
//   - created since (every clock after the last sync): new work, kept and sent as usual;
//   - existing before and edited since: deleted elsewhere, edited here – kept, and shown as a
//     delete-versus-edit conflict, as for any deletion that meets an edit.
// The officer is told, in words, why (see the "stale" message of the sync screen).
import { parseClock } from './hlc';
import { isLive } from './local';
import { DELETED_FIELD, type Conflict, type SyncRecord, type SyncState } from './types';
import { setOwn } from './vectors';

const DAY = 24 * 60 * 60 * 1000;
export const TOMBSTONE_KEEP_DAYS = 400;
export const TOMBSTONE_KEEP_MS = TOMBSTONE_KEEP_DAYS * DAY;

const wall = (clock: string) => parseClock(clock).wall;

/** The state without the tombstones older than `keepMs` (of records no later edit revived). */
export function expireTombstones(state: SyncState, nowMs: number, keepMs: number = TOMBSTONE_KEEP_MS): { state: SyncState; expired: string[] } {
  const horizon = nowMs - keepMs;
  const expired: string[] = [];
  for (const key of Object.keys(state.records)) {
    const r = state.records[key]!;
    if (r.deleted !== undefined && !isLive(r) && wall(r.deleted) < horizon) expired.push(key);
  }
  if (expired.length === 0) return { state, expired };
  const gone = new Set(expired);
  const records: Record<string, SyncRecord> = {};
  for (const key of Object.keys(state.records)) if (!gone.has(key)) setOwn(records, key, state.records[key]!);
  return { state: { records }, expired };
}

/** Whether a computer last in step at `lastSyncMs` may have missed a deletion that has since expired. */
export function beyondHorizon(lastSyncMs: number | undefined, nowMs: number, keepMs: number = TOMBSTONE_KEEP_MS): boolean {
  return lastSyncMs !== undefined && lastSyncMs < nowMs - keepMs;
}

export type StaleSort = {
  /** This computer's state without the records deleted and forgotten elsewhere. */
  state: SyncState;
  dropped: string[];
  /** Deleted elsewhere (long ago), edited here since: kept, and reported as a conflict. */
  conflicts: Conflict[];
};

/**
 * For a computer beyond the horizon: its records the file lacks, sorted as described above.
 * `lastSyncMs` is when this computer last synced successfully.
 */
export function sortStaleRecords(local: SyncState, file: SyncState, lastSyncMs: number): StaleSort {
  const dropped: string[] = [];
  const conflicts: Conflict[] = [];
  for (const key of Object.keys(local.records)) {
    if (Object.hasOwn(file.records, key)) continue;
    const r = local.records[key]!;
    const clocks = Object.values(r.fields).map((e) => e.clock);
    if (r.deleted !== undefined) clocks.push(r.deleted);
    const before = clocks.filter((c) => wall(c) <= lastSyncMs);
    if (before.length === 0) continue; // created since the last sync: new work
    if (before.length === clocks.length) {
      dropped.push(key);
      continue;
    }
    if (!isLive(r)) continue; // deleted here too: nothing to keep
    const edits: Record<string, unknown> = {};
    let latest = '';
    for (const name of Object.keys(r.fields).sort()) {
      const e = r.fields[name]!;
      if (wall(e.clock) <= lastSyncMs) continue;
      setOwn(edits, name, e.value);
      if (e.clock > latest) latest = e.clock;
    }
    // The deletion's own clock is forgotten; the last sync is the latest it can have been.
    conflicts.push({ table: r.table, id: r.id, field: DELETED_FIELD, kept: { value: edits, clock: latest }, lost: { value: null, clock: '' } });
  }
  if (dropped.length === 0) return { state: local, dropped, conflicts };
  const gone = new Set(dropped);
  const records: Record<string, SyncRecord> = {};
  for (const key of Object.keys(local.records)) if (!gone.has(key)) setOwn(records, key, local.records[key]!);
  return { state: { records }, dropped, conflicts };
}
