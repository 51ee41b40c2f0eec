// The causal metadata that stamping keeps on each record, which sync relies on so that an officer
// who edits a field after a sync is not reported as conflicting with the value she overwrote.
import { describe, expect, it } from 'vitest';
import { stampCreate, stampDelete, stampUpdate, type StampContext } from '../../../renderer/src/db/stamp';
import { mergeStates } from '../../../renderer/src/domain/sync/merge';
import { toSyncRecord } from '../../../renderer/src/domain/sync/records';

const ANNA = 'a1111111-1111-4111-8111-111111111111';
const BO = 'b2222222-2222-4222-8222-222222222222';
const at = (ms: number, device: string, counter = 0): StampContext => ({
  deviceId: device,
  clock: `${String(Date.UTC(2026, 2, 1) + ms).padStart(15, '0')}-${counter.toString(16).padStart(4, '0')}-${device}`,
  now: new Date(Date.UTC(2026, 2, 1) + ms).toISOString(),
});

describe('stamping keeps what each write overwrote', () => {
  it('a new record has seen nothing', () => {
    const r = stampCreate({ name: 'Föreningen' }, at(0, ANNA), 'r1');
    expect(r.seen).toBeUndefined();
  });

  it('an update remembers the clock of the value it replaced, per field', () => {
    const r0 = stampCreate({ name: 'Föreningen', city: 'Malmö' }, at(0, ANNA), 'r1');
    const { next: r1 } = stampUpdate(r0, { city: 'Lund' }, at(1000, BO));
    expect(r1.seen).toEqual({ city: { [ANNA]: r0.clocks.city } });
    const { next: r2 } = stampUpdate(r1, { city: 'Ystad' }, at(2000, ANNA));
    expect(r2.seen).toEqual({ city: { [ANNA]: r0.clocks.city, [BO]: r1.clocks.city } });
    expect(r2.seen!.name).toBeUndefined();
    // The previous record is not touched (records are shared with live queries).
    expect(r1.seen).toEqual({ city: { [ANNA]: r0.clocks.city } });
  });

  it('an edit made after a sync is not a conflict with the synced value', () => {
    const anna = stampCreate({ name: 'Föreningen' }, at(0, ANNA), 'r1');
    // Bo received Anna's record through sync, then renamed the association.
    const { next: bo } = stampUpdate(anna, { name: 'Föreningen Syd' }, at(5000, BO));
    const a = { records: { 'profile/r1': toSyncRecord('profile', anna) } };
    const b = { records: { 'profile/r1': toSyncRecord('profile', bo) } };
    const { state, conflicts } = mergeStates(a, b);
    expect(conflicts).toEqual([]);
    expect(state.records['profile/r1']!.fields.name!.value).toBe('Föreningen Syd');
  });

  it('a deletion knows every value it deletes', () => {
    const r0 = stampCreate({ name: 'Föreningen', city: 'Malmö' }, at(0, ANNA), 'r1');
    const { next: r1 } = stampUpdate(r0, { city: 'Lund' }, at(1000, BO));
    const d = stampDelete(r1, at(2000, ANNA));
    expect(d.deletedSeen).toEqual({ [ANNA]: r0.clocks.name, [BO]: r1.clocks.city });
  });
});
