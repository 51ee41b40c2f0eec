// A total order on field values, used only to break ties between writes with the same clock so
// that merging stays commutative. Structural, so it never serialises primitives; 0 means deep equal.

function rank(v: unknown): number {
  if (v === undefined) return 0;
  if (v === null) return 1;
  switch (typeof v) {
    case 'boolean': return 2;
    case 'number': return 3;
    case 'string': return 4;
    case 'bigint': return 5;
    case 'object': return Array.isArray(v) ? 6 : 7;
    default: return 8;
  }
}

function compareNumbers(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (Object.is(a, b)) return 0;
  // NaN sorts first; -0 before 0.
  if (Number.isNaN(a)) return -1;
  if (Number.isNaN(b)) return 1;
  return Object.is(a, -0) ? -1 : 1;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareValues(a: unknown, b: unknown): number {
  if (Object.is(a, b)) return 0;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 2: return a ? 1 : -1;
    case 3: return compareNumbers(a as number, b as number);
    case 4: return compareStrings(a as string, b as string);
    case 5: return (a as bigint) < (b as bigint) ? -1 : (a as bigint) > (b as bigint) ? 1 : 0;
    case 6: {
      const x = a as unknown[];
      const y = b as unknown[];
      const n = Math.min(x.length, y.length);
      for (let i = 0; i < n; i++) {
        const c = compareValues(x[i], y[i]);
        if (c !== 0) return c;
      }
      return x.length - y.length < 0 ? -1 : x.length > y.length ? 1 : 0;
    }
    case 7: {
      const x = a as Record<string, unknown>;
      const y = b as Record<string, unknown>;
      const kx = Object.keys(x).sort();
      const ky = Object.keys(y).sort();
      const n = Math.min(kx.length, ky.length);
      for (let i = 0; i < n; i++) {
        const c = compareStrings(kx[i]!, ky[i]!);
        if (c !== 0) return c;
      }
      if (kx.length !== ky.length) return kx.length < ky.length ? -1 : 1;
      for (const k of kx) {
        const c = compareValues(x[k], y[k]);
        if (c !== 0) return c;
      }
      return 0;
    }
    default:
      // Functions and symbols never come from a sync file; order them by their text for totality.
      return compareStrings(String(a), String(b));
  }
}

export function valuesEqual(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || compareValues(a, b) === 0;
}
