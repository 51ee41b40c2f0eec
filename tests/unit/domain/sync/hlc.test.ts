import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  HybridClock, MAX_DRIFT_MS, clockDevice, formatClock, isClock, maxClock, parseClock,
} from '../../../../renderer/src/domain/sync/hlc';

function manualTime(start: number) {
  let t = start;
  return { now: () => t, set: (v: number) => { t = v; } };
}

const T = Date.UTC(2025, 2, 14, 9, 30); // an ordinary Friday morning

describe('HybridClock', () => {
  it('uses the wall time when it moves forward', () => {
    const time = manualTime(T);
    const clock = new HybridClock('laptop-anna', time.now);
    expect(parseClock(clock.tick())).toEqual({ wall: T, counter: 0, device: 'laptop-anna' });
    time.set(T + 5);
    expect(parseClock(clock.tick())).toEqual({ wall: T + 5, counter: 0, device: 'laptop-anna' });
  });

  it('keeps increasing when the wall clock stands still or goes backwards (NTP correction)', () => {
    const time = manualTime(T);
    const clock = new HybridClock('a', time.now);
    const issued = [clock.tick(), clock.tick()];
    time.set(T - 60_000);
    issued.push(clock.tick(), clock.tick());
    time.set(T + 1);
    issued.push(clock.tick());
    for (let i = 1; i < issued.length; i++) expect(issued[i]! > issued[i - 1]!).toBe(true);
    expect(parseClock(issued[3]!)).toEqual({ wall: T, counter: 3, device: 'a' });
  });

  it('ticks strictly after a remote clock it observed, even one ahead of its own wall time', () => {
    const time = manualTime(T);
    const clock = new HybridClock('b', time.now);
    const remote = formatClock({ wall: T + 90_000, counter: 7, device: 'a' });
    clock.observe(remote);
    const next = clock.tick();
    expect(next > remote).toBe(true);
    expect(parseClock(next)).toEqual({ wall: T + 90_000, counter: 8, device: 'b' });
  });

  it('ignores an observed clock older than its own', () => {
    const time = manualTime(T);
    const clock = new HybridClock('b', time.now);
    const mine = clock.tick();
    clock.observe(formatClock({ wall: T - 1000, counter: 99, device: 'a' }));
    expect(clock.current()).toBe(mine);
  });

  it('ignores a remote clock from the far future instead of jumping there', () => {
    const time = manualTime(T);
    const clock = new HybridClock('b', time.now);
    clock.observe(formatClock({ wall: T + MAX_DRIFT_MS + 1, counter: 0, device: 'broken' }));
    expect(parseClock(clock.tick()).wall).toBe(T);
    clock.observe(formatClock({ wall: T + MAX_DRIFT_MS, counter: 0, device: 'fast' }));
    expect(parseClock(clock.tick()).wall).toBe(T + MAX_DRIFT_MS);
  });

  it('borrows the next millisecond when the counter is exhausted', () => {
    const time = manualTime(T);
    const clock = new HybridClock('a', time.now);
    clock.observe(formatClock({ wall: T, counter: 0xfffe, device: 'z' }));
    expect(parseClock(clock.tick())).toEqual({ wall: T, counter: 0xffff, device: 'a' });
    const after = clock.tick();
    expect(parseClock(after)).toEqual({ wall: T + 1, counter: 0, device: 'a' });
    expect(after > formatClock({ wall: T, counter: 0xffff, device: 'z' })).toBe(true);
  });

  it('resumes after a restart from the last clock it persisted', () => {
    const time = manualTime(T - 5000); // the computer's clock was set back while it was off
    const clock = new HybridClock('a', time.now, formatClock({ wall: T, counter: 3, device: 'a' }));
    expect(clock.tick()).toBe(formatClock({ wall: T, counter: 4, device: 'a' }));
  });

  it('issues strictly increasing clocks whatever the wall clock and remote clocks do', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), dt: fc.integer({ min: -5000, max: 5000 }) }),
      fc.record({ kind: fc.constant('observe' as const), dt: fc.integer({ min: -5000, max: 5000 }), counter: fc.integer({ min: 0, max: 0xffff }) }),
    );
    fc.assert(fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
      const time = manualTime(T);
      const clock = new HybridClock('me', time.now);
      let last = clock.tick();
      for (const s of steps) {
        time.set(time.now() + s.dt);
        if (s.kind === 'observe') {
          const remote = formatClock({ wall: time.now() + s.dt, counter: s.counter, device: 'other' });
          clock.observe(remote);
          const next = clock.tick();
          expect(next > remote).toBe(true);
          expect(next > last).toBe(true);
          last = next;
        } else {
          const next = clock.tick();
          expect(next > last).toBe(true);
          last = next;
        }
      }
    }), { numRuns: 500 });
  });
});

describe('clock format', () => {
  it('matches the documented layout', () => {
    const c = formatClock({ wall: T, counter: 0x2a, device: 'dator-7' });
    expect(c).toBe(`00${T}-002a-dator-7`); // 15 wall digits
    expect(isClock(c)).toBe(true);
    expect(clockDevice(c)).toBe('dator-7');
    expect(parseClock(c)).toEqual({ wall: T, counter: 42, device: 'dator-7' });
  });

  it('sorts as text in the same order as (wall, counter, device)', () => {
    const parts = fc.record({
      wall: fc.integer({ min: 0, max: 999_999_999_999_999 }),
      counter: fc.integer({ min: 0, max: 0xffff }),
      device: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
    });
    fc.assert(fc.property(parts, parts, (x, y) => {
      const byParts = x.wall - y.wall || x.counter - y.counter || (x.device < y.device ? -1 : x.device > y.device ? 1 : 0);
      const a = formatClock(x);
      const b = formatClock(y);
      const byText = a < b ? -1 : a > b ? 1 : 0;
      expect(byText).toBe(Math.sign(byParts));
      expect(parseClock(a)).toEqual(x);
      expect(clockDevice(a)).toBe(x.device);
    }), { numRuns: 2000 });
  });

  it('refuses values that would not sort correctly', () => {
    expect(() => formatClock({ wall: 1e15, counter: 0, device: 'a' })).toThrow(RangeError);
    expect(() => formatClock({ wall: 1, counter: 0x10000, device: 'a' })).toThrow(RangeError);
    expect(() => formatClock({ wall: -1, counter: 0, device: 'a' })).toThrow(RangeError);
    expect(() => formatClock({ wall: 1, counter: 0, device: '' })).toThrow(RangeError);
    expect(() => parseClock('2025-03-14')).toThrow(SyntaxError);
    expect(isClock('000001741944600000-0000-a')).toBe(false);
  });

  it('maxClock picks the later clock and tolerates a missing one', () => {
    const a = formatClock({ wall: T, counter: 1, device: 'a' });
    const b = formatClock({ wall: T, counter: 0, device: 'b' });
    expect(maxClock(a, b)).toBe(a);
    expect(maxClock(b, a)).toBe(a);
    expect(maxClock(undefined, b)).toBe(b);
    expect(maxClock(a, undefined)).toBe(a);
    expect(maxClock(undefined, undefined)).toBeUndefined();
  });
});
