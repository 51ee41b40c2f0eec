// The local traces of an erased member's personal data, outside the record itself: conflict rows
// (both sides' values) and the "what arrived" lists of past sync runs (which name the record).
// Run when an erasure is made here or first arrives by sync. The change log holds only field
// names, never values, so it stays (it is the record of who did what).
import type { KansliDb } from '../schema';
import { isPersonalField } from '../../domain/sync/erasure';
import { toSyncRecord, type StoredRecord } from '../../domain/sync/records';
import { conflictsTable, syncRunsTable } from './tables';
import { labelOf } from './state';

export type Erased = { table: string; id: string };

export type PurgeCounts = { conflicts: number; runs: number };

/** Removes the personal data of erased records from the conflicts and the sync history. */
export async function purgeErased(db: KansliDb, erased: readonly Erased[]): Promise<PurgeCounts> {
  const counts: PurgeCounts = { conflicts: 0, runs: 0 };
  if (erased.length === 0) return counts;
  const conflicts = conflictsTable(db);
  const runs = syncRunsTable(db);
  const tables = [...new Set(erased.map((e) => e.table))].map((t) => db.table(t));
  await db.transaction('rw', [conflicts, runs, ...tables], async () => {
    const labels = new Map<string, string>();
    for (const e of erased) {
      const row = (await db.table(e.table).get(e.id)) as StoredRecord | undefined;
      if (!row) continue;
      const rec = toSyncRecord(e.table, row);
      labels.set(`${e.table}/${e.id}`, labelOf(rec));
      const rows = await conflicts.where('[table+recordId]').equals([e.table, e.id]).toArray();
      // A conflict on a field that is not personal (the status, the category) holds nothing to erase.
      const doomed = rows.filter((c) => isPersonalField(rec, c.field) || c.field === '__deleted__').map((c) => c.id);
      await conflicts.bulkDelete(doomed);
      counts.conflicts += doomed.length;
    }
    // Past runs list what arrived by name: the name becomes what the erasure left.
    await runs.toCollection().modify((run) => {
      let touched = false;
      for (const change of run.changes) {
        const label = labels.get(`${change.table}/${change.recordId}`);
        if (label === undefined || change.label === label) continue;
        change.label = label;
        touched = true;
      }
      // Renumbered members are named in the run's notes too.
      for (const note of run.renumbered ?? []) {
        const label = labels.get(`members/${note.id}`);
        if (label === undefined || note.name === label) continue;
        note.name = label;
        touched = true;
      }
      if (touched) counts.runs += 1;
    });
  });
  return counts;
}
