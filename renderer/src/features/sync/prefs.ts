// This computer's sync and backup preferences. Local bookkeeping, kept in the database's meta
// table (not in the synced tables, and not in settings, whose schema belongs to the shell).
import type { KansliDb } from '../../db/schema';

export type SyncPrefs = {
  intervalMinutes: 0 | 5 | 15 | 60;
  onStart: boolean;
  /** Sync when Kansli is closed (in a browser: when the tab is hidden or left). */
  onQuit: boolean;
  backupDir: string;
  backupKeep: number;
  backupDaily: boolean;
  lastAutoBackup?: string;
};

const KEY = 'sync.prefs';
export const DEFAULT_PREFS: SyncPrefs = { intervalMinutes: 0, onStart: false, onQuit: false, backupDir: '', backupKeep: 10, backupDaily: false };

export async function loadPrefs(db: KansliDb): Promise<SyncPrefs> {
  const row = await db.meta.get(KEY);
  return { ...DEFAULT_PREFS, ...(row?.value && typeof row.value === 'object' ? (row.value as Partial<SyncPrefs>) : {}) };
}

export async function savePrefs(db: KansliDb, patch: Partial<SyncPrefs>): Promise<SyncPrefs> {
  const next = { ...(await loadPrefs(db)), ...patch };
  await db.meta.put({ key: KEY, value: next });
  return next;
}
