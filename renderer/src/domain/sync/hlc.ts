// Hybrid logical clock (Kulkarni et al.): physical time when it moves forward, a counter when it
// does not, and the device id as the final tie-breaker. Clocks sort correctly as plain text.
export type Clock = string;

export type ClockParts = { wall: number; counter: number; device: string };

const MAX_COUNTER = 0xffff;
/** A remote clock this far ahead of our wall time is refused rather than adopted (a broken clock). */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export function formatClock({ wall, counter, device }: ClockParts): Clock {
  if (!Number.isInteger(wall) || wall < 0 || wall > 999_999_999_999_999) throw new RangeError('wall time out of range');
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_COUNTER) throw new RangeError('counter out of range');
  if (!device) throw new RangeError('device id missing');
  return `${String(wall).padStart(15, '0')}-${counter.toString(16).padStart(4, '0')}-${device}`;
}

const CLOCK_RE = /^(\d{15})-([0-9a-f]{4})-(.+)$/;

export function parseClock(clock: Clock): ClockParts {
  const m = CLOCK_RE.exec(clock);
  if (!m) throw new SyntaxError(`not a clock: ${clock.slice(0, 40)}`);
  return { wall: Number(m[1]), counter: parseInt(m[2]!, 16), device: m[3]! };
}

// 15 wall digits, '-', 4 counter digits, '-'.
const CLOCK_DEVICE_OFFSET = 21;

/** The device part of a well-formed clock, read without parsing (merge calls this per field). */
export function clockDevice(clock: Clock): string {
  return clock.slice(CLOCK_DEVICE_OFFSET);
}

export function isClock(value: unknown): value is Clock {
  return typeof value === 'string' && CLOCK_RE.test(value);
}

export function maxClock(a: Clock | undefined, b: Clock | undefined): Clock | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/** One device's clock. `now` is injectable so tests can stop time or run it backwards. */
export class HybridClock {
  private wall = 0;
  private counter = 0;

  constructor(
    readonly device: string,
    private readonly now: () => number = Date.now,
    last?: Clock,
  ) {
    if (last) this.observe(last);
  }

  /** A clock for a local event: strictly greater than every clock issued or observed before. */
  tick(): Clock {
    const physical = this.now();
    if (physical > this.wall) {
      this.wall = physical;
      this.counter = 0;
    } else {
      this.bump();
    }
    return this.current();
  }

  /** Merges a clock seen from elsewhere, so our next tick sorts after it. */
  observe(remote: Clock): void {
    const r = parseClock(remote);
    const physical = this.now();
    if (r.wall > physical + MAX_DRIFT_MS) return;
    if (r.wall > this.wall) {
      this.wall = r.wall;
      this.counter = r.counter;
    } else if (r.wall === this.wall && r.counter > this.counter) {
      this.counter = r.counter;
    }
  }

  current(): Clock {
    return formatClock({ wall: this.wall, counter: this.counter, device: this.device });
  }

  private bump(): void {
    if (this.counter === MAX_COUNTER) {
      // Counter exhausted within one millisecond: borrow the next millisecond instead of wrapping.
      this.wall += 1;
      this.counter = 0;
    } else {
      this.counter += 1;
    }
  }
}
