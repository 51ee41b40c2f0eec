// Change stamping: what sync will merge later. Every record carries its id, creation and update
// times, the device that last wrote it, and a clock per field; only fields whose value really
// changed get a new clock, so an officer who saves a form untouched overwrites nobody's edit.
import type { Clock } from '../domain/sync/hlc';

export type Stamped = {
  id: string;
  createdAt: string;
  updatedAt: string;
  deviceId: string;
  clocks: Record<string, Clock>;
  /** Tombstone: the clock of the deletion. A field clock later than it revives the record. */
  deleted?: Clock;
};

export const STAMP_FIELDS: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt', 'deviceId', 'clocks', 'deleted']);

export type StampContext = { deviceId: string; clock: Clock; now: string };

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function dataFields<T extends object>(data: T): [string, unknown][] {
  return Object.entries(data).filter(([k, v]) => !STAMP_FIELDS.has(k) && v !== undefined);
}

export function stampCreate<T extends object>(data: T, ctx: StampContext, id: string): T & Stamped {
  const clocks: Record<string, Clock> = {};
  for (const [k] of dataFields(data)) clocks[k] = ctx.clock;
  return { ...data, id, createdAt: ctx.now, updatedAt: ctx.now, deviceId: ctx.deviceId, clocks };
}

export function stampUpdate<T extends object>(prev: T & Stamped, patch: Partial<T>, ctx: StampContext): { next: T & Stamped; changed: string[] } {
  const changed: string[] = [];
  const next: Record<string, unknown> = { ...prev, clocks: { ...prev.clocks } };
  for (const [k, v] of Object.entries(patch)) {
    if (STAMP_FIELDS.has(k)) continue;
    const before = (prev as Record<string, unknown>)[k];
    if (sameValue(before, v)) continue;
    if (v === undefined) delete next[k];
    else next[k] = v;
    (next.clocks as Record<string, Clock>)[k] = ctx.clock;
    changed.push(k);
  }
  if (changed.length === 0) return { next: prev, changed };
  next.updatedAt = ctx.now;
  next.deviceId = ctx.deviceId;
  return { next: next as T & Stamped, changed };
}

export function stampDelete<T extends object>(prev: T & Stamped, ctx: StampContext): T & Stamped {
  return { ...prev, deleted: ctx.clock, updatedAt: ctx.now, deviceId: ctx.deviceId };
}

/** Live unless deleted, or revived by a field written after its deletion. */
export function isLive(record: Stamped): boolean {
  if (record.deleted === undefined) return true;
  const deleted = record.deleted;
  return Object.values(record.clocks).some((c) => c > deleted);
}
