import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DELETED_FIELD, isLive, mergeStates,
  type Conflict, type FieldEntry, type SyncState,
} from '../../../../renderer/src/domain/sync/merge';
import { covers } from '../../../../renderer/src/domain/sync/vectors';
import { valuesEqual } from '../../../../renderer/src/domain/sync/values';
import { deepFreeze, stateArb } from './arbitraries';

const RUNS = { numRuns: 3000 };
const merge = (a: SyncState, b: SyncState) => mergeStates(deepFreeze(a), deepFreeze(b));

function* entries(s: SyncState): Generator<[string, string, FieldEntry]> {
  for (const [key, r] of Object.entries(s.records)) for (const [f, e] of Object.entries(r.fields)) yield [key, f, e];
}

function reportsLoss(conflicts: Conflict[], key: string, field: string, e: FieldEntry): boolean {
  return conflicts.some((c) => `${c.table}/${c.id}` === key && (
    (c.field === field && c.lost.clock === e.clock && valuesEqual(c.lost.value, e.value))
    || (c.field === DELETED_FIELD && c.lost.value !== null && typeof c.lost.value === 'object' && field in c.lost.value
      && valuesEqual((c.lost.value as Record<string, unknown>)[field], e.value))));
}

describe('mergeStates is a semilattice on the state', () => {
  it('is commutative, conflicts included', () => {
    fc.assert(fc.property(stateArb, stateArb, (a, b) => {
      const ab = merge(a, b);
      const ba = merge(b, a);
      expect(ab.state).toEqual(ba.state);
      expect(ab.conflicts).toEqual(ba.conflicts);
    }), RUNS);
  });

  it('is associative', () => {
    fc.assert(fc.property(stateArb, stateArb, stateArb, (a, b, c) => {
      expect(merge(merge(a, b).state, c).state).toEqual(merge(a, merge(b, c).state).state);
    }), RUNS);
  });

  it('is idempotent and reports nothing when merging a state with a copy of itself', () => {
    fc.assert(fc.property(stateArb, (a) => {
      const copy = structuredClone(a);
      const r = merge(a, copy);
      expect(r.state).toEqual(a);
      expect(r.conflicts).toEqual([]);
      expect(merge(a, a).state).toBe(a);
    }), RUNS);
  });

  it('absorbs: merging the result with an input again changes nothing', () => {
    fc.assert(fc.property(stateArb, stateArb, (a, b) => {
      const m = merge(a, b).state;
      expect(merge(m, b).state).toEqual(m);
      expect(merge(a, m).state).toEqual(m);
    }), RUNS);
  });

  it('keeps the entry with the latest clock for every field', () => {
    fc.assert(fc.property(stateArb, stateArb, (a, b) => {
      const m = merge(a, b).state;
      for (const s of [a, b]) {
        for (const [key, f, e] of entries(s)) {
          const kept = m.records[key]!.fields[f]!;
          expect(kept.clock >= e.clock).toBe(true);
          if (e.seen) for (const [d, clock] of Object.entries(e.seen)) expect(kept.seen![d]! >= clock).toBe(true);
        }
        for (const [key, r] of Object.entries(s.records)) {
          if (r.deleted) expect(m.records[key]!.deleted! >= r.deleted).toBe(true);
        }
      }
    }), RUNS);
  });
});

describe('mergeStates loses no value', () => {
  it('reports every value that disappears in a call unless the winner had seen it', () => {
    fc.assert(fc.property(stateArb, stateArb, (a, b) => {
      const { state, conflicts } = merge(a, b);
      for (const s of [a, b]) {
        for (const [key, f, e] of entries(s)) {
          const kept = state.records[key]!.fields[f]!;
          const winner = [a, b].map((x) => x.records[key]?.fields[f]).find((x) => x?.clock === kept.clock && valuesEqual(x.value, kept.value));
          if (valuesEqual(kept.value, e.value) || covers(winner?.seen, e.clock)) continue;
          expect(reportsLoss(conflicts, key, f, e)).toBe(true);
        }
      }
    }), RUNS);
  });

  it('reports a new deletion that hides an edit nobody deleting had seen', () => {
    fc.assert(fc.property(stateArb, stateArb, (a, b) => {
      const { state, conflicts } = merge(a, b);
      for (const [key, r] of Object.entries(state.records)) {
        const ra = a.records[key];
        const rb = b.records[key];
        if (!ra || !rb || isLive(r)) continue;
        const [holder, other] = ra.deleted === r.deleted ? [ra, rb] : [rb, ra];
        if (other.deleted === r.deleted) continue;
        for (const [f, e] of Object.entries(r.fields)) {
          if (other.fields[f]?.clock !== e.clock || holder.fields[f]?.clock === e.clock) continue;
          if (covers(r.deletedSeen, e.clock)) continue;
          expect(conflicts.some((c) => `${c.table}/${c.id}` === key && c.field === DELETED_FIELD && c.kept.value === null)).toBe(true);
        }
      }
    }), RUNS);
  });

  it('reports a delete-versus-edit conflict once: merging the result with an input again is silent about it', () => {
    fc.assert(fc.property(stateArb, stateArb, (a, b) => {
      const m = merge(a, b).state;
      for (const again of [merge(m, a), merge(b, m)]) {
        expect(again.conflicts.filter((c) => c.field === DELETED_FIELD)).toEqual([]);
      }
    }), RUNS);
  });

  it('across three replicas, in either order, each value survives, was knowingly overwritten, or was reported', () => {
    fc.assert(fc.property(stateArb, stateArb, stateArb, (a, b, c) => {
      const orders = [
        () => { const x = merge(a, b); const y = merge(x.state, c); return { state: y.state, conflicts: [...x.conflicts, ...y.conflicts] }; },
        () => { const x = merge(b, c); const y = merge(a, x.state); return { state: y.state, conflicts: [...x.conflicts, ...y.conflicts] }; },
        () => { const x = merge(a, c); const y = merge(x.state, b); return { state: y.state, conflicts: [...x.conflicts, ...y.conflicts] }; },
      ];
      for (const run of orders) {
        const { state, conflicts } = run();
        const all = [a, b, c].flatMap((s) => [...entries(s)]);
        for (const [key, f, e] of all) {
          const kept = state.records[key]!.fields[f]!;
          if (valuesEqual(kept.value, e.value)) continue;
          const sameValue = all.filter(([k2, f2, e2]) => k2 === key && f2 === f && valuesEqual(e2.value, e.value));
          if (sameValue.some(([, , e2]) => covers(kept.seen, e2.clock))) continue;
          expect(sameValue.some(([k2, f2, e2]) => reportsLoss(conflicts, k2, f2, e2))).toBe(true);
        }
      }
    }), RUNS);
  });
});
