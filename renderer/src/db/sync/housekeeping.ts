// The sync rules around the merge that are not the merge itself, as two calls for the engine:
//   beforeMerge – a computer back after longer than tombstones are kept sorts out its records
//                 the file has forgotten (domain/sync/expiry.ts) before they could come back;
//   afterMerge  – expired tombstones leave the merged state and this database, and members who
//                 got the same number offline get distinct ones (domain/sync/memberNumbers.ts).
// Both need the whole local state when they matter: beforeMerge only when the computer is beyond
// the horizon (then the engine must merge a full read), afterMerge works on any part of it.
import type { KansliDb } from '../schema';
import type { DeviceContext } from '../context';
import { beyondHorizon, expireTombstones, sortStaleRecords, TOMBSTONE_KEEP_DAYS, TOMBSTONE_KEEP_MS } from '../../domain/sync/expiry';
import type { Conflict, SyncState } from '../../domain/sync/types';
import { dropRecords, lastSuccessfulSync } from './expiry';
import { renumberMembers, type Renumbering } from './renumber';

export type BeforeMerge = {
  local: SyncState;
  /** Deleted elsewhere long ago, edited here since: to show as delete-versus-edit conflicts. */
  conflicts: Conflict[];
  dropped: string[];
  /** Set when this computer was beyond the horizon: when it last synced (for the message). */
  staleSince?: number;
};

/** Whether the engine must read every local record (not only what changed) before beforeMerge. */
export async function needsFullRead(db: KansliDb, nowMs: number, keepMs = TOMBSTONE_KEEP_MS): Promise<boolean> {
  return beyondHorizon(await lastSuccessfulSync(db), nowMs, keepMs);
}

export async function beforeMerge(db: KansliDb, local: SyncState, file: SyncState, nowMs: number, keepMs = TOMBSTONE_KEEP_MS): Promise<BeforeMerge> {
  const last = await lastSuccessfulSync(db);
  if (last === undefined || !beyondHorizon(last, nowMs, keepMs)) return { local, conflicts: [], dropped: [] };
  const sorted = sortStaleRecords(local, file, last);
  await dropRecords(db, sorted.dropped);
  return { local: sorted.state, conflicts: sorted.conflicts, dropped: sorted.dropped, staleSince: last };
}

export type AfterMerge = { state: SyncState; expired: string[]; renumbered: Renumbering[] };

export async function afterMerge(db: KansliDb, ctx: DeviceContext, merged: SyncState, nowMs: number, keepMs = TOMBSTONE_KEEP_MS): Promise<AfterMerge> {
  const exp = expireTombstones(merged, nowMs, keepMs);
  await dropRecords(db, exp.expired);
  const ren = await renumberMembers(db, ctx, exp.state);
  return { state: ren.state, expired: exp.expired, renumbered: ren.renumbered };
}

/** What the sync summary says when this computer came back from beyond the horizon (Swedish, as the engine's other messages). */
export function staleRunMessage(sinceMs: number, dropped: number): string {
  const date = new Date(sinceMs).toISOString().slice(0, 10);
  return `Den här datorn hade inte synkroniserat sedan ${date} – längre än Kansli minns borttagningar (${TOMBSTONE_KEEP_DAYS} dagar). `
    + `${dropped === 1 ? 'En post' : `${dropped} poster`} som andra tagit bort under tiden togs bort här också. `
    + 'Det du själv ändrat sedan dess finns kvar; ändringar i borttagna poster visas som konflikter.';
}
