// Who is writing: this device's id, the local user's name, and its hybrid logical clock, whose
// last value is kept in the database so clocks keep increasing across restarts.
import { HybridClock } from '../domain/sync/hlc';
import type { KansliDb } from './schema';

export type DeviceContext = { deviceId: string; userName: string; clock: HybridClock; now: () => Date };

const LAST_CLOCK = 'hlc.last';

export async function openDeviceContext(db: KansliDb, deviceId: string, userName: string, now: () => Date = () => new Date()): Promise<DeviceContext> {
  const last = await db.meta.get(LAST_CLOCK);
  const lastClock = typeof last?.value === 'string' ? last.value : undefined;
  const clock = new HybridClock(deviceId, () => now().getTime(), lastClock && lastClock.endsWith(deviceId) ? lastClock : undefined);
  if (lastClock) clock.observe(lastClock);
  return { deviceId, userName, clock, now };
}

export async function persistClock(db: KansliDb, ctx: DeviceContext): Promise<void> {
  await db.meta.put({ key: LAST_CLOCK, value: ctx.clock.current() });
}
