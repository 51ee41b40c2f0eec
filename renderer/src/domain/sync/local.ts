// Building local changes with the causal metadata the merge relies on. A write records what it
// overwrote, so after a sync an officer's own later edit is not reported as a conflict.
import type { Clock } from './hlc';
import type { FieldEntry, SyncRecord, SyncState, VersionVector } from './types';
import { joinVectors, withClock } from './vectors';

/**
 * The entry for a new local write of a field. `prev` is the entry the writer saw (if any);
 * `tombstone` is the record's deletion clock when the write deliberately restores a deleted record,
 * so the restore is not reported as a delete-versus-edit conflict.
 */
export function writeField(prev: FieldEntry | undefined, value: unknown, clock: Clock, tombstone?: Clock): FieldEntry {
  if (prev && clock <= prev.clock) throw new RangeError('a write must have a later clock than the value it replaces');
  if (!prev && tombstone === undefined) return { value, clock };
  let seen: VersionVector | undefined = prev ? withClock(prev.seen, prev.clock) : undefined;
  if (tombstone !== undefined) seen = withClock(seen, tombstone);
  return { value, clock, seen };
}

/** The record with a tombstone that knows every field value it deletes. */
export function deleteRecord(record: SyncRecord, clock: Clock): SyncRecord {
  if (record.deleted !== undefined && clock <= record.deleted) throw new RangeError('a deletion must be later than the previous one');
  let seen: VersionVector | undefined = record.deletedSeen;
  if (record.deleted !== undefined) seen = withClock(seen, record.deleted);
  for (const entry of Object.values(record.fields)) {
    if (clock <= entry.clock) throw new RangeError('a deletion must be later than every field it deletes');
    seen = withClock(joinVectors(seen, entry.seen), entry.clock);
  }
  const out: SyncRecord = { ...record, deleted: clock };
  if (seen) out.deletedSeen = seen;
  return out;
}

/** Live unless deleted, or revived by a field written after the deletion. */
export function isLive(record: SyncRecord): boolean {
  const deleted = record.deleted;
  if (deleted === undefined) return true;
  for (const entry of Object.values(record.fields)) if (entry.clock > deleted) return true;
  return false;
}

/** The latest clock in a state, for the device clock to observe after a merge so its next write sorts later. */
export function latestClock(state: SyncState): Clock | undefined {
  let latest: Clock | undefined;
  for (const record of Object.values(state.records)) {
    if (record.deleted !== undefined && (latest === undefined || record.deleted > latest)) latest = record.deleted;
    for (const entry of Object.values(record.fields)) if (latest === undefined || entry.clock > latest) latest = entry.clock;
  }
  return latest;
}
