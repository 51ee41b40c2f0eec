// Two officers, offline, each add a member; each computer gives the next löpnummer, so both new
// members get, say, 131. `members` has a unique index on the number, so applying the merged state
// would fail (or one member would be lost). Instead the merge result is checked: of the members
// sharing a number, the one created first keeps it (by its creation clock, then by id, so every
// computer picks the same), and each later one gets the next number never given. The new number is
// an ordinary field write with a fresh clock, so it reaches every computer through the file, and
// the officer is told who got which number.
import type { Clock } from './hlc';
import { writeField } from './local';
import { setOwn } from './vectors';
import type { SyncRecord, SyncState } from './types';

export type Renumbering = { id: string; name: string; from: number; to: number };

const TABLE = 'members';
const FIELD = 'memberNumber';

function numberOf(r: SyncRecord): number | undefined {
  const v = Object.hasOwn(r.fields, FIELD) ? r.fields[FIELD]!.value : undefined;
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** When the record was created: its earliest field clock (creation stamps every field at once). */
export function createdClock(r: SyncRecord): Clock {
  let first = '';
  for (const e of Object.values(r.fields)) if (first === '' || e.clock < first) first = e.clock;
  return first;
}

/** Members sharing a number, each group sorted so the one that keeps the number comes first. */
export function numberCollisions(state: SyncState): SyncRecord[][] {
  const byNumber = new Map<number, SyncRecord[]>();
  for (const r of Object.values(state.records)) {
    if (r.table !== TABLE) continue;
    const n = numberOf(r);
    if (n === undefined) continue;
    const group = byNumber.get(n);
    if (group) group.push(r);
    else byNumber.set(n, [r]);
  }
  const out: SyncRecord[][] = [];
  for (const [, group] of [...byNumber].sort(([a], [b]) => a - b)) {
    if (group.length < 2) continue;
    group.sort((x, y) => {
      const cx = createdClock(x);
      const cy = createdClock(y);
      if (cx !== cy) return cx < cy ? -1 : 1;
      return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
    });
    out.push(group);
  }
  return out;
}

/**
 * The state with every member number used once. `floor` is the highest number this computer ever
 * gave (numbers of purged members are never reused); `tick` gives this device's next clock.
 * Returns the same state object when there is no collision.
 */
export function renumberCollisions(state: SyncState, floor: number, tick: () => Clock): { state: SyncState; renumbered: Renumbering[] } {
  const groups = numberCollisions(state);
  if (groups.length === 0) return { state, renumbered: [] };
  let highest = floor;
  for (const r of Object.values(state.records)) {
    const n = r.table === TABLE ? numberOf(r) : undefined;
    if (n !== undefined && n > highest) highest = n;
  }
  const records: Record<string, SyncRecord> = { ...state.records };
  const renumbered: Renumbering[] = [];
  for (const group of groups) {
    for (const r of group.slice(1)) {
      const to = ++highest;
      const from = numberOf(r)!;
      const entry = writeField(r.fields[FIELD], to, tick());
      setOwn(records, `${r.table}/${r.id}`, { ...r, fields: { ...r.fields, [FIELD]: entry } });
      const name = Object.hasOwn(r.fields, 'name') ? r.fields.name!.value : undefined;
      renumbered.push({ id: r.id, name: typeof name === 'string' ? name : '', from, to });
    }
  }
  return { state: { records }, renumbered };
}
