// Full backups of this device's records (every synced table, with clocks, so nothing of the sync
// history is lost) and restoring one. A restore first backs up what is here now, then writes the
// backup's content as new edits (domain/sync/restore.ts), so the next sync carries it to the others.
import type { KansliDb } from '../schema';
import { SYNCED_TABLES } from '../schema';
import { persistClock, type DeviceContext } from '../context';
import type { BackupEntry } from '../../../../electron/api';
import { createFileKey } from '../../domain/sync/envelope';
import { readSyncFile, writeSyncFile } from '../../domain/sync/file';
import { isLive, type SyncState } from '../../domain/sync/merge';
import { planRestore } from '../../domain/sync/restore';
import { fromSyncRecord, type StoredRecord } from '../../domain/sync/records';
import { labelOf, localState } from './state';
import { backupsTable, type BackupRow } from './tables';

export type BackupIo = {
  write(req: { dir: string; bytes: Uint8Array; keep: number }): Promise<BackupEntry>;
  read(path: string): Promise<Uint8Array>;
};

export async function takeBackup(
  db: KansliDb, ctx: DeviceContext, io: BackupIo,
  opts: { dir: string; keep: number; passphrase?: string; reason: BackupRow['reason']; pbkdf2Iterations?: number },
): Promise<BackupRow> {
  const state = await localState(db);
  const at = ctx.now().toISOString();
  const key = opts.passphrase ? await createFileKey(opts.passphrase, opts.pbkdf2Iterations) : undefined;
  const bytes = await writeSyncFile({ state, devices: { [ctx.deviceId]: { name: ctx.userName, at } } }, { key, base: null, writtenAt: at, content: 'backup' });
  const entry = await io.write({ dir: opts.dir, bytes, keep: opts.keep });
  const row: BackupRow = { at, path: entry.path, name: entry.name, size: entry.size, records: Object.keys(state.records).length, encrypted: !!key, reason: opts.reason };
  await backupsTable(db).add(row);
  return row;
}

export type BackupPreview = {
  writtenAt: string;
  encrypted: boolean;
  /** Records that a restore would show, per table. */
  counts: Record<string, number>;
  /** A few records by name, per table, so the officer recognises the backup. */
  examples: Record<string, string[]>;
  state: SyncState;
};

export async function previewBackup(bytes: Uint8Array, passphrase?: string): Promise<BackupPreview> {
  const opened = await readSyncFile(bytes, { passphrase }, 'backup');
  const counts: Record<string, number> = {};
  const examples: Record<string, string[]> = {};
  for (const rec of Object.values(opened.state.records)) {
    if (!isLive(rec)) continue;
    counts[rec.table] = (counts[rec.table] ?? 0) + 1;
    const label = labelOf(rec);
    const list = (examples[rec.table] ??= []);
    if (label && list.length < 3) list.push(label);
  }
  return { writtenAt: opened.writtenAt, encrypted: opened.encrypted, counts, examples, state: opened.state };
}

/** Makes this device show what the backup holds; returns how many records changed, per table. */
export async function restoreBackup(db: KansliDb, ctx: DeviceContext, backup: SyncState): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.transaction('rw', [...SYNCED_TABLES.map((t) => db.table(t)), db.changes, db.meta], async () => {
    const current = await localState(db);
    const plan = planRestore(current, backup, () => ctx.clock.tick(), new Set(SYNCED_TABLES));
    for (const rec of Object.values(plan.records)) {
      const table = db.table<StoredRecord, string>(rec.table);
      const existing = await table.get(rec.id);
      const row = fromSyncRecord(rec, existing);
      row.updatedAt = ctx.now().toISOString();
      row.deviceId = ctx.deviceId;
      await table.put(row);
      counts[rec.table] = (counts[rec.table] ?? 0) + 1;
      const before = existing ? Object.keys(rec.fields).filter((f) => existing.clocks[f] !== rec.fields[f]!.clock) : Object.keys(rec.fields);
      await db.changes.add({
        table: rec.table, recordId: rec.id, kind: !existing ? 'create' : isLive(rec) ? 'update' : 'delete', fields: before,
        clock: ctx.clock.current(), deviceId: ctx.deviceId, userName: ctx.userName, at: ctx.now().toISOString(),
      });
    }
    await persistClock(db, ctx);
  });
  return counts;
}
