// valuesEqual is the merge's allocation-free shortcut for compareValues(a, b) === 0: the two must
// agree on every pair, equal ones (the same write decoded twice) above all.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareValues, valuesEqual } from '../../../../renderer/src/domain/sync/values';

const value = fc.anything({ maxDepth: 3, withBoxedValues: false, withMap: false, withSet: false });

describe('valuesEqual', () => {
  it('agrees with compareValues on any two values', () => {
    fc.assert(fc.property(value, value, (a, b) => {
      expect(valuesEqual(a, b)).toBe(compareValues(a, b) === 0);
    }), { numRuns: 2000 });
  });

  it('finds a deep copy equal, keys in any order, and a changed copy unequal', () => {
    fc.assert(fc.property(value, (a) => {
      const copy = structuredClone(a);
      expect(valuesEqual(a, copy)).toBe(compareValues(a, copy) === 0);
    }), { numRuns: 1000 });
    expect(valuesEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(valuesEqual({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(valuesEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(valuesEqual(0, -0)).toBe(false);
    expect(valuesEqual(NaN, NaN)).toBe(true);
  });
});
