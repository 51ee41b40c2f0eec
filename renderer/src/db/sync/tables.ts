// This device's own sync bookkeeping (never synced): the conflicts the officer is to resolve, the
// record of each sync run, and the backups taken. The tables exist since schema v2.
import type { Table } from 'dexie';
import type { KansliDb } from '../schema';
import type { ConflictSide } from '../../domain/sync/types';
import type { Renumbering } from '../../domain/sync/memberNumbers';

export type ConflictKind = 'edit' | 'delete' | 'clock';
export type Resolution = 'kept' | 'lost' | 'edited';

export type ConflictRow = {
  /** `${table}/${recordId}/${field}/${lost.clock}`: the same loss reported twice is one conflict. */
  id: string;
  table: string;
  recordId: string;
  field: string;
  kind: ConflictKind;
  /** What the record is, for the list (its name or title when it has one). */
  label: string;
  kept: ConflictSide & { by: string };
  lost: ConflictSide & { by: string };
  detectedAt: string;
  /** 0 open, 1 resolved (a number, since IndexedDB cannot index booleans). */
  resolved: 0 | 1;
  resolution?: Resolution;
  resolvedAt?: string;
  resolvedBy?: string;
};

export type ChangeSummary = { table: string; recordId: string; label: string; fields: string[]; kind: 'create' | 'update' | 'delete'; by: string; at: string };

export type SyncRunRow = {
  seq?: number;
  at: string;
  finishedAt: string;
  path: string;
  status: 'ok' | 'failed';
  /** Why it failed, in the words shown to the user. */
  message?: string;
  /** Records changed here by the sync, per table. */
  in: Record<string, number>;
  /** Records this device sent to the shared file, per table. */
  out: Record<string, number>;
  written: boolean;
  conflicts: number;
  copiesMerged: number;
  copiesSkipped: number;
  quarantined: number;
  /** Members given the same number on two computers offline, and the new number one of them got. */
  renumbered?: Renumbering[];
  /** Who changed what, as it arrived (the first 100). */
  changes: ChangeSummary[];
};

export type BackupRow = { seq?: number; at: string; path: string; name: string; size: number; records: number; encrypted: boolean; reason: 'manual' | 'auto' | 'before-restore' };

export function conflictsTable(db: KansliDb): Table<ConflictRow, string> {
  return db.table('conflicts');
}
export function syncRunsTable(db: KansliDb): Table<SyncRunRow, number> {
  return db.table('syncRuns');
}
export function backupsTable(db: KansliDb): Table<BackupRow, number> {
  return db.table('backups');
}

export function openConflicts(db: KansliDb): Promise<ConflictRow[]> {
  return conflictsTable(db).where('resolved').equals(0).toArray();
}

/** Open conflicts of one record, for a badge on that record's screen. */
export async function openConflictsFor(db: KansliDb, table: string, recordId: string): Promise<ConflictRow[]> {
  return (await conflictsTable(db).where('[table+recordId]').equals([table, recordId]).toArray()).filter((c) => c.resolved === 0);
}

/** The open conflicts of several records at once (minutes and their paragraphs, say). */
export async function openConflictsForAny(db: KansliDb, records: readonly { table: string; recordId: string }[]): Promise<ConflictRow[]> {
  if (records.length === 0) return [];
  const keys = records.map((r) => [r.table, r.recordId]);
  return (await conflictsTable(db).where('[table+recordId]').anyOf(keys).toArray()).filter((c) => c.resolved === 0);
}

export function lastRun(db: KansliDb): Promise<SyncRunRow | undefined> {
  return syncRunsTable(db).orderBy('seq').last();
}
