// Tombstones are forgotten after 400 days so the file stays compact; an officer who comes back
// after longer than that must not bring a deleted member back, and must not lose what she did.
import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { KansliDb } from '../../../renderer/src/db/schema';
import { syncRunsTable } from '../../../renderer/src/db/sync/tables';
import { dropRecords, lastSuccessfulSync } from '../../../renderer/src/db/sync/expiry';
import { formatClock } from '../../../renderer/src/domain/sync/hlc';
import { deleteRecord, isLive, writeField } from '../../../renderer/src/domain/sync/local';
import { mergeStates } from '../../../renderer/src/domain/sync/merge';
import { beyondHorizon, expireTombstones, sortStaleRecords, TOMBSTONE_KEEP_MS } from '../../../renderer/src/domain/sync/expiry';
import { DELETED_FIELD, type SyncRecord, type SyncState } from '../../../renderer/src/domain/sync/types';
import { DEVICES } from './officer';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 15, 10);
const at = (day: number, device = DEVICES.karin) => formatClock({ wall: T0 + day * DAY, counter: 0, device });

function member(id: string, name: string, day: number, device = DEVICES.karin): SyncRecord {
  const clock = at(day, device);
  return { table: 'members', id, fields: { name: { value: name, clock }, email: { value: `${name.split(' ')[0]!.toLowerCase()}@exempel.se`, clock } } };
}
const state = (...rs: SyncRecord[]): SyncState => ({ records: Object.fromEntries(rs.map((r) => [`members/${r.id}`, r])) });

describe('expiring tombstones', () => {
  const anna = deleteRecord(member('anna', 'Anna Andersson', 0), at(10));
  const erik = deleteRecord(member('erik', 'Erik Johansson', 0), at(300));
  const sara = member('sara', 'Sara Nilsson', 0);
  // Deleted on day 5, restored by an edit on day 20: live, whatever the age of its tombstone.
  const per = { ...deleteRecord(member('per', 'Per Olsson', 0), at(5)), fields: { ...member('per', 'Per Olsson', 0).fields, name: writeField(member('per', 'Per Olsson', 0).fields.name, 'Per Olsson', at(20)) } };

  it('drops only tombstones older than the keep time, of records that stayed deleted', () => {
    const now = T0 + 420 * DAY;
    const r = expireTombstones(state(anna, erik, sara, per), now);
    expect(r.expired).toEqual(['members/anna']);
    expect(Object.keys(r.state.records).sort()).toEqual(['members/erik', 'members/per', 'members/sara']);
    expect(isLive(r.state.records['members/per']!)).toBe(true);
  });

  it('nothing to expire returns the same state (no rewrite of the file)', () => {
    const s = state(anna, sara);
    expect(expireTombstones(s, T0 + 100 * DAY).state).toBe(s);
    expect(expireTombstones(s, T0 + 100 * DAY, 30 * DAY).expired).toEqual(['members/anna']);
  });

  it('a computer is beyond the horizon only when its last sync is older than the keep time', () => {
    const now = T0 + 500 * DAY;
    expect(beyondHorizon(undefined, now)).toBe(false); // never synced: it joins
    expect(beyondHorizon(now - TOMBSTONE_KEEP_MS + DAY, now)).toBe(false);
    expect(beyondHorizon(now - TOMBSTONE_KEEP_MS - DAY, now)).toBe(true);
  });
});

describe('Bo returns after fourteen months away', () => {
  // Day 0: Bo's last sync; Anna, Erik and Gunnel are in the file and on his computer.
  const anna = member('anna', 'Anna Andersson', 0);
  const erik = member('erik', 'Erik Johansson', 0);
  const gunnel = member('gunnel', 'Gunnel Åberg', 0);
  const lastSync = T0 + DAY / 2;
  // Day 2: Karin deletes Anna and Erik. Day 430: the tombstones have expired from the file.
  const now = T0 + 430 * DAY;
  const file = expireTombstones(state(deleteRecord(anna, at(2)), deleteRecord(erik, at(2)), gunnel), now).state;
  // Meanwhile, offline, Bo corrected Erik's e-mail (day 40) and added Örjan (day 41).
  const erikEdited = { ...erik, fields: { ...erik.fields, email: writeField(erik.fields.email, 'erik.johansson@telia.com', at(40, DEVICES.bo)) } };
  const orjan = member('orjan', 'Örjan Lindqvist', 41, DEVICES.bo);
  const bo = state(anna, erikEdited, gunnel, orjan);

  it('a plain merge would bring the deleted members back', () => {
    const merged = mergeStates(bo, file).state;
    expect(isLive(merged.records['members/anna']!)).toBe(true);
  });

  it('sorting first: untouched deleted records go, his edit stays as a conflict, his new member stays', () => {
    expect(beyondHorizon(lastSync, now)).toBe(true);
    const sorted = sortStaleRecords(bo, file, lastSync);
    expect(sorted.dropped).toEqual(['members/anna']);
    expect(sorted.conflicts).toEqual([{
      table: 'members', id: 'erik', field: DELETED_FIELD,
      kept: { value: { email: 'erik.johansson@telia.com' }, clock: at(40, DEVICES.bo) }, lost: { value: null, clock: '' },
    }]);
    const merged = mergeStates(sorted.state, file).state;
    expect(Object.keys(merged.records).sort()).toEqual(['members/erik', 'members/gunnel', 'members/orjan']);
  });
});

describe('expiry in the database', () => {
  it('knows the last completed sync and removes forgotten rows outright', async () => {
    const db = new KansliDb('expiry-db');
    await db.open();
    try {
      expect(await lastSuccessfulSync(db)).toBeUndefined();
      const run = { finishedAt: '', path: '/delad/Föreningen.kansli', in: {}, out: {}, written: false, conflicts: 0, copiesMerged: 0, copiesSkipped: 0, quarantined: 0, changes: [] };
      await syncRunsTable(db).add({ ...run, at: '2025-01-15T10:00:00.000Z', status: 'ok' });
      await syncRunsTable(db).add({ ...run, at: '2026-03-01T10:00:00.000Z', status: 'failed', message: 'Mappen finns inte' });
      expect(await lastSuccessfulSync(db)).toBe(Date.parse('2025-01-15T10:00:00.000Z'));
      await db.table('members').bulkAdd([{ id: 'anna', name: 'Anna Andersson', memberNumber: 1, clocks: {} }, { id: 'sara', name: 'Sara Nilsson', memberNumber: 2, clocks: {} }]);
      expect(await dropRecords(db, ['members/anna'])).toBe(1);
      expect((await db.table('members').toArray()).map((m: { id: string }) => m.id)).toEqual(['sara']);
    } finally {
      db.close();
      await db.delete();
    }
  });
});
