// Version vectors (per device, the highest clock seen). Joining them is a pointwise maximum, which
// keeps the merge a semilattice; the join returns an input unchanged whenever it can so merging
// identical replicas allocates nothing.
import { clockDevice, type Clock } from './hlc';
import type { VersionVector } from './types';

/** True when the vector has seen `clock`: it holds a clock from the same device at least as late. */
export function covers(seen: VersionVector | undefined, clock: Clock): boolean {
  if (seen === undefined) return false;
  const device = clockDevice(clock);
  if (!Object.hasOwn(seen, device)) return false;
  const known = seen[device];
  return known !== undefined && known >= clock;
}

function includes(big: VersionVector, small: VersionVector): boolean {
  for (const device of Object.keys(small)) {
    const mine = Object.hasOwn(big, device) ? big[device] : undefined;
    if (mine === undefined || mine < small[device]!) return false;
  }
  return true;
}

export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  // A key named "__proto__" (a field name from a foreign file) must become data, not a prototype.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

export function joinVectors(x: VersionVector | undefined, y: VersionVector | undefined): VersionVector | undefined {
  if (x === y || y === undefined) return x;
  if (x === undefined) return y;
  if (includes(x, y)) return x;
  if (includes(y, x)) return y;
  const out: VersionVector = {};
  for (const device of Object.keys(x)) setOwn(out, device, x[device]!);
  for (const device of Object.keys(y)) {
    const theirs = y[device]!;
    const mine = Object.hasOwn(out, device) ? out[device] : undefined;
    if (mine === undefined || mine < theirs) setOwn(out, device, theirs);
  }
  return out;
}

/** The vector plus one more seen clock. */
export function withClock(seen: VersionVector | undefined, clock: Clock): VersionVector {
  const out: VersionVector = {};
  if (seen) for (const device of Object.keys(seen)) setOwn(out, device, seen[device]!);
  const device = clockDevice(clock);
  const mine = Object.hasOwn(out, device) ? out[device] : undefined;
  if (mine === undefined || mine < clock) setOwn(out, device, clock);
  return out;
}
