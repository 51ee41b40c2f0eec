// A computer whose date is wrong (years ahead) would win every field it writes, for ever, since
// the later clock wins. Changes stamped further ahead of this computer's time than the HLC's drift
// limit are therefore held back from a merge and shown to the officer, who can adopt the value
// (it is then written again with a sane clock) or leave it. If most of what arrives is "ahead",
// it is this computer's own clock that is wrong: nothing is held back and the caller warns.
import { MAX_DRIFT_MS, parseClock } from './hlc';
import type { FieldEntry, SyncRecord, SyncState } from './types';
import { DELETED_FIELD } from './types';
import { setOwn } from './vectors';

export type HeldBack = { table: string; id: string; field: string; value: unknown; clock: string };
export type QuarantineResult = { state: SyncState; held: HeldBack[]; ownClockBehind: boolean };

const ahead = (clock: string, limit: number) => parseClock(clock).wall > limit;

export function holdBackFuture(state: SyncState, nowMs: number, maxDriftMs = MAX_DRIFT_MS): QuarantineResult {
  const limit = nowMs + maxDriftMs;
  let total = 0;
  let future = 0;
  for (const r of Object.values(state.records)) {
    for (const e of Object.values(r.fields)) {
      total += 1;
      if (ahead(e.clock, limit)) future += 1;
    }
    if (r.deleted !== undefined) {
      total += 1;
      if (ahead(r.deleted, limit)) future += 1;
    }
  }
  if (future === 0) return { state, held: [], ownClockBehind: false };
  if (future * 2 > total) return { state, held: [], ownClockBehind: true };

  const held: HeldBack[] = [];
  const records: Record<string, SyncRecord> = {};
  for (const key of Object.keys(state.records)) {
    const r = state.records[key]!;
    let fields: Record<string, FieldEntry> | undefined;
    for (const name of Object.keys(r.fields)) {
      const e = r.fields[name]!;
      if (!ahead(e.clock, limit)) continue;
      fields ??= { ...r.fields };
      delete fields[name];
      held.push({ table: r.table, id: r.id, field: name, value: e.value, clock: e.clock });
    }
    let out: SyncRecord = fields ? { ...r, fields } : r;
    if (r.deleted !== undefined && ahead(r.deleted, limit)) {
      out = { ...out };
      delete out.deleted;
      held.push({ table: r.table, id: r.id, field: DELETED_FIELD, value: null, clock: r.deleted });
    }
    if (Object.keys(out.fields).length > 0 || out.deleted !== undefined) setOwn(records, key, out);
  }
  return { state: { records }, held, ownClockBehind: false };
}
