// Restoring a backup in a synced world: the backup's content is written again as new edits, with
// clocks later than everything this device has seen and causal metadata that says so, so that the
// restore reaches the other officers through the next sync as a deliberate change (no conflicts),
// rather than old clocks that the shared file would overrule at once.
import type { Clock } from './hlc';
import { deleteRecord, isLive, writeField } from './local';
import type { SyncRecord, SyncState } from './types';
import { valuesEqual } from './values';
import { setOwn } from './vectors';

/** The records that must change for `current` to show what `backup` holds (only those). */
export function planRestore(current: SyncState, backup: SyncState, tick: () => Clock, tables?: ReadonlySet<string>): SyncState {
  const records: Record<string, SyncRecord> = {};
  const keys = new Set([...Object.keys(current.records), ...Object.keys(backup.records)]);
  for (const key of [...keys].sort()) {
    const cur = Object.hasOwn(current.records, key) ? current.records[key] : undefined;
    const want = Object.hasOwn(backup.records, key) ? backup.records[key] : undefined;
    const table = (cur ?? want)!.table;
    if (tables && !tables.has(table)) continue;
    const wantLive = want !== undefined && isLive(want);
    if (!wantLive) {
      if (cur && isLive(cur)) setOwn(records, key, deleteRecord(cur, tick()));
      continue;
    }
    const base: SyncRecord = cur ?? { table: want.table, id: want.id, fields: {} };
    const revive = cur !== undefined && !isLive(cur);
    let fields: SyncRecord['fields'] | undefined;
    const names = new Set([...Object.keys(base.fields), ...Object.keys(want.fields)]);
    for (const name of [...names].sort()) {
      const prev = Object.hasOwn(base.fields, name) ? base.fields[name] : undefined;
      const value = Object.hasOwn(want.fields, name) ? want.fields[name]!.value : undefined;
      if (!revive && prev && valuesEqual(prev.value, value)) continue;
      if (!prev && value === undefined) continue;
      fields ??= { ...base.fields };
      setOwn(fields, name, writeField(prev, value, tick(), revive ? base.deleted : undefined));
    }
    if (fields) setOwn(records, key, { ...base, fields });
  }
  return { records };
}
