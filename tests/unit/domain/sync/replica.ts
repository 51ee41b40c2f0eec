// A test double for an officer's computer: a sync state, a hybrid clock and the shared file, with
// every merge's conflicts kept so tests can ask what each officer was told.
import { HybridClock } from '../../../../renderer/src/domain/sync/hlc';
import {
  deleteRecord, latestClock, mergeStates, recordKey, writeField,
  type Conflict, type SyncRecord, type SyncState,
} from '../../../../renderer/src/domain/sync/merge';

export class SharedFile {
  state: SyncState = { records: {} };
}

export class Replica {
  state: SyncState = { records: {} };
  readonly clock: HybridClock;
  readonly told: Conflict[] = [];

  constructor(readonly device: string, now: () => number) {
    this.clock = new HybridClock(device, now);
  }

  record(table: string, id: string): SyncRecord | undefined {
    const key = recordKey(table, id);
    return Object.hasOwn(this.state.records, key) ? this.state.records[key] : undefined;
  }

  edit(table: string, id: string, field: string, value: unknown, opts: { restore?: boolean } = {}): void {
    const prev = this.record(table, id) ?? { table, id, fields: {} };
    const entry = Object.hasOwn(prev.fields, field) ? prev.fields[field] : undefined;
    const next = writeField(entry, value, this.clock.tick(), opts.restore ? prev.deleted : undefined);
    this.put({ ...prev, fields: { ...prev.fields, [field]: next } });
  }

  remove(table: string, id: string): void {
    const prev = this.record(table, id);
    if (!prev) throw new Error(`no record ${table}/${id}`);
    this.put(deleteRecord(prev, this.clock.tick()));
  }

  /** Read the shared file, merge, keep what we were told, write the result back. */
  sync(file: SharedFile): Conflict[] {
    const { state, conflicts } = mergeStates(this.state, file.state);
    this.told.push(...conflicts);
    const latest = latestClock(state);
    if (latest) this.clock.observe(latest);
    this.state = state;
    file.state = state;
    return conflicts;
  }

  private put(record: SyncRecord): void {
    this.state = { records: { ...this.state.records, [recordKey(record.table, record.id)]: record } };
  }
}

/** A wall clock the test moves by hand, shared by the replicas (each may add its own skew). */
export function manualTime(start: number) {
  let t = start;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}
