// GDPR erasure must survive sync. An officer anonymises a member who has left; another officer,
// offline, had edited that member's e-mail (or edits it next week without having synced). With
// plain last-writer-wins the later edit would bring personal data back, and the merge would even
// keep the erased value's rival in the conflict list. So an erased record's personal fields are
// guarded: before two states are merged, every personal entry of one side that was written without
// knowing of the other side's erasure is replaced by what the erasure left. Such an edit is dropped,
// never reported as a conflict (that would keep the data). A value written knowingly after the
// erasure (its causal metadata covers the erasure, or its state holds an erasure at least as late)
// is a deliberate re-entry and merges normally.
//
// The erasure is marked by a field that only the erasure writes (members: `anonymisedAt`); its
// clock is the erasure's. The marker merges like any field, so once one replica has it, all do.
import { covers, setOwn } from './vectors';
import { mergeStates } from './merge';
import { DELETED_FIELD, type Clock, type Conflict, type FieldEntry, type MergeResult, type SyncRecord, type SyncState } from './types';

type ErasureRule = {
  /** The field only the erasure writes; a non-empty value means "erased". */
  marker: string;
  /** Fields that are not personal data and stay as they are (what bookkeeping needs). */
  kept: ReadonlySet<string>;
  /** Fields kept only for some records (an organisation's name is not personal data). */
  keptFor?: (record: SyncRecord) => readonly string[];
};

const SOLE_TRADER = /^\d{8}-\d{4}$/;

/** Mirrors anonymisePatch (domain/members/gdpr.ts): what survives an anonymisation. */
export const ERASURE_RULES: Readonly<Record<string, ErasureRule>> = {
  members: {
    marker: 'anonymisedAt',
    kept: new Set(['kind', 'memberNumber', 'categoryId', 'status', 'appliedDate', 'joinedDate', 'resignedDate', 'excludedDate', 'anonymisedAt']),
    keptFor: (r) => {
      // A company keeps its name and number, a sole trader's number is a personnummer. After the
      // erasure a sole trader's number is gone, so "an organisation number is left" decides.
      const kind = valueOf(r, 'kind');
      const org = valueOf(r, 'organisationNumber');
      return kind === 'organisation' && typeof org === 'string' && org !== '' && !SOLE_TRADER.test(org) ? ['name', 'organisationNumber'] : [];
    },
  },
};

function valueOf(r: SyncRecord, field: string): unknown {
  return Object.hasOwn(r.fields, field) ? r.fields[field]!.value : undefined;
}

/** The clock of the record's erasure, if it is erased. */
export function erasureClock(r: SyncRecord): Clock | undefined {
  const rule = Object.hasOwn(ERASURE_RULES, r.table) ? ERASURE_RULES[r.table] : undefined;
  if (!rule || !Object.hasOwn(r.fields, rule.marker)) return undefined;
  const e = r.fields[rule.marker]!;
  return typeof e.value === 'string' && e.value !== '' ? e.clock : undefined;
}

export function isErased(r: SyncRecord | undefined): boolean {
  return r !== undefined && erasureClock(r) !== undefined;
}

/** Whether `field` of the erased record `r` holds personal data (is cleared by the erasure). */
export function isPersonalField(r: SyncRecord, field: string): boolean {
  const rule = Object.hasOwn(ERASURE_RULES, r.table) ? ERASURE_RULES[r.table] : undefined;
  if (!rule || field === DELETED_FIELD) return false;
  return !rule.kept.has(field) && !(rule.keptFor?.(r) ?? []).includes(field);
}

/**
 * `other` with every personal entry that `erased` must overrule replaced by `erased`'s entry (or
 * an empty one at the erasure's clock). Returns `other` itself when nothing needs replacing.
 */
export function guardRecord(erased: SyncRecord, other: SyncRecord): SyncRecord {
  const m = erasureClock(erased);
  if (m === undefined) return other;
  const own = erasureClock(other);
  if (own !== undefined && own >= m) return other; // it knew an erasure at least as late
  let fields: Record<string, FieldEntry> | undefined;
  const names = new Set([...Object.keys(other.fields), ...Object.keys(erased.fields)]);
  for (const name of names) {
    if (!isPersonalField(erased, name)) continue;
    const mine = Object.hasOwn(erased.fields, name) ? erased.fields[name]! : { value: undefined, clock: m };
    const theirs = Object.hasOwn(other.fields, name) ? other.fields[name] : undefined;
    if (theirs === mine) continue;
    if (theirs && theirs.clock > m && covers(theirs.seen, m)) continue; // written knowing of the erasure
    if (theirs && theirs.clock === mine.clock && theirs.value === mine.value) continue;
    if (!theirs && !Object.hasOwn(erased.fields, name)) continue; // neither side has it
    fields ??= { ...other.fields };
    setOwn(fields, name, mine);
  }
  return fields ? { ...other, fields } : other;
}

function erasedKeys(s: SyncState): string[] {
  const out: string[] = [];
  for (const key of Object.keys(s.records)) {
    const r = s.records[key]!;
    if (Object.hasOwn(ERASURE_RULES, r.table) && isErased(r)) out.push(key);
  }
  return out;
}

/** `target` with the records of `erased`'s erased records guarded; the same object when unchanged. */
function guardState(target: SyncState, source: SyncState, keys: string[]): SyncState {
  let records: Record<string, SyncRecord> | undefined;
  for (const key of keys) {
    if (!Object.hasOwn(target.records, key)) continue;
    const before = target.records[key]!;
    const after = guardRecord(source.records[key]!, before);
    if (after === before) continue;
    records ??= { ...target.records };
    setOwn(records, key, after);
  }
  return records ? { records } : target;
}

function withoutPersonal(value: unknown, r: SyncRecord): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) if (!isPersonalField(r, k)) setOwn(out, k, (value as Record<string, unknown>)[k]);
  return out;
}

const isEmptyObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;

/**
 * The conflicts without personal data of erased records: a conflict on a personal field goes, and
 * a delete-versus-edit conflict keeps only the non-personal edits (it goes when none are left).
 */
export function scrubConflicts(conflicts: Conflict[], state: SyncState): Conflict[] {
  const out: Conflict[] = [];
  for (const c of conflicts) {
    const key = `${c.table}/${c.id}`;
    const r = Object.hasOwn(state.records, key) ? state.records[key] : undefined;
    if (!r || !isErased(r)) { out.push(c); continue; }
    if (c.field !== DELETED_FIELD) {
      if (!isPersonalField(r, c.field)) out.push(c);
      continue;
    }
    const kept = { ...c.kept, value: withoutPersonal(c.kept.value, r) };
    const lost = { ...c.lost, value: withoutPersonal(c.lost.value, r) };
    if (isEmptyObject(kept.value) || isEmptyObject(lost.value)) continue;
    out.push({ ...c, kept, lost });
  }
  return out;
}

/**
 * mergeStates, with erasures honoured: what sync calls wherever two states meet (the file and
 * its copies, the file and this device). Costs one pass over the records to find erased ones.
 */
export function mergeWithErasure(a: SyncState, b: SyncState): MergeResult {
  if (a === b) return { state: a, conflicts: [] };
  const ka = erasedKeys(a);
  const kb = erasedKeys(b);
  if (ka.length === 0 && kb.length === 0) return mergeStates(a, b);
  const a2 = guardState(a, b, kb);
  const b2 = guardState(b, a, ka);
  const result = mergeStates(a2, b2);
  return { state: result.state, conflicts: scrubConflicts(result.conflicts, result.state) };
}

/** Records erased in `after` that were not erased (or not there) in `before`: whose traces to purge. */
export function newlyErased(before: SyncState, after: SyncState): { table: string; id: string }[] {
  const out: { table: string; id: string }[] = [];
  for (const key of erasedKeys(after)) {
    const prior = Object.hasOwn(before.records, key) ? before.records[key] : undefined;
    if (!isErased(prior)) out.push({ table: after.records[key]!.table, id: after.records[key]!.id });
  }
  return out;
}
