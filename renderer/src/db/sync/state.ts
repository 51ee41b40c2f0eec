// The local side of a sync: this device's records as a sync state, and merged records written
// back into Dexie, in one transaction, with the change log and the conflicts.
import type { Table } from 'dexie';
import { SYNCED_TABLES, type ChangeEntry, type KansliDb } from '../schema';
import { persistClock, type DeviceContext } from '../context';
import { clockDevice, parseClock } from '../../domain/sync/hlc';
import { isLive, latestClock, recordKey, type Conflict, type SyncRecord, type SyncState } from '../../domain/sync/merge';
import { changedFields, fromSyncRecord, latestRecordClock, sameRecord, toSyncRecord, type StoredRecord } from '../../domain/sync/records';
import type { Devices } from '../../domain/sync/codec';
import { mergeWithErasure } from '../../domain/sync/erasure';
import { conflictsTable, type ChangeSummary, type ConflictKind, type ConflictRow } from './tables';

const SYNCED: ReadonlySet<string> = new Set(SYNCED_TABLES);

function table(db: KansliDb, name: string): Table<StoredRecord, string> {
  return db.table(name);
}

/** Every synced record of this device, with its clocks and causal metadata. */
export async function localState(db: KansliDb): Promise<SyncState> {
  const records: Record<string, SyncRecord> = {};
  await db.transaction('r', SYNCED_TABLES.map((t) => db.table(t)), async () => {
    for (const name of SYNCED_TABLES) {
      for (const row of await table(db, name).toArray()) {
        if (!row || typeof row.id !== 'string' || !row.clocks) continue;
        records[recordKey(name, row.id)] = toSyncRecord(name, row);
      }
    }
  });
  return { records };
}

const LABEL_FIELDS = ['name', 'title', 'headline', 'heading', 'subject', 'invoiceNumber', 'memberNumber', 'number', 'text'];

/** A short name for a record in lists: its name or title when it has one. */
export function labelOf(record: SyncRecord | undefined): string {
  if (!record) return '';
  for (const f of LABEL_FIELDS) {
    const v = Object.hasOwn(record.fields, f) ? record.fields[f]!.value : undefined;
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 80);
    if (typeof v === 'number') return String(v);
  }
  return '';
}

export type Who = (clock: string) => string;

/** Names the officer behind a clock: from the file's device list, or this device's own user. */
export function whoFrom(devices: Devices, ctx: DeviceContext): Who {
  return (clock) => {
    const d = clockDevice(clock);
    if (d === ctx.deviceId) return ctx.userName || 'den här datorn';
    return (Object.hasOwn(devices, d) ? devices[d]!.name : '') || `enhet ${d.slice(0, 8)}`;
  };
}

export function conflictId(c: { table: string; id: string; field: string; lost: { clock: string } }): string {
  return `${c.table}/${c.id}/${c.field}/${c.lost.clock}`;
}

export function conflictRow(c: Conflict, kind: ConflictKind, label: string, who: Who, at: string): ConflictRow {
  return {
    id: conflictId(c),
    table: c.table,
    recordId: c.id,
    field: c.field,
    kind,
    label,
    kept: { ...c.kept, by: c.kept.clock ? who(c.kept.clock) : '' },
    lost: { ...c.lost, by: who(c.lost.clock) },
    detectedAt: at,
    resolved: 0,
  };
}

export type ApplyResult = {
  in: Record<string, number>;
  changes: ChangeSummary[];
  newConflicts: number;
  /** The last `changes` seq before this apply wrote, and after: tells an officer's edit during the sync apart. */
  seqBefore: number;
  seqAfter: number;
};

/** Some records of this device (those the sync needs), by `${table}/${id}` key. */
export async function localRecords(db: KansliDb, keys: Iterable<{ table: string; id: string }>): Promise<SyncState> {
  const byTable = new Map<string, string[]>();
  for (const { table: t, id } of keys) {
    if (!SYNCED.has(t)) continue;
    let ids = byTable.get(t);
    if (!ids) byTable.set(t, (ids = []));
    ids.push(id);
  }
  const records: Record<string, SyncRecord> = {};
  if (byTable.size === 0) return { records };
  await db.transaction('r', [...byTable.keys()].map((t) => db.table(t)), async () => {
    for (const [name, ids] of byTable) {
      const rows = await table(db, name).bulkGet(ids);
      for (const row of rows) if (row && typeof row.id === 'string' && row.clocks) records[recordKey(name, row.id)] = toSyncRecord(name, row);
    }
  });
  return { records };
}

async function seqNow(db: KansliDb): Promise<number> {
  return (await db.changes.orderBy(':id').last())?.seq ?? 0;
}

/**
 * Writes the records that the merge changed (those not the same as the local version) and the new
 * conflicts, in one transaction and in bulk. A record the officer edited while the sync was running
 * is merged once more with its current version, so that edit is kept too.
 */
export async function applyMerged(
  db: KansliDb,
  ctx: DeviceContext,
  local: SyncState,
  merged: SyncState,
  conflicts: ConflictRow[],
  who: Who,
): Promise<ApplyResult> {
  const counts: Record<string, number> = {};
  const changes: ChangeSummary[] = [];
  let newConflicts = 0;
  let seqBefore = 0;
  let seqAfter = 0;
  // What differs, per table; unchanged records are shared objects or equal, and cost nothing more.
  const todo = new Map<string, SyncRecord[]>();
  for (const key of Object.keys(merged.records)) {
    const rec = merged.records[key]!;
    if (!SYNCED.has(rec.table) || sameRecord(rec, Object.hasOwn(local.records, key) ? local.records[key] : undefined)) continue;
    let list = todo.get(rec.table);
    if (!list) todo.set(rec.table, (list = []));
    list.push(rec);
  }
  const tables = [...SYNCED_TABLES.map((t) => db.table(t)), conflictsTable(db), db.changes, db.meta];
  await db.transaction('rw', tables, async () => {
    seqBefore = await seqNow(db);
    const log: ChangeEntry[] = [];
    for (const [name, recs] of todo) {
      const t = table(db, name);
      const current = await t.bulkGet(recs.map((r) => r.id));
      const puts: StoredRecord[] = [];
      recs.forEach((merged0, i) => {
        let rec = merged0;
        const key = recordKey(rec.table, rec.id);
        const before = Object.hasOwn(local.records, key) ? local.records[key] : undefined;
        const row = current[i];
        const now = row ? toSyncRecord(rec.table, row) : undefined;
        if (now && !sameRecord(now, before)) {
          const again = mergeWithErasure({ records: { [key]: now } }, { records: { [key]: rec } });
          rec = again.state.records[key]!;
          for (const c of again.conflicts) conflicts.push(conflictRow(c, c.field === '__deleted__' ? 'delete' : 'edit', labelOf(rec), who, new Date().toISOString()));
          if (sameRecord(rec, now)) return;
        }
        puts.push(fromSyncRecord(rec, row));
        counts[rec.table] = (counts[rec.table] ?? 0) + 1;
        const prior = now ?? before;
        const fields = changedFields(prior, rec);
        // Who: the writers of what changed here (not of the record's latest field, which may be ours).
        const clocks = fields.map((f) => rec.fields[f]!.clock);
        if (rec.deleted !== undefined && rec.deleted !== prior?.deleted) clocks.push(rec.deleted);
        const last = clocks.length > 0 ? clocks.reduce((a, b) => (a > b ? a : b)) : latestRecordClock(rec)!;
        const by = [...new Set(clocks.sort().reverse().map(who))].join(', ') || who(last);
        const kind: ChangeSummary['kind'] = !prior ? 'create' : !isLive(rec) ? 'delete' : 'update';
        const at = new Date(parseClock(last).wall).toISOString();
        log.push({ table: rec.table, recordId: rec.id, kind, fields, clock: last, deviceId: clockDevice(last), userName: who(last), at });
        if (changes.length < 100) changes.push({ table: rec.table, recordId: rec.id, label: labelOf(rec), fields, kind, by, at });
      });
      if (puts.length > 0) await t.bulkPut(puts);
    }
    if (log.length > 0) await db.changes.bulkAdd(log);
    const store = conflictsTable(db);
    const fresh = new Map<string, ConflictRow>();
    for (const row of conflicts) if (!fresh.has(row.id)) fresh.set(row.id, row);
    if (fresh.size > 0) {
      const known = await store.bulkGet([...fresh.keys()]);
      const add = [...fresh.values()].filter((_, i) => !known[i]);
      if (add.length > 0) await store.bulkAdd(add);
      newConflicts = add.length;
    }
    const latest = latestClock(merged);
    if (latest) ctx.clock.observe(latest);
    await persistClock(db, ctx);
    seqAfter = await seqNow(db);
  });
  return { in: counts, changes, newConflicts, seqBefore, seqAfter };
}
