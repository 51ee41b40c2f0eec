// Every schema version in order. Add a new entry for a change; never edit a released one.
import type { Transaction } from 'dexie';

export type Migration = { version: number; stores: Record<string, string | null>; upgrade?: (tx: Transaction) => Promise<void> | void };

export const migrations: Migration[] = [
  {
    version: 1,
    stores: {
      profile: 'id, updatedAt',
      changes: '++seq, [table+recordId], at',
      meta: 'key',
    },
  },
];

export const CURRENT_VERSION = migrations[migrations.length - 1]!.version;
