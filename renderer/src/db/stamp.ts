// Change stamping: what sync will merge later. Every record carries its id, creation and update
// times, the device that last wrote it, and a clock per field; only fields whose value really
// changed get a new clock, so an officer who saves a form untouched overwrites nobody's edit.
//
// Causal metadata lives on the record itself (`seen`, per field, and `deletedSeen`) rather than
// in a side table kept by the sync layer: a write then records what it overwrote at the moment it
// happens, in the same transaction, so an officer who edits a field after a sync is known to have
// seen the synced value (no false conflict), whoever writes the record and however long after the
// sync. A side table would have to be kept in step with every repository write and could drift.
import type { Clock } from '../domain/sync/hlc';
import type { VersionVector } from '../domain/sync/types';
import { joinVectors, withClock } from '../domain/sync/vectors';

export type Stamped = {
  id: string;
  createdAt: string;
  updatedAt: string;
  deviceId: string;
  clocks: Record<string, Clock>;
  /** Tombstone: the clock of the deletion. A field clock later than it revives the record. */
  deleted?: Clock;
  /** Per field, the clocks of the values this field's current value was written over (see mergeStates). */
  seen?: Record<string, VersionVector>;
  /** What the deleter had seen of the record when deleting it. */
  deletedSeen?: VersionVector;
};

export const STAMP_FIELDS: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt', 'deviceId', 'clocks', 'deleted', 'seen', 'deletedSeen']);

export type StampContext = { deviceId: string; clock: Clock; now: string };

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function stampCreate<T extends object>(data: T, ctx: StampContext, id: string): T & Stamped {
  // Fields left undefined get no clock: they are not stored.
  const clocks: Record<string, Clock> = {};
  const values = data as Record<string, unknown>;
  for (const k of Object.keys(values)) if (values[k] !== undefined && !STAMP_FIELDS.has(k)) clocks[k] = ctx.clock;
  return { ...data, id, createdAt: ctx.now, updatedAt: ctx.now, deviceId: ctx.deviceId, clocks };
}

export function stampUpdate<T extends object>(prev: T & Stamped, patch: Partial<T>, ctx: StampContext): { next: T & Stamped; changed: string[] } {
  const changed: string[] = [];
  const next: Record<string, unknown> = { ...prev, clocks: { ...prev.clocks } };
  let seen: Record<string, VersionVector> | undefined;
  for (const [k, v] of Object.entries(patch)) {
    if (STAMP_FIELDS.has(k)) continue;
    const before = (prev as Record<string, unknown>)[k];
    if (sameValue(before, v)) continue;
    if (v === undefined) delete next[k];
    else next[k] = v;
    const overwritten = Object.hasOwn(prev.clocks, k) ? prev.clocks[k] : undefined;
    if (overwritten !== undefined) {
      // The value being replaced was seen by this writer: an overwrite, not a concurrent edit.
      seen ??= { ...prev.seen };
      seen[k] = withClock(prev.seen && Object.hasOwn(prev.seen, k) ? prev.seen[k] : undefined, overwritten);
    }
    (next.clocks as Record<string, Clock>)[k] = ctx.clock;
    changed.push(k);
  }
  if (changed.length === 0) return { next: prev, changed };
  if (seen) next.seen = seen;
  next.updatedAt = ctx.now;
  next.deviceId = ctx.deviceId;
  return { next: next as T & Stamped, changed };
}

export function stampDelete<T extends object>(prev: T & Stamped, ctx: StampContext): T & Stamped {
  // The tombstone knows every value it deletes, so a later merge does not report the deleter's own
  // earlier edits as edits hidden by the deletion.
  let deletedSeen: VersionVector | undefined = prev.deletedSeen;
  if (prev.deleted !== undefined) deletedSeen = withClock(deletedSeen, prev.deleted);
  for (const [k, clock] of Object.entries(prev.clocks)) {
    deletedSeen = withClock(joinVectors(deletedSeen, prev.seen && Object.hasOwn(prev.seen, k) ? prev.seen[k] : undefined), clock);
  }
  const next: T & Stamped = { ...prev, deleted: ctx.clock, updatedAt: ctx.now, deviceId: ctx.deviceId };
  if (deletedSeen) next.deletedSeen = deletedSeen;
  return next;
}

/** Live unless deleted, or revived by a field written after its deletion. */
export function isLive(record: Stamped): boolean {
  if (record.deleted === undefined) return true;
  const deleted = record.deleted;
  return Object.values(record.clocks).some((c) => c > deleted);
}
