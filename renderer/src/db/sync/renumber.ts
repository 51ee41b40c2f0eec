// The member-number rule (domain/sync/memberNumbers.ts) with this computer's clock and its
// high-water mark of given numbers, run on a merge result before it is applied, so the unique
// index on `memberNumber` never meets two members with one number.
import type { KansliDb } from '../schema';
import { persistClock, type DeviceContext } from '../context';
import { renumberCollisions, type Renumbering } from '../../domain/sync/memberNumbers';
import type { SyncState } from '../../domain/sync/types';

export type { Renumbering };

/** The members repository's mark of the highest number ever given (db/members/memberRepository.ts). */
const HIGH_WATER = 'members.highestNumber';

export async function renumberMembers(db: KansliDb, ctx: DeviceContext, merged: SyncState): Promise<{ state: SyncState; renumbered: Renumbering[] }> {
  // The state may be only part of the register (an incremental sync): numbers already stored
  // here, and the mark of numbers once given, are taken too.
  const mark = await db.meta.get(HIGH_WATER);
  const stored = (await db.table('members').orderBy('memberNumber').last()) as { memberNumber?: unknown } | undefined;
  const floor = Math.max(typeof mark?.value === 'number' ? mark.value : 0, typeof stored?.memberNumber === 'number' ? stored.memberNumber : 0);
  const result = renumberCollisions(merged, floor, () => ctx.clock.tick());
  if (result.renumbered.length === 0) return result;
  const highest = Math.max(...result.renumbered.map((r) => r.to));
  await db.transaction('rw', db.meta, async () => {
    const now = await db.meta.get(HIGH_WATER);
    if (typeof now?.value !== 'number' || now.value < highest) await db.meta.put({ key: HIGH_WATER, value: highest });
    await persistClock(db, ctx);
  });
  return result;
}
