// Two officers offline each add a member and both get the next löpnummer. After the merge the one
// created first keeps it and the other gets the next number never given, the same on every
// computer, and applying the result to the database (unique index on memberNumber) works.
import { afterEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { formatClock } from '../../../renderer/src/domain/sync/hlc';
import { numberCollisions, renumberCollisions } from '../../../renderer/src/domain/sync/memberNumbers';
import { mergeStates } from '../../../renderer/src/domain/sync/merge';
import type { SyncRecord, SyncState } from '../../../renderer/src/domain/sync/types';
import { MemberRepository } from '../../../renderer/src/db/members/memberRepository';
import { applyMerged, whoFrom } from '../../../renderer/src/db/sync/state';
import { renumberMembers } from '../../../renderer/src/db/sync/renumber';
import { emptyMember } from '../../../renderer/src/domain/members/model';
import { closeAll, DEVICES, Officer } from './officer';

afterEach(closeAll);

const at = (min: number, device: string) => formatClock({ wall: Date.UTC(2026, 2, 2, 9, min), counter: 0, device });

function member(id: string, name: string, n: number, clock: string): SyncRecord {
  return { table: 'members', id, fields: { name: { value: name, clock }, memberNumber: { value: n, clock }, status: { value: 'active', clock } } };
}

const state = (...rs: SyncRecord[]): SyncState => ({ records: Object.fromEntries(rs.map((r) => [`members/${r.id}`, r])) });

describe('member numbers after a merge (pure rule)', () => {
  const karin = state(member('m-1', 'Anna Andersson', 130, at(0, DEVICES.karin)), member('m-karin', 'Erik Johansson', 131, at(5, DEVICES.karin)));
  const bo = state(member('m-1', 'Anna Andersson', 130, at(0, DEVICES.karin)), member('m-bo', 'Sara Nilsson', 131, at(7, DEVICES.bo)));

  it('the later-created member gets the next free number, whichever computer decides', () => {
    const merged = mergeStates(karin, bo).state;
    expect(numberCollisions(merged).map((g) => g.map((r) => r.id))).toEqual([['m-karin', 'm-bo']]);
    for (const device of [DEVICES.karin, DEVICES.bo]) {
      let c = 0;
      const r = renumberCollisions(merged, 0, () => at(20 + ++c, device));
      expect(r.renumbered).toEqual([{ id: 'm-bo', name: 'Sara Nilsson', from: 131, to: 132 }]);
      expect(r.state.records['members/m-karin']!.fields.memberNumber!.value).toBe(131);
      // An ordinary write: it knows the number it replaces, so it is not a conflict elsewhere.
      const entry = r.state.records['members/m-bo']!.fields.memberNumber!;
      expect(entry).toMatchObject({ value: 132, clock: at(21, device), seen: { [DEVICES.bo]: at(7, DEVICES.bo) } });
      expect(mergeStates(r.state, bo).conflicts).toEqual([]);
    }
  });

  it('ties on the creation clock go by id; numbers once given (the high-water mark) are skipped', () => {
    const clock = at(5, DEVICES.sara);
    const s = state(member('b', 'Björn Öberg', 7, clock), member('a', 'Åsa Lindqvist', 7, clock), member('c', 'Karin Ek', 7, clock));
    const r = renumberCollisions(s, 40, () => at(9, DEVICES.sara));
    expect(r.renumbered.map((x) => [x.id, x.to])).toEqual([['b', 41], ['c', 42]]);
    expect(renumberCollisions(r.state, 40, () => at(10, DEVICES.sara)).state).toBe(r.state);
  });
});

describe('member numbers when two officers add members offline (database)', () => {
  it('applies without a unique-index failure, and both end with the same numbers', async () => {
    let t = Date.UTC(2026, 2, 2, 9);
    const now = () => new Date(t);
    const karin = await new Officer('Karin Lindqvist', DEVICES.karin, now).open();
    const bo = await new Officer('Bo Ek', DEVICES.bo, now).open();
    const km = new MemberRepository(karin.db, karin.ctx);
    const bm = new MemberRepository(bo.db, bo.ctx);
    const anna = await km.add({ ...emptyMember('person'), name: 'Anna Andersson', status: 'active' });
    const first = await karin.state();
    await applyMerged(bo.db, bo.ctx, await bo.state(), first, [], whoFrom({}, bo.ctx));
    await bo.db.meta.put({ key: 'members.highestNumber', value: anna.memberNumber });
    t += 60_000;
    const erik = await km.add({ ...emptyMember('person'), name: 'Erik Johansson', status: 'active' });
    t += 60_000;
    const sara = await bm.add({ ...emptyMember('person'), name: 'Sara Nilsson', status: 'active' });
    expect(sara.memberNumber).toBe(erik.memberNumber);

    // Bo syncs first: without the rule the apply fails on the unique index.
    const local = await bo.state();
    const merged = mergeStates(local, await karin.state()).state;
    await expect(applyMerged(bo.db, bo.ctx, local, merged, [], whoFrom({}, bo.ctx))).rejects.toThrow();
    const fixed = await renumberMembers(bo.db, bo.ctx, merged);
    expect(fixed.renumbered).toEqual([{ id: sara.id, name: 'Sara Nilsson', from: 2, to: 3 }]);
    await applyMerged(bo.db, bo.ctx, local, fixed.state, [], whoFrom({}, bo.ctx));

    // Then Karin takes Bo's state: nothing left to renumber, and the two agree.
    const kLocal = await karin.state();
    const kMerged = mergeStates(kLocal, await bo.state()).state;
    expect((await renumberMembers(karin.db, karin.ctx, kMerged)).renumbered).toEqual([]);
    await applyMerged(karin.db, karin.ctx, kLocal, kMerged, [], whoFrom({}, karin.ctx));
    for (const repo of [km, bm]) {
      expect((await repo.list()).map((m) => [m.name, m.memberNumber]).sort()).toEqual([['Anna Andersson', 1], ['Erik Johansson', 2], ['Sara Nilsson', 3]]);
    }
    // A member Karin adds next continues after the highest number either computer gave.
    expect((await km.add({ ...emptyMember('person'), name: 'Per Olsson', status: 'active' })).memberNumber).toBe(4);
  });
});
