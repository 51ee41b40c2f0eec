// Resolving a conflict: the officer keeps the value that won, takes the one that lost, or writes
// a value of her own. The choice is written as a new edit whose causal metadata covers both values,
// so it reaches the others through the next sync as a decision already made, not a new conflict.
import type { Table } from 'dexie';
import type { KansliDb } from '../schema';
import { persistClock, type DeviceContext } from '../context';
import { deleteRecord, isLive, writeField } from '../../domain/sync/local';
import { fromSyncRecord, toSyncRecord, type StoredRecord } from '../../domain/sync/records';
import type { FieldEntry, SyncRecord } from '../../domain/sync/types';
import { DELETED_FIELD } from '../../domain/sync/types';
import { withClock } from '../../domain/sync/vectors';
import { conflictsTable, type ConflictRow, type Resolution } from './tables';

export type Choice = { kind: 'kept' } | { kind: 'lost' } | { kind: 'edited'; value: unknown };

/** Adds clocks to an entry's causal metadata (those it is now known to have seen). */
function knowing(entry: FieldEntry, clocks: string[]): FieldEntry {
  let seen = entry.seen;
  for (const c of clocks) if (c) seen = withClock(seen, c);
  return seen ? { ...entry, seen } : entry;
}

function resolveField(rec: SyncRecord, c: ConflictRow, choice: Choice, tick: () => string): SyncRecord {
  const prev = Object.hasOwn(rec.fields, c.field) ? rec.fields[c.field] : undefined;
  const value = choice.kind === 'kept' ? (prev ? prev.value : c.kept.value) : choice.kind === 'lost' ? c.lost.value : choice.value;
  const restore = !isLive(rec) ? rec.deleted : undefined;
  const entry = knowing(writeField(prev, value, tick(), restore), [c.kept.clock, c.lost.clock]);
  return { ...rec, fields: { ...rec.fields, [c.field]: entry } };
}

/** Delete against edit: keep the record (with the edits) or keep it deleted. */
function resolveDeletion(rec: SyncRecord, c: ConflictRow, keepRecord: boolean, tick: () => string): SyncRecord {
  if (!keepRecord) return deleteRecord(rec, tick());
  const edits = (c.kept.value ?? c.lost.value) as Record<string, unknown> | null;
  const fields = { ...rec.fields };
  const names = edits && typeof edits === 'object' ? Object.keys(edits) : Object.keys(rec.fields);
  for (const name of names) {
    const prev = Object.hasOwn(fields, name) ? fields[name] : undefined;
    const value = edits && Object.hasOwn(edits, name) ? edits[name] : prev?.value;
    fields[name] = writeField(prev, value, tick(), rec.deleted);
  }
  return { ...rec, fields };
}

export async function resolveConflict(db: KansliDb, ctx: DeviceContext, conflictId: string, choice: Choice): Promise<void> {
  const store = conflictsTable(db);
  const c = await store.get(conflictId);
  if (!c || c.resolved === 1) return;
  const t: Table<StoredRecord, string> = db.table(c.table);
  await db.transaction('rw', [t, store, db.changes, db.meta], async () => {
    const row = await t.get(c.recordId);
    if (row) {
      const rec = toSyncRecord(c.table, row);
      const tick = () => ctx.clock.tick();
      let next: SyncRecord;
      if (c.field === DELETED_FIELD) {
        // For delete-against-edit the "kept" side is whichever won; "lost" takes the other.
        const keptIsDeletion = c.kept.value === null;
        const keepRecord = choice.kind === 'kept' ? !keptIsDeletion : keptIsDeletion;
        next = resolveDeletion(rec, c, keepRecord, tick);
      } else {
        next = resolveField(rec, c, choice, tick);
      }
      const stored = fromSyncRecord(next, row);
      stored.updatedAt = ctx.now().toISOString();
      stored.deviceId = ctx.deviceId;
      await t.put(stored);
      const fields = c.field === DELETED_FIELD ? Object.keys(next.fields).filter((f) => next.fields[f] !== rec.fields[f]) : [c.field];
      const kind = isLive(next) ? 'update' : 'delete';
      const last = Object.values(next.fields).map((e) => e.clock).concat(next.deleted ?? []).sort().pop()!;
      await db.changes.add({ table: c.table, recordId: c.recordId, kind, fields, clock: last, deviceId: ctx.deviceId, userName: ctx.userName, at: ctx.now().toISOString() });
      await persistClock(db, ctx);
    }
    const resolution: Resolution = choice.kind;
    await store.put({ ...c, resolved: 1, resolution, resolvedAt: ctx.now().toISOString(), resolvedBy: ctx.userName });
  });
}
