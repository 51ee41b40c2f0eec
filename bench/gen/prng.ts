// A small seeded PRNG (mulberry32, public domain): the same seed gives the same data set on every
// machine and Node version, which Math.random cannot promise.

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** n random decimal digits as text. */
  digits(n: number): string;
  /** A version-4-shaped UUID built from the stream (not from crypto), so ids are reproducible. */
  uuid(): string;
};

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = '0123456789abcdef';

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const hex = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += HEX[int(0, 15)];
    return s;
  };
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    chance: (p) => next() < p,
    digits: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += String(int(0, 9));
      return s;
    },
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${HEX[8 + int(0, 3)]}${hex(3)}-${hex(12)}`,
  };
}

/** A child stream per part of the data set, so adding records to one part leaves the others unchanged. */
export function forkRng(seed: number, part: string): Rng {
  let h = seed >>> 0;
  for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193) >>> 0;
  return createRng(h);
}
