// The logical content of the shared sync file (see DESIGN.md, "Records and sync").
import type { Clock } from './hlc';

export type { Clock };

/**
 * A version vector: per device, the highest clock of that device's writes to one field that the
 * writer had seen. A value whose clock it covers was overwritten knowingly, not concurrently.
 */
export type VersionVector = Record<string, Clock>;

export type FieldEntry = {
  value: unknown;
  clock: Clock;
  /** Causal metadata. Missing means "seen nothing": concurrent with every other value of the field. */
  seen?: VersionVector;
};

export type SyncRecord = {
  table: string;
  id: string;
  fields: Record<string, FieldEntry>;
  /** Tombstone: the clock of the deletion. A field clock later than it revives the record. */
  deleted?: Clock;
  /** What the deleter had seen of the record (all fields) when deleting; missing means nothing. */
  deletedSeen?: VersionVector;
};

export type SyncState = { records: Record<string /* `${table}/${id}` */, SyncRecord> };

export type ConflictSide = { value: unknown; clock: Clock };

export type Conflict = { table: string; id: string; field: string; kept: ConflictSide; lost: ConflictSide };

export type MergeResult = { state: SyncState; conflicts: Conflict[] };

/**
 * The pseudo-field of a delete-versus-edit conflict. On the deleting side the value is `null`;
 * on the editing side it is an object of the concurrently edited fields and their values.
 * A real field must not use this name.
 */
export const DELETED_FIELD = '__deleted__';

export function recordKey(table: string, id: string): string {
  return `${table}/${id}`;
}
