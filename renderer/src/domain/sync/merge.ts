// The merge of two sync states: per field the later clock wins, tombstones are the latest deletion,
// and causal metadata (version vectors) is joined pointwise. The state part is a join-semilattice
// (commutative, associative, idempotent), so replicas converge whatever the order of syncs.
//
// Conflicts are per call. A value that loses in this call is reported unless it equals the winner or
// the winner's `seen` covers it (it was overwritten knowingly). The report is the same set, sorted,
// for merge(a, b) and merge(b, a). With three replicas the state of merge(merge(a, b), c) equals that
// of merge(a, merge(b, c)), but which call reports a loss — and which value it names as kept —
// depends on the order; in every order, each value that disappears is reported by the call in which
// it disappears, unless it was knowingly overwritten. A replica that still holds a value that lost
// elsewhere gets the conflict again when it merges; consumers may dedupe on (table, id, field, lost.clock).
//
// The result shares unchanged records and entries with the inputs (and is an input itself when
// nothing changed), so states must be treated as immutable.
import { covers, joinVectors, setOwn } from './vectors';
import { compareValues, valuesEqual } from './values';
import { collectTombstoneConflict } from './tombstones';
import { maxClock } from './hlc';
import type { Conflict, FieldEntry, MergeResult, SyncRecord, SyncState } from './types';

export type {
  Clock, Conflict, ConflictSide, FieldEntry, MergeResult, SyncRecord, SyncState, VersionVector,
} from './types';
export { DELETED_FIELD, recordKey } from './types';
export { writeField, deleteRecord, isLive, latestClock } from './local';

type Context = { table: string; id: string; conflicts: Conflict[] };

function mergeEntry(ea: FieldEntry, eb: FieldEntry, field: string, ctx: Context): FieldEntry {
  if (ea === eb) return ea;
  let winner = ea;
  let loser = eb;
  if (ea.clock !== eb.clock) {
    if (ea.clock < eb.clock) {
      winner = eb;
      loser = ea;
    }
  } else if (valuesEqual(ea.value, eb.value)) {
    // The same write, possibly with different knowledge attached (the usual case: one write,
    // read from two files).
    const seen = joinVectors(ea.seen, eb.seen);
    if (seen === ea.seen) return ea;
    if (seen === eb.seen) return eb;
    return { value: ea.value, clock: ea.clock, seen };
  } else if (compareValues(ea.value, eb.value) < 0) {
    // Two values under one clock (a device that reused a clock): the larger value wins, so the
    // choice does not depend on the order of the arguments.
    winner = eb;
    loser = ea;
  }
  if (!covers(winner.seen, loser.clock) && !valuesEqual(winner.value, loser.value)) {
    ctx.conflicts.push({
      table: ctx.table,
      id: ctx.id,
      field,
      kept: { value: winner.value, clock: winner.clock },
      lost: { value: loser.value, clock: loser.clock },
    });
  }
  const seen = joinVectors(winner.seen, loser.seen);
  return seen === winner.seen ? winner : { value: winner.value, clock: winner.clock, seen };
}

/**
 * A copy of A's fields, whose changed entries are then replaced in place: the same keys in the same
 * order as before. Spread copies an object as a whole, so a record of twenty fields stays a fast
 * object in V8 rather than becoming a dictionary, as it would if built key by computed key.
 */
function copyFields(fields: Record<string, FieldEntry>): Record<string, FieldEntry> {
  return { ...fields };
}

function mergeRecord(ra: SyncRecord, rb: SyncRecord, conflicts: Conflict[]): SyncRecord {
  if (ra === rb) return ra;
  const ctx: Context = { table: ra.table, id: ra.id, conflicts };
  const fa = ra.fields;
  const fb = rb.fields;
  // Most records of two replicas are equal: the fields object is only built once one differs from A's.
  // for…in over own keys rather than Object.keys: no key list per record (this runs for every
  // record both sides hold).
  let fields: Record<string, FieldEntry> | undefined;
  let sameAsB = true;
  let shared = 0;
  for (const name in fa) {
    if (!Object.hasOwn(fa, name)) continue;
    const ea = fa[name]!;
    const eb = Object.hasOwn(fb, name) ? fb[name] : undefined;
    let merged = ea;
    if (eb === undefined) {
      sameAsB = false;
    } else {
      shared += 1;
      merged = mergeEntry(ea, eb, name, ctx);
      if (merged !== eb) sameAsB = false;
    }
    if (merged !== ea) setOwn((fields ??= copyFields(fa)), name, merged);
  }
  let countB = 0;
  for (const name in fb) if (Object.hasOwn(fb, name)) countB += 1;
  if (countB !== shared) {
    fields ??= copyFields(fa);
    for (const name in fb) if (Object.hasOwn(fb, name) && !Object.hasOwn(fa, name)) setOwn(fields, name, fb[name]!);
  }
  const sameAsA = fields === undefined;

  const deleted = maxClock(ra.deleted, rb.deleted);
  const deletedSeen = joinVectors(ra.deletedSeen, rb.deletedSeen);
  let merged: SyncRecord;
  if (sameAsA && deleted === ra.deleted && deletedSeen === ra.deletedSeen) merged = ra;
  else if (sameAsB && deleted === rb.deleted && deletedSeen === rb.deletedSeen) merged = rb;
  else {
    merged = { table: ra.table, id: ra.id, fields: fields ?? fa };
    if (deleted !== undefined) merged.deleted = deleted;
    if (deletedSeen !== undefined) merged.deletedSeen = deletedSeen;
  }
  collectTombstoneConflict(ra, rb, merged, conflicts);
  return merged;
}

function compareConflicts(x: Conflict, y: Conflict): number {
  if (x.table !== y.table) return x.table < y.table ? -1 : 1;
  if (x.id !== y.id) return x.id < y.id ? -1 : 1;
  if (x.field !== y.field) return x.field < y.field ? -1 : 1;
  return 0; // one conflict per field and call
}

export function mergeStates(a: SyncState, b: SyncState): MergeResult {
  if (a === b) return { state: a, conflicts: [] };
  const conflicts: Conflict[] = [];
  const ra = a.records;
  const rb = b.records;
  const records: Record<string, SyncRecord> = {};
  let sameAsA = true;
  let sameAsB = true;
  let shared = 0;
  for (const key of Object.keys(ra)) {
    const x = ra[key]!;
    const y = Object.hasOwn(rb, key) ? rb[key] : undefined;
    let merged = x;
    if (y === undefined) {
      sameAsB = false;
    } else {
      shared += 1;
      merged = mergeRecord(x, y, conflicts);
      if (merged !== x) sameAsA = false;
      if (merged !== y) sameAsB = false;
    }
    setOwn(records, key, merged);
  }
  const keysB = Object.keys(rb);
  if (keysB.length !== shared) {
    sameAsA = false;
    for (const key of keysB) if (!Object.hasOwn(ra, key)) setOwn(records, key, rb[key]!);
  }
  conflicts.sort(compareConflicts);
  if (sameAsA) return { state: a, conflicts };
  if (sameAsB) return { state: b, conflicts };
  return { state: { records }, conflicts };
}
