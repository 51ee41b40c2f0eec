// GDPR erasure across replicas: Karin anonymises Anna Andersson, who has left; Bo and Sara edit
// her e-mail, phone and notes before and after, offline, and everyone syncs in any order. No
// personal value written without knowledge of the erasure may survive anywhere: not in any
// replica's record, not in any conflict.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatClock, HybridClock, type Clock } from '../../../renderer/src/domain/sync/hlc';
import { writeField } from '../../../renderer/src/domain/sync/local';
import { mergeStates } from '../../../renderer/src/domain/sync/merge';
import { isErased, mergeWithErasure, newlyErased, scrubConflicts } from '../../../renderer/src/domain/sync/erasure';
import { DELETED_FIELD, type Conflict, type SyncRecord, type SyncState } from '../../../renderer/src/domain/sync/types';
import { DEVICES } from './officer';

const KEY = 'members/m-anna';
const PERSONAL = ['email', 'phone', 'notes', 'street', 'personalNumber'] as const;

function base(): SyncState {
  const clock: Clock = formatClock({ wall: Date.UTC(2025, 0, 10), counter: 0, device: DEVICES.karin });
  const f = (value: unknown) => ({ value, clock });
  const rec: SyncRecord = {
    table: 'members', id: 'm-anna', fields: {
      kind: f('person'), memberNumber: f(17), name: f('Anna Andersson'), email: f('anna.andersson@telia.com'),
      phone: f('070-123 45 67'), street: f('Storgatan 3'), personalNumber: f('19800314-2384'),
      status: f('resigned'), resignedDate: f('2026-01-31'), tags: f(['styrelse']), consentNewsletter: f(true),
    },
  };
  return { records: { [KEY]: rec } };
}

type Replica = { state: SyncState; clock: HybridClock; conflicts: Conflict[] };

function write(r: Replica, field: string, value: unknown): void {
  const rec = r.state.records[KEY]!;
  const prev = Object.hasOwn(rec.fields, field) ? rec.fields[field] : undefined;
  const entry = writeField(prev, value, r.clock.tick());
  r.state = { records: { [KEY]: { ...rec, fields: { ...rec.fields, [field]: entry } } } };
}

/** What the members repository's anonymise writes (anonymisePatch), in one clock. */
function anonymise(r: Replica): void {
  const rec = r.state.records[KEY]!;
  const clock = r.clock.tick();
  const fields = { ...rec.fields };
  const set = (name: string, value: unknown) => {
    fields[name] = writeField(Object.hasOwn(fields, name) ? fields[name] : undefined, value, clock);
  };
  for (const name of [...PERSONAL, 'consentNewsletter', 'tags', 'name']) {
    if (!Object.hasOwn(fields, name) && name !== 'name') continue; // an empty field is not written
    set(name, name === 'name' ? 'Anonymiserad medlem nr 17' : name === 'tags' ? [] : name === 'consentNewsletter' ? false : undefined);
  }
  set('anonymisedAt', '2026-03-02T10:00:00.000Z');
  r.state = { records: { [KEY]: { ...rec, fields } } };
}

function sync(x: Replica, y: Replica): void {
  const m = mergeWithErasure(x.state, y.state);
  x.state = m.state;
  y.state = m.state;
  // Conflicts found before the erasure was known are purged locally (db/sync/purge.ts); those the
  // merge reports once it is known must hold none of the data.
  if (isErased(m.state.records[KEY])) {
    x.conflicts.push(...m.conflicts);
    y.conflicts.push(...m.conflicts);
  }
  const latest = Object.values(m.state.records[KEY]!.fields).map((e) => e.clock).sort().pop()!;
  x.clock.observe(latest);
  y.clock.observe(latest);
}

const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

type Op = { kind: 'edit'; who: 1 | 2; field: number } | { kind: 'sync'; a: number; b: number } | { kind: 'erase' } | { kind: 'wait'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), who: fc.constantFrom(1 as const, 2 as const), field: fc.nat(PERSONAL.length - 1) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), a: fc.nat(2), b: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 4000 }) }) },
);

describe('erasure across three replicas', () => {
  it('after anonymisation no unknowing personal edit survives, in any replica or conflict', () => {
    fc.assert(fc.property(fc.array(opArb, { maxLength: 30 }), fc.array(fc.integer({ min: -2000, max: 2000 }), { minLength: 3, maxLength: 3 }), (ops, skews) => {
      let t = Date.UTC(2026, 2, 2, 9);
      const devices = [DEVICES.karin, DEVICES.bo, DEVICES.sara];
      const reps: Replica[] = devices.map((d, i) => ({ state: base(), clock: new HybridClock(d, () => t + skews[i]!), conflicts: [] }));
      const unknowing = new Set<string>(['anna.andersson@telia.com', '070-123 45 67', 'Storgatan 3', '19800314-2384', 'Anna Andersson']);
      let erased = false;
      let n = 0;
      for (const op of [...ops, { kind: 'erase' } as Op]) {
        if (op.kind === 'wait') t += op.ms;
        else if (op.kind === 'sync') { if (op.a !== op.b) sync(reps[op.a]!, reps[op.b]!); }
        else if (op.kind === 'erase') { if (!erased) { anonymise(reps[0]!); erased = true; } }
        else {
          const r = reps[op.who]!;
          const value = `${PERSONAL[op.field]}: Bo/Sara #${++n}`;
          // A value typed by someone who has not yet seen the erasure is personal data to be erased.
          if (!isErased(r.state.records[KEY])) unknowing.add(value);
          write(r, PERSONAL[op.field]!, value);
        }
      }
      for (let round = 0; round < 2; round++) { sync(reps[0]!, reps[1]!); sync(reps[1]!, reps[2]!); sync(reps[2]!, reps[0]!); }

      expect(reps[1]!.state).toEqual(reps[0]!.state);
      expect(reps[2]!.state).toEqual(reps[0]!.state);
      const rec = reps[0]!.state.records[KEY]!;
      expect(isErased(rec)).toBe(true);
      expect(rec.fields.name!.value).toBe('Anonymiserad medlem nr 17');
      const survivors = Object.values(rec.fields).flatMap((e) => strings(e.value)).filter((s) => unknowing.has(s));
      expect(survivors).toEqual([]);
      for (const r of reps) {
        for (const c of r.conflicts) expect([...strings(c.kept.value), ...strings(c.lost.value)].filter((s) => unknowing.has(s))).toEqual([]);
      }
    }), { numRuns: 300 });
  });

  it('an edit that arrives after the erasure is dropped, not kept as a conflict', () => {
    let t = Date.UTC(2026, 2, 2, 9);
    const karin: Replica = { state: base(), clock: new HybridClock(DEVICES.karin, () => t), conflicts: [] };
    const bo: Replica = { state: base(), clock: new HybridClock(DEVICES.bo, () => t), conflicts: [] };
    anonymise(karin);
    t += 60_000;
    write(bo, 'email', 'anna@nyadress.se'); // later than the erasure, but Bo never saw it
    write(bo, 'city', 'Borås'); // a field that was empty when Karin erased
    const m = mergeWithErasure(bo.state, karin.state);
    const rec = m.state.records[KEY]!;
    expect(rec.fields.email!.value).toBeUndefined();
    expect(rec.fields.city!.value).toBeUndefined();
    expect(rec.fields.status!.value).toBe('resigned');
    expect(m.conflicts).toEqual([]);
    // Plain LWW would have brought the address back: this is what the guard prevents.
    expect(mergeStates(bo.state, karin.state).state.records[KEY]!.fields.email!.value).toBe('anna@nyadress.se');
    expect(newlyErased(bo.state, m.state)).toEqual([{ table: 'members', id: 'm-anna' }]);
    expect(newlyErased(karin.state, m.state)).toEqual([]);
  });

  it('an officer who re-enters an address after seeing the erasure keeps it', () => {
    let t = Date.UTC(2026, 2, 2, 9);
    const karin: Replica = { state: base(), clock: new HybridClock(DEVICES.karin, () => t), conflicts: [] };
    const bo: Replica = { state: base(), clock: new HybridClock(DEVICES.bo, () => t), conflicts: [] };
    anonymise(karin);
    sync(karin, bo);
    t += 60_000;
    write(bo, 'email', 'kansli@forening.se');
    sync(bo, karin);
    expect(karin.state.records[KEY]!.fields.email!.value).toBe('kansli@forening.se');
  });

  it('a company keeps its name; a delete-against-edit conflict keeps only what is not personal', () => {
    let t = Date.UTC(2026, 2, 2, 9);
    const clock = new HybridClock(DEVICES.karin, () => t);
    const c0 = clock.tick();
    const rec: SyncRecord = {
      table: 'members', id: 'm-ab', deleted: clock.tick(),
      fields: { kind: { value: 'organisation', clock: c0 }, organisationNumber: { value: '556677-8899', clock: c0 }, name: { value: 'Nordmoln AB', clock: c0 }, anonymisedAt: { value: '2026-03-02', clock: c0 } },
    };
    t += 1;
    const conflict: Conflict = { table: 'members', id: 'm-ab', field: DELETED_FIELD, kept: { value: null, clock: rec.deleted! }, lost: { value: { name: 'Nordmoln Väst AB', email: 'eva@nordmoln.se' }, clock: clock.tick() } };
    const [c] = scrubConflicts([conflict], { records: { 'members/m-ab': rec } });
    expect(c!.lost.value).toEqual({ name: 'Nordmoln Väst AB' });
    const emailOnly = { ...conflict, lost: { ...conflict.lost, value: { email: 'eva@nordmoln.se' } } };
    expect(scrubConflicts([emailOnly], { records: { 'members/m-ab': rec } })).toEqual([]);
  });
});
