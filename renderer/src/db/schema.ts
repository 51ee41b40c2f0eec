// The Dexie schema. A version, once released, is never edited: later issues add tables and
// indexes through a new `version(n)` in migrations.ts, each with its own migration test.
import Dexie, { type Table } from 'dexie';
import type { Stamped } from './stamp';
import type { OrgProfile } from '../domain/org/profile';
import { migrations } from './migrations';

export type ChangeEntry = {
  seq?: number;
  table: string;
  recordId: string;
  kind: 'create' | 'update' | 'delete';
  fields: string[];
  clock: string;
  deviceId: string;
  userName: string;
  at: string;
};

/**
 * One change-log row for many records written together (an import writes one per chunk of
 * members, where a row per member cost as much as the members themselves). `recordIds` is
 * indexed (multiEntry, schema v4) so a record's history and the sync cursor find it like a
 * ChangeEntry; `fieldsOf[i]` are the fields written to `recordIds[i]`, `clock` is the latest of
 * the batch's clocks.
 */
export type BatchChangeEntry = Omit<ChangeEntry, 'recordId' | 'fields'> & { recordIds: string[]; fieldsOf: string[][] };

/** A row of `changes`: one record's change, or a batch of them. */
export type ChangeRow = ChangeEntry | BatchChangeEntry;

export function isBatch(row: ChangeRow): row is BatchChangeEntry {
  return (row as BatchChangeEntry).recordIds !== undefined;
}

/** The entries a change-log row holds for one record (none if it does not name it). */
export function entriesFor(row: ChangeRow, table: string, recordId: string): ChangeEntry[] {
  if (row.table !== table) return [];
  if (!isBatch(row)) return row.recordId === recordId ? [row] : [];
  const { recordIds, fieldsOf, ...rest } = row;
  const out: ChangeEntry[] = [];
  recordIds.forEach((id, i) => {
    if (id === recordId) out.push({ ...rest, recordId, fields: fieldsOf[i] ?? [] });
  });
  return out;
}

export type MetaEntry = { key: string; value: unknown };

export type ProfileRecord = OrgProfile & Stamped;

export class KansliDb extends Dexie {
  profile!: Table<ProfileRecord, string>;
  /**
   * The change log. Typed as the single-record entries every repository writes; an import's
   * batch rows (BatchChangeEntry) are in the same table, so whatever reads records' ids out of
   * the log reads it through `changeLog`, which says so.
   */
  changes!: Table<ChangeEntry, number>;
  meta!: Table<MetaEntry, string>;

  /** The change log with its batch rows typed as such: for readers of record ids, and the import. */
  get changeLog(): Table<ChangeRow, number> {
    return this.changes as unknown as Table<ChangeRow, number>;
  }

  constructor(name = 'kansli') {
    super(name);
    for (const m of migrations) {
      const v = this.version(m.version).stores(m.stores);
      if (m.upgrade) v.upgrade(m.upgrade);
    }
  }
}

/** The tables whose records are synced (the rest are this device's own bookkeeping). */
export const SYNCED_TABLES = [
  'profile',
  'categories',
  'members',
  'feeSchedules',
  'invoices',
  'payments',
  'meetings',
  'agendaItems',
  'agendaTemplates',
  'registrations',
  'minutes',
  'pressReleases',
  'bylawVersions',
  'bylawProposals',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];
