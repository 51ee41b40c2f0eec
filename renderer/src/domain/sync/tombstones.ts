// Delete-versus-edit: one officer deletes a record while another edits it. Whichever side wins by
// the clocks, the other must stay visible, so the merge reports it under the pseudo-field
// DELETED_FIELD (the deleting side's value is null; the editing side's value is an object of the
// edited fields). Only a pair that meets for the first time in this merge is reported: when one
// input already held both the tombstone and the edit, that input has seen the conflict before.
import type { Clock } from './hlc';
import { DELETED_FIELD, type Conflict, type FieldEntry, type SyncRecord } from './types';
import { covers, setOwn } from './vectors';

function own(fields: Record<string, FieldEntry>, name: string): FieldEntry | undefined {
  return Object.hasOwn(fields, name) ? fields[name] : undefined;
}

function editsOf(merged: SyncRecord, names: string[]): { value: Record<string, unknown>; clock: Clock } {
  names.sort();
  const value: Record<string, unknown> = {};
  let clock = '';
  for (const name of names) {
    const entry = merged.fields[name]!;
    setOwn(value, name, entry.value);
    if (entry.clock > clock) clock = entry.clock;
  }
  return { value, clock };
}

/** Adds the delete-versus-edit conflict of one merged record, if this merge brought one about. */
export function collectTombstoneConflict(a: SyncRecord, b: SyncRecord, merged: SyncRecord, out: Conflict[]): void {
  const deleted = merged.deleted;
  if (deleted === undefined) return;
  const aHas = a.deleted === deleted;
  if (aHas === (b.deleted === deleted)) return; // both held the tombstone already
  const holder = aHas ? a : b;
  const other = aHas ? b : a;

  let live = false;
  const reviving: string[] = [];
  const hidden: string[] = [];
  for (const name of Object.keys(merged.fields)) {
    const entry = merged.fields[name]!;
    const later = entry.clock > deleted;
    if (later) live = true;
    if (own(other.fields, name)?.clock !== entry.clock) continue; // the edit is not new to the deleter
    if (own(holder.fields, name)?.clock === entry.clock) continue;
    if (later) {
      if (!covers(entry.seen, deleted)) reviving.push(name);
    } else if (!covers(merged.deletedSeen, entry.clock)) {
      hidden.push(name);
    }
  }

  const base = { table: merged.table, id: merged.id, field: DELETED_FIELD };
  if (live && reviving.length > 0) {
    // An edit made without knowing of the deletion brought the record back.
    out.push({ ...base, kept: editsOf(merged, reviving), lost: { value: null, clock: deleted } });
  } else if (!live && hidden.length > 0) {
    // The deletion hides edits its author never saw.
    out.push({ ...base, kept: { value: null, clock: deleted }, lost: editsOf(merged, hidden) });
  }
}
