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

/**
 * compareValues(a, b) === 0, without allocating: the merge asks this of every field whose clock
 * both sides share, and those values are nearly always equal (the same write, decoded twice).
 * Plain objects are walked with for…in (own keys only) instead of sorting their key lists.
 */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // Different primitives, or a primitive and an object; functions and symbols (never from a
    // file) compare by their text.
    return rank(a) === 8 && rank(b) === 8 && compareValues(a, b) === 0;
  }
  const arrayA = Array.isArray(a);
  if (arrayA !== Array.isArray(b)) return false;
  if (arrayA) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!valuesEqual(x[i], y[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const k in x) {
    if (!Object.hasOwn(x, k)) continue;
    if (!Object.hasOwn(y, k) || !valuesEqual(x[k], y[k])) return false;
    keys += 1;
  }
  for (const k in y) if (Object.hasOwn(y, k)) keys -= 1;
  return keys === 0;
}
