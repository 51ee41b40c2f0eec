// Between a stored record (flat data fields plus its stamps) and its sync form (fields with their
// clocks and causal metadata). Only data fields travel; the stamps that are not per field
// (createdAt, updatedAt, deviceId) are derived again from the clocks, so every replica derives the
// same values and nothing outside the merge can make two replicas differ.
import { clockDevice, parseClock, type Clock } from './hlc';
import type { FieldEntry, SyncRecord, VersionVector } from './types';
import { setOwn } from './vectors';
import { valuesEqual } from './values';

/** The shape of a stamped record as stored (see renderer/src/db/stamp.ts). */
export type StoredRecord = {
  id: string;
  createdAt?: string;
  updatedAt?: string;
  deviceId?: string;
  clocks: Record<string, Clock>;
  deleted?: Clock;
  seen?: Record<string, VersionVector>;
  deletedSeen?: VersionVector;
  [field: string]: unknown;
};

const own = <T>(o: Record<string, T> | undefined, k: string): T | undefined => (o && Object.hasOwn(o, k) ? o[k] : undefined);

export function toSyncRecord(table: string, row: StoredRecord): SyncRecord {
  const fields: Record<string, FieldEntry> = {};
  for (const name of Object.keys(row.clocks)) {
    const entry: FieldEntry = { value: own(row as Record<string, unknown>, name), clock: row.clocks[name]! };
    const seen = own(row.seen, name);
    if (seen) entry.seen = seen;
    setOwn(fields, name, entry);
  }
  const out: SyncRecord = { table, id: row.id, fields };
  if (row.deleted !== undefined) out.deleted = row.deleted;
  if (row.deletedSeen !== undefined) out.deletedSeen = row.deletedSeen;
  return out;
}

function isoOf(clock: Clock): string {
  return new Date(parseClock(clock).wall).toISOString();
}

/** Every clock of a record, its tombstone included. */
function clocksOf(record: SyncRecord): Clock[] {
  const out = Object.values(record.fields).map((e) => e.clock);
  if (record.deleted !== undefined) out.push(record.deleted);
  return out;
}

export function latestRecordClock(record: SyncRecord): Clock | undefined {
  let latest: Clock | undefined;
  for (const c of clocksOf(record)) if (latest === undefined || c > latest) latest = c;
  return latest;
}

/**
 * The stored form of a merged record. `existing` is the local row, if any: its creation time is
 * kept (it is this device's knowledge of when it first saw the record).
 */
export function fromSyncRecord(record: SyncRecord, existing?: StoredRecord): StoredRecord {
  const clocks: Record<string, Clock> = {};
  const seen: Record<string, VersionVector> = {};
  const row: StoredRecord = { id: record.id, clocks };
  let hasSeen = false;
  for (const name of Object.keys(record.fields)) {
    const entry = record.fields[name]!;
    setOwn(clocks, name, entry.clock);
    if (entry.value !== undefined) setOwn(row as Record<string, unknown>, name, entry.value);
    if (entry.seen) {
      setOwn(seen, name, entry.seen);
      hasSeen = true;
    }
  }
  const all = clocksOf(record).sort();
  const first = all[0];
  const last = all[all.length - 1];
  row.createdAt = existing?.createdAt ?? (first ? isoOf(first) : undefined);
  if (last) {
    row.updatedAt = isoOf(last);
    row.deviceId = clockDevice(last);
  }
  if (hasSeen) row.seen = seen;
  if (record.deleted !== undefined) row.deleted = record.deleted;
  if (record.deletedSeen !== undefined) row.deletedSeen = record.deletedSeen;
  return row;
}

/** The fields whose clock differs between two versions of a record (what a sync changed). */
export function changedFields(before: SyncRecord | undefined, after: SyncRecord): string[] {
  const out: string[] = [];
  for (const name of Object.keys(after.fields)) {
    if (own(before?.fields, name)?.clock !== after.fields[name]!.clock) out.push(name);
  }
  return out;
}

function sameVector(a: VersionVector | undefined, b: VersionVector | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((d) => Object.hasOwn(b, d) && a[d] === b[d]);
}

/**
 * Whether two versions of a record hold the same content and knowledge. The merge shares objects
 * where it can, but a record decoded from the file and the same record read from the database are
 * different objects: this tells "nothing to apply or send" apart from a real change.
 */
export function sameRecord(a: SyncRecord | undefined, b: SyncRecord | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.deleted !== b.deleted || !sameVector(a.deletedSeen, b.deletedSeen)) return false;
  const names = Object.keys(a.fields);
  if (names.length !== Object.keys(b.fields).length) return false;
  for (const name of names) {
    if (!Object.hasOwn(b.fields, name)) return false;
    const x = a.fields[name]!;
    const y = b.fields[name]!;
    if (x === y) continue;
    if (x.clock !== y.clock || !sameVector(x.seen, y.seen) || !valuesEqual(x.value, y.value)) return false;
  }
  return true;
}
