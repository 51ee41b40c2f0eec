// Records stamped as the app's repositories stamp them (id, times, device, a clock per field),
// with clocks taken from the record's own date so the data set is the same on every run.
import { stampCreate, type Stamped } from '../../renderer/src/db/stamp';
import { formatClock } from '../../renderer/src/domain/sync/hlc';

export type { Stamped };

export class Stamper {
  private counter = 0;
  constructor(readonly deviceId: string) {}

  /** `at` is a full ISO time; records stamped in the same millisecond get increasing counters. */
  stamp<T extends object>(data: T, id: string, at: string): T & Stamped {
    const wall = Date.parse(at);
    if (!Number.isFinite(wall)) throw new RangeError(`not a time: ${at}`);
    this.counter = (this.counter + 1) % 0x10000;
    const clock = formatClock({ wall, counter: this.counter, device: this.deviceId });
    return stampCreate(data, { deviceId: this.deviceId, clock, now: new Date(wall).toISOString() }, id);
  }
}

/** YYYY-MM-DD plus a working-hours time, as a full ISO time. */
export function atDay(date: string, minuteOfDay = 9 * 60): string {
  const h = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const m = String(minuteOfDay % 60).padStart(2, '0');
  return `${date}T${h}:${m}:00.000Z`;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date in the given year (February has 28 days here: the benchmark needs no leap days). */
export function dayOfYear(year: number, month: number, day: number): string {
  const d = Math.min(day, DAYS[month - 1]!);
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
