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

export type MetaEntry = { key: string; value: unknown };

export type ProfileRecord = OrgProfile & Stamped;

export class KansliDb extends Dexie {
  profile!: Table<ProfileRecord, string>;
  changes!: Table<ChangeEntry, number>;
  meta!: Table<MetaEntry, string>;

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
