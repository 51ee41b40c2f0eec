import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../../renderer/src/domain/sync/hlc';
import {
  DELETED_FIELD, deleteRecord, isLive, mergeStates, writeField,
  type SyncRecord, type SyncState,
} from '../../../../renderer/src/domain/sync/merge';
import { Replica, SharedFile, manualTime } from './replica';

const T = Date.UTC(2025, 3, 2, 18, 0);
const c = (wall: number, device: string, counter = 0) => formatClock({ wall: T + wall, counter, device });

function board() {
  const time = manualTime(T);
  const file = new SharedFile();
  const anna = new Replica('anna', time.now);
  const bo = new Replica('bo', time.now);
  return { time, file, anna, bo };
}

/** Both replicas start from the same synced member record. */
function withMember() {
  const b = board();
  b.anna.edit('members', 'm1', 'name', 'Nordic Byte AB');
  b.anna.edit('members', 'm1', 'email', 'info@nordicbyte.se');
  b.anna.edit('members', 'm1', 'city', 'Umeå');
  b.anna.sync(b.file);
  b.bo.sync(b.file);
  b.time.advance(60_000);
  return b;
}

function visible(state: SyncState, key: string): Record<string, unknown> | undefined {
  const r = state.records[key];
  if (!r || !isLive(r)) return undefined;
  return Object.fromEntries(Object.entries(r.fields).map(([k, e]) => [k, e.value]));
}

describe('mergeStates: two officers', () => {
  it('keeps both edits when they change different fields, without a conflict', () => {
    const { time, file, anna, bo } = withMember();
    anna.edit('members', 'm1', 'email', 'kansli@nordicbyte.se');
    time.advance(1000);
    bo.edit('members', 'm1', 'city', 'Skellefteå');
    expect(anna.sync(file)).toEqual([]);
    expect(bo.sync(file)).toEqual([]);
    expect(anna.sync(file)).toEqual([]);
    expect(visible(anna.state, 'members/m1')).toEqual({ name: 'Nordic Byte AB', email: 'kansli@nordicbyte.se', city: 'Skellefteå' });
    expect(bo.state).toEqual(anna.state);
  });

  it('keeps the later edit of the same field and reports the other one, on both computers', () => {
    const { time, file, anna, bo } = withMember();
    anna.edit('members', 'm1', 'email', 'styrelsen@nordicbyte.se');
    time.advance(5000);
    bo.edit('members', 'm1', 'email', 'ekonomi@nordicbyte.se');
    const annaClock = anna.record('members', 'm1')!.fields.email!.clock;
    const boClock = bo.record('members', 'm1')!.fields.email!.clock;
    anna.sync(file);
    const toBo = bo.sync(file);
    const toAnna = anna.sync(file);
    const expected = [{
      table: 'members', id: 'm1', field: 'email',
      kept: { value: 'ekonomi@nordicbyte.se', clock: boClock },
      lost: { value: 'styrelsen@nordicbyte.se', clock: annaClock },
    }];
    expect(toBo).toEqual(expected);
    // Anna's copy still held her value, so her merge tells her too; after that, nothing more.
    expect(toAnna).toEqual(expected);
    expect(anna.sync(file)).toEqual([]);
    expect(bo.sync(file)).toEqual([]);
    expect(visible(anna.state, 'members/m1')?.email).toBe('ekonomi@nordicbyte.se');
  });

  it('tells the officer whose value lost when they merge later, too', () => {
    const { time, file, anna, bo } = withMember();
    anna.edit('members', 'm1', 'email', 'a@nordicbyte.se');
    time.advance(5000);
    bo.edit('members', 'm1', 'email', 'b@nordicbyte.se');
    bo.sync(file); // Bo's value is the only one in the file: nothing to report yet
    expect(bo.told).toEqual([]);
    const toAnna = anna.sync(file);
    expect(toAnna).toHaveLength(1);
    expect(toAnna[0]!.lost.value).toBe('a@nordicbyte.se');
    expect(toAnna[0]!.kept.value).toBe('b@nordicbyte.se');
  });

  it('reports nothing when the later edit was made after seeing the earlier one', () => {
    const { time, file, anna, bo } = withMember();
    anna.edit('members', 'm1', 'email', 'a@nordicbyte.se');
    anna.sync(file);
    bo.sync(file);
    time.advance(1000);
    bo.edit('members', 'm1', 'email', 'b@nordicbyte.se');
    // Anna's copy still holds her own value; Bo's newer value knowingly replaced it.
    expect(mergeStates(anna.state, bo.state).conflicts).toEqual([]);
    expect(mergeStates(bo.state, anna.state).conflicts).toEqual([]);
    expect(bo.sync(file)).toEqual([]);
    expect(anna.sync(file)).toEqual([]);
  });

  it('does not report an officer overwriting her own earlier value', () => {
    const { time, file, anna } = withMember();
    anna.edit('members', 'm1', 'city', 'Luleå');
    anna.sync(file);
    time.advance(1000);
    const stale = file.state;
    anna.edit('members', 'm1', 'city', 'Piteå');
    expect(mergeStates(stale, anna.state).conflicts).toEqual([]);
  });

  it('treats entries without causal metadata as concurrent', () => {
    const rec = (value: string, clock: string): SyncState => ({
      records: { 'members/m1': { table: 'members', id: 'm1', fields: { email: { value, clock } } } },
    });
    const a = rec('a@x.se', c(1, 'anna'));
    const b = rec('b@x.se', c(2, 'bo'));
    const { state, conflicts } = mergeStates(a, b);
    expect(state.records['members/m1']!.fields.email!.value).toBe('b@x.se');
    expect(conflicts).toEqual([{ table: 'members', id: 'm1', field: 'email', kept: { value: 'b@x.se', clock: c(2, 'bo') }, lost: { value: 'a@x.se', clock: c(1, 'anna') } }]);
  });

  it('does not report two officers typing the same value', () => {
    const { time, file, anna, bo } = withMember();
    anna.edit('members', 'm1', 'city', 'Lycksele');
    time.advance(10);
    bo.edit('members', 'm1', 'city', 'Lycksele');
    anna.sync(file);
    expect(bo.sync(file)).toEqual([]);
  });

  it('breaks a tie between equal clocks by value, the same way in both orders', () => {
    const clock = c(5, 'anna');
    const a: SyncState = { records: { 'fees/f1': { table: 'fees', id: 'f1', fields: { amount: { value: 50000, clock } } } } };
    const b: SyncState = { records: { 'fees/f1': { table: 'fees', id: 'f1', fields: { amount: { value: 60000, clock } } } } };
    const ab = mergeStates(a, b);
    const ba = mergeStates(b, a);
    expect(ab.state).toEqual(ba.state);
    expect(ab.conflicts).toEqual(ba.conflicts);
    expect(ab.conflicts).toHaveLength(1);
    expect(ab.conflicts[0]!.kept.value).toBe(ab.state.records['fees/f1']!.fields.amount!.value);
  });

  it('carries over records that only one side has, and reuses unchanged records', () => {
    const { file, anna, bo } = withMember();
    bo.edit('members', 'm2', 'name', 'Kodverket i Umeå AB');
    const before = anna.state.records['members/m1'];
    const { state } = mergeStates(anna.state, bo.state);
    expect(state.records['members/m1']).toBe(before);
    expect(state.records['members/m2']).toBe(bo.state.records['members/m2']);
    expect(mergeStates(file.state, structuredClone(file.state)).state).toBe(file.state);
  });

  it('keeps a field whose name is __proto__ as data', () => {
    const rec = (v: string, clock: string): SyncState => ({
      records: { 'x/1': { table: 'x', id: '1', fields: JSON.parse(`{"__proto__": {"value": "${v}", "clock": "${clock}"}}`) as SyncRecord['fields'] } },
    });
    const { state } = mergeStates(rec('a', c(1, 'anna')), rec('b', c(2, 'bo')));
    const fields = state.records['x/1']!.fields;
    expect(Object.keys(fields)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  });
});

describe('mergeStates: deletion', () => {
  it('reports a deletion that hides an edit its author never saw', () => {
    const { time, file, anna, bo } = withMember();
    anna.edit('members', 'm1', 'email', 'ny@nordicbyte.se');
    time.advance(1000);
    bo.remove('members', 'm1');
    const ab = mergeStates(anna.state, bo.state);
    const ba = mergeStates(bo.state, anna.state);
    expect(ab.conflicts).toEqual(ba.conflicts);
    expect(ab.conflicts).toEqual([{
      table: 'members', id: 'm1', field: DELETED_FIELD,
      kept: { value: null, clock: bo.record('members', 'm1')!.deleted },
      lost: { value: { email: 'ny@nordicbyte.se' }, clock: anna.record('members', 'm1')!.fields.email!.clock },
    }]);
    expect(isLive(ab.state.records['members/m1']!)).toBe(false);
    // The hidden value is still in the state, ready to be restored.
    expect(ab.state.records['members/m1']!.fields.email!.value).toBe('ny@nordicbyte.se');
    anna.sync(file);
    expect(bo.sync(file)).toEqual(ab.conflicts);
  });

  it('reports nothing when the deleting officer had seen every edit', () => {
    const { time, file, anna, bo } = withMember();
    anna.edit('members', 'm1', 'email', 'ny@nordicbyte.se');
    anna.sync(file);
    bo.sync(file);
    time.advance(1000);
    bo.remove('members', 'm1');
    expect(mergeStates(anna.state, bo.state).conflicts).toEqual([]);
    expect(bo.sync(file)).toEqual([]);
    expect(anna.sync(file)).toEqual([]);
    expect(visible(anna.state, 'members/m1')).toBeUndefined();
  });

  it('revives a record edited after the deletion by someone who had not seen it, and says so', () => {
    const { time, file, anna, bo } = withMember();
    bo.remove('members', 'm1');
    time.advance(1000);
    anna.edit('members', 'm1', 'city', 'Kiruna');
    const { state, conflicts } = mergeStates(bo.state, anna.state);
    expect(visible(state, 'members/m1')).toEqual({ name: 'Nordic Byte AB', email: 'info@nordicbyte.se', city: 'Kiruna' });
    expect(conflicts).toEqual([{
      table: 'members', id: 'm1', field: DELETED_FIELD,
      kept: { value: { city: 'Kiruna' }, clock: anna.record('members', 'm1')!.fields.city!.clock },
      lost: { value: null, clock: bo.record('members', 'm1')!.deleted },
    }]);
    expect(mergeStates(anna.state, bo.state).conflicts).toEqual(conflicts);
    bo.sync(file);
    expect(anna.sync(file)).toEqual(conflicts);
  });

  it('restores a deleted record on purpose without a conflict', () => {
    const { time, file, anna, bo } = withMember();
    bo.remove('members', 'm1');
    bo.sync(file);
    anna.sync(file);
    expect(visible(anna.state, 'members/m1')).toBeUndefined();
    time.advance(1000);
    anna.edit('members', 'm1', 'name', 'Nordic Byte AB', { restore: true });
    expect(anna.sync(file)).toEqual([]);
    expect(mergeStates(bo.state, anna.state).conflicts).toEqual([]);
    expect(visible(file.state, 'members/m1')?.name).toBe('Nordic Byte AB');
  });

  it('keeps the later tombstone when both delete, with no conflict', () => {
    const { time, anna, bo } = withMember();
    anna.remove('members', 'm1');
    time.advance(10);
    bo.remove('members', 'm1');
    const { state, conflicts } = mergeStates(anna.state, bo.state);
    expect(state.records['members/m1']!.deleted).toBe(bo.record('members', 'm1')!.deleted);
    expect(conflicts).toEqual([]);
  });

  it('treats a tombstone without metadata as concurrent with every edit it hides', () => {
    const rec: SyncRecord = { table: 'members', id: 'm1', fields: { name: { value: 'Alfa AB', clock: c(1, 'anna') } } };
    const deleted: SyncRecord = { ...rec, deleted: c(2, 'bo') };
    const { conflicts } = mergeStates({ records: { 'members/m1': rec } }, { records: { 'members/m1': deleted } });
    // Both sides held the same name entry: the deletion is new, but the edit is not new to the deleter.
    expect(conflicts).toEqual([]);
    const edited: SyncRecord = { ...rec, fields: { name: { value: 'Beta AB', clock: c(1, 'cecilia') } } };
    const r2 = mergeStates({ records: { 'members/m1': edited } }, { records: { 'members/m1': deleted } });
    expect(r2.conflicts.map((x) => x.field).sort()).toEqual([DELETED_FIELD, 'name']);
  });
});

describe('mergeStates: deletion with metadata only', () => {
  const edit = { value: 'ny@nordicbyte.se', clock: c(1, 'anna') };

  it('does not report an edit the deleter had seen, even when the file no longer holds its value', () => {
    // A file that dropped the values of deleted records keeps the tombstone and what it had seen.
    const compacted: SyncRecord = { table: 'members', id: 'm1', fields: {}, deleted: c(2, 'bo'), deletedSeen: { anna: c(1, 'anna') } };
    const stale: SyncRecord = { table: 'members', id: 'm1', fields: { email: edit } };
    const r = mergeStates({ records: { 'members/m1': compacted } }, { records: { 'members/m1': stale } });
    expect(r.conflicts).toEqual([]);
    expect(isLive(r.state.records['members/m1']!)).toBe(false);
    const unseen = { ...compacted, deletedSeen: { anna: c(0, 'anna') } };
    expect(mergeStates({ records: { 'members/m1': unseen } }, { records: { 'members/m1': stale } }).conflicts).toHaveLength(1);
  });

  it('does not report a restore whose writer had seen the deletion', () => {
    const deleted: SyncRecord = { table: 'members', id: 'm1', fields: {}, deleted: c(2, 'bo') };
    const restored: SyncRecord = { table: 'members', id: 'm1', fields: { email: { value: 'x@y.se', clock: c(3, 'anna'), seen: { bo: c(2, 'bo') } } } };
    const r = mergeStates({ records: { 'members/m1': deleted } }, { records: { 'members/m1': restored } });
    expect(r.conflicts).toEqual([]);
    expect(isLive(r.state.records['members/m1']!)).toBe(true);
    const unaware = { ...restored, fields: { email: { value: 'x@y.se', clock: c(3, 'anna') } } };
    expect(mergeStates({ records: { 'members/m1': deleted } }, { records: { 'members/m1': unaware } }).conflicts).toHaveLength(1);
  });
});

describe('local writes', () => {
  it('refuses a write that would not sort after the value it replaces', () => {
    const prev = writeField(undefined, 'a', c(5, 'anna'));
    expect(() => writeField(prev, 'b', c(5, 'anna'))).toThrow(RangeError);
    expect(() => writeField(prev, 'b', c(4, 'bo'))).toThrow(RangeError);
    expect(writeField(prev, 'b', c(6, 'bo')).seen).toEqual({ anna: c(5, 'anna') });
  });

  it('refuses a deletion older than a field it deletes', () => {
    const rec: SyncRecord = { table: 'members', id: 'm1', fields: { name: { value: 'Alfa AB', clock: c(9, 'anna') } } };
    expect(() => deleteRecord(rec, c(8, 'bo'))).toThrow(RangeError);
    const del = deleteRecord(rec, c(10, 'bo'));
    expect(del.deletedSeen).toEqual({ anna: c(9, 'anna') });
    expect(isLive(del)).toBe(false);
    expect(rec.deleted).toBeUndefined();
  });
});

describe('three replicas', () => {
  it('converge to the same state in any order, and each lost value is reported by some merge', () => {
    const time = manualTime(T);
    const make = (d: string, v: string, at: number): SyncState => {
      time.advance(at);
      const r = new Replica(d, time.now);
      r.edit('press', 'p1', 'headline', v);
      return r.state;
    };
    const a = make('anna', 'Nätverket växer', 0);
    const b = make('bo', 'Rekordmånga medlemmar', 10);
    const cc = make('cecilia', 'Nytt rekord för nätverket', 10);
    const left = mergeStates(a, b);
    const leftAll = mergeStates(left.state, cc);
    const right = mergeStates(b, cc);
    const rightAll = mergeStates(a, right.state);
    expect(leftAll.state).toEqual(rightAll.state);
    const lost = (xs: { lost: { value: unknown } }[]) => xs.map((x) => x.lost.value).sort();
    expect(lost([...left.conflicts, ...leftAll.conflicts])).toEqual(['Nätverket växer', 'Rekordmånga medlemmar']);
    expect(lost([...right.conflicts, ...rightAll.conflicts])).toEqual(['Nätverket växer', 'Rekordmånga medlemmar']);
    // Per call, the value named as kept is that call's winner.
    expect(left.conflicts[0]!.kept.value).toBe('Rekordmånga medlemmar');
    expect(rightAll.conflicts[0]!.kept.value).toBe('Nytt rekord för nätverket');
  });
});
