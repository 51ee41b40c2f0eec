// One sync: lock, read the shared file and its cloud conflict copies, decrypt, merge them with this
// device's records, apply the result here, write the merged state back (only if the file is still
// the version merged from; otherwise merge again), archive the merged copies, unlock. Whatever
// fails, the shared file is untouched or replaced whole, and local data is only ever merged into.
import type { KansliDb } from '../schema';
import type { DeviceContext } from '../context';
import type { SharedRead, SyncLockResult, SyncRanges, SyncWriteResult } from '../../../../electron/api';
import { recordKey, type Conflict, type SyncRecord, type SyncState } from '../../domain/sync/merge';
import { mergeDevices } from '../../domain/sync/codec';
import { createFileKey, rewrapFileKey, type FileKey } from '../../domain/sync/envelope';
import { SyncFileError } from '../../domain/sync/errors';
import { readSyncFile, type OpenedFile } from '../../domain/sync/file';
import { LATEST_VERSION, type Part } from '../../domain/sync/segfile';
import { coalesceParts } from '../../../../electron/parts';
import { holdBackFuture } from '../../domain/sync/quarantine';
import { sameRecord } from '../../domain/sync/records';
import { isErased, isPersonalField, mergeWithErasure, newlyErased } from '../../domain/sync/erasure';
import { purgeErased } from './purge';
import { afterMerge, beforeMerge, needsFullRead, staleRunMessage } from './housekeeping';
import { DELETED_FIELD } from '../../domain/sync/types';
import { applyMerged, conflictRow, labelOf, localRecords, localState, whoFrom } from './state';
import { changedSince, lastSeq, loadCache, saveCache, type SegmentCache } from './cursor';
import { HEAD_BYTES, peekHead, readChanged, readFull, type FileView } from './view';
import { buildFile } from './writer';
import { syncRunsTable, type ConflictRow, type SyncRunRow } from './tables';

/** The Node side, as the engine needs it (send() in the app, an in-memory file in tests). */
export type SyncIo = {
  /** `head`: only the main file's first bytes (its header); hash and size are still the whole file's. */
  read(path: string, opts?: { head?: number }): Promise<SharedRead>;
  readRanges(path: string, hash: string, ranges: [number, number][]): Promise<SyncRanges>;
  write(req: { path: string; bytes?: Uint8Array; parts?: Part[]; expectedBaseHash: string | null; archive?: string[] }): Promise<SyncWriteResult>;
  lock(path: string, owner: { deviceId: string; name: string }): Promise<SyncLockResult>;
  unlock(token: string): Promise<boolean>;
  /** Removes the file's older generations and archived copies (after a GDPR erasure reached the file). */
  purge?(path: string): Promise<{ removed: number }>;
};

/** Kept in memory for the session only: the passphrase is never stored. */
export type KeySession = { passphrase?: string; key?: FileKey };

export type SyncMode = 'create' | 'join' | 'sync';

export type SyncErrorCode = 'locked' | 'missing' | 'exists' | 'busy' | 'file';

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly detail?: { name?: string; since?: string; fileError?: SyncFileError },
  ) {
    super(message);
  }
}

export type SyncOptions = {
  db: KansliDb;
  ctx: DeviceContext;
  io: SyncIo;
  path: string;
  mode: SyncMode;
  session: KeySession;
  now?: () => Date;
  /** How many times to wait for another officer's lock (1 s apart) before giving up. */
  lockAttempts?: number;
  wait?: (ms: number) => Promise<void>;
  onStep?: (step: 'lock' | 'read' | 'merge' | 'write') => void;
  pbkdf2Iterations?: number;
  /** Change the passphrase (or encrypt a file that was not): the data key is re-wrapped and the file rewritten. */
  newPassphrase?: string;
};

const MAX_ROUNDS = 4;

async function open(bytes: Uint8Array, session: KeySession): Promise<OpenedFile> {
  const opened = await readSyncFile(bytes, { passphrase: session.passphrase, cached: session.key });
  if (opened.key) session.key = opened.key;
  return opened;
}

/**
 * Waits between lock attempts: short at first (another officer's sync is often nearly done, and
 * asking again costs one mkdir), then a second at a time, about twelve seconds in all.
 */
export function lockBackoff(attempt: number): number {
  return Math.min(100 * 2 ** attempt, 1000);
}

async function takeLock(o: SyncOptions): Promise<string> {
  const wait = o.wait ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const attempts = o.lockAttempts ?? 16;
  for (let i = 0; ; i++) {
    const r = await o.io.lock(o.path, { deviceId: o.ctx.deviceId, name: o.ctx.userName });
    if (r.ok) return r.token;
    if (i + 1 >= attempts) {
      throw new SyncError('locked', `${r.heldBy.name || 'En annan dator'} synkroniserar just nu. Försök igen om en stund.`, { name: r.heldBy.name, since: r.heldBy.since });
    }
    await wait(lockBackoff(i));
  }
}

function count(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/** Merges cloud conflict copies into the file's state; a copy that cannot be opened is left and counted. */
async function mergeCopies(view: FileView, read: SharedRead, session: KeySession, run: SyncRunRow): Promise<{ state: SyncState; conflicts: Conflict[]; names: string[] }> {
  let state = view.state;
  const conflicts: Conflict[] = [];
  const names: string[] = [];
  for (const copy of read.copies) {
    try {
      const c = await open(copy.bytes, session);
      const m = mergeWithErasure(state, c.state);
      state = m.state;
      conflicts.push(...m.conflicts);
      view.devices = mergeDevices(view.devices, c.devices);
      names.push(copy.name);
    } catch (err) {
      // A copy under an older passphrase, or damaged: left in place, counted, never guessed at.
      if (!(err instanceof SyncFileError)) throw err;
      run.copiesSkipped += 1;
    }
  }
  return { state, conflicts, names };
}

/** The file as this round needs it: only what changed when this device's cache allows, else all of it. */
async function readView(o: SyncOptions, read: SharedRead, cache: SegmentCache | undefined, local: Map<string, { table: string; id: string }> | undefined): Promise<FileView | 'changed'> {
  if (!read.main) {
    let key: FileKey | undefined;
    if (o.session.passphrase) key = o.session.key ??= await createFileKey(o.session.passphrase, o.pbkdf2Iterations);
    return { base: null, version: 0, state: { records: {} }, devices: {}, key, decoded: new Set(), fresh: { records: {} }, full: true };
  }
  const peeked = await peekHead(o.io, o.path, read, o.session);
  if (peeked === 'changed') return 'changed';
  const { head } = peeked;
  if (head && cache && local && cache.path === o.path && cache.fileId === head.header.fileId && read.copies.length === 0 && !o.newPassphrase) {
    return readChanged(o.io, o.path, read, head, cache, local.values());
  }
  return readFull(o.io, o.path, read, o.session);
}

export async function syncNow(o: SyncOptions): Promise<SyncRunRow> {
  const now = o.now ?? (() => new Date());
  const started = now().toISOString();
  const run: SyncRunRow = {
    at: started, finishedAt: started, path: o.path, status: 'ok', in: {}, out: {}, written: false,
    conflicts: 0, copiesMerged: 0, copiesSkipped: 0, quarantined: 0, changes: [],
  };
  o.onStep?.('lock');
  const token = await takeLock(o);
  let pending = false;
  let unlocking: Promise<unknown> | undefined;
  let saving: Promise<void> | undefined;
  try {
    const cache = o.mode === 'sync' ? await loadCache(o.db) : undefined;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      o.onStep?.('read');
      // Read before the file: a record edited from here on is picked up by the next sync.
      const seqStart = await lastSeq(o.db);
      const read = await o.io.read(o.path, { head: cache?.headBytes ? cache.headBytes + 4096 : HEAD_BYTES });
      if (!read.main && o.mode !== 'create') {
        throw new SyncError('missing', o.mode === 'join'
          ? 'Det finns ingen synkfil med det namnet i mappen. Kontrollera sökvägen, eller välj "Skapa ny".'
          : 'Synkfilen finns inte längre på sin plats. Är mappen ansluten? Välj filen igen, eller skapa en ny.');
      }
      if (read.main && o.mode === 'create' && round === 0) {
        throw new SyncError('exists', 'Det finns redan en synkfil där. Välj "Anslut till befintlig" för att använda den.');
      }
      // A computer back from longer away than deletions are remembered must compare everything.
      const usable = cache && !(await needsFullRead(o.db, now().getTime())) ? cache : undefined;
      const localKeys = usable ? await changedSince(o.db, usable.cursor) : undefined;
      const view = await readView(o, read, usable, localKeys);
      if (view === 'changed') continue;
      let key = view.key;

      o.onStep?.('merge');
      const copies = await mergeCopies(view, read, o.session, run);
      let local: SyncState;
      let fromFile: SyncState;
      if (view.full) {
        local = await localState(o.db);
        fromFile = copies.state;
      } else {
        // Only records someone else changed, and those edited here (with the file's version of them).
        const mine = localKeys!;
        const fresh: Record<string, SyncRecord> = { ...view.fresh.records };
        for (const k of mine.keys()) if (Object.hasOwn(view.state.records, k)) fresh[k] = view.state.records[k]!;
        fromFile = { records: fresh };
        local = await localRecords(o.db, [...mine.values(), ...Object.values(view.fresh.records).map((r) => ({ table: r.table, id: r.id }))]);
      }
      const q = holdBackFuture(fromFile, now().getTime());
      const incoming = q.state;
      const before = view.full ? await beforeMerge(o.db, local, incoming, now().getTime()) : { local, conflicts: [], dropped: [] };
      local = before.local;
      const merged0 = mergeWithErasure(local, incoming);
      // Expired tombstones leave, and members given the same number offline get distinct ones.
      const after = await afterMerge(o.db, o.ctx, merged0.state, now().getTime());
      const result = { state: after.state, conflicts: [...before.conflicts, ...merged0.conflicts] };
      if (after.renumbered.length > 0) run.renumbered = [...(run.renumbered ?? []), ...after.renumbered];
      if (before.staleSince !== undefined) run.message = staleRunMessage(before.staleSince, before.dropped.length);
      const leaving = after.expired.filter((k) => Object.hasOwn(view.state.records, k)).map((k) => view.state.records[k]!);
      const who = whoFrom(view.devices, o.ctx);
      const at = now().toISOString();
      const rows: ConflictRow[] = [];
      for (const c of [...copies.conflicts, ...result.conflicts]) {
        rows.push(conflictRow(c, c.field === DELETED_FIELD ? 'delete' : 'edit', labelOf(result.state.records[recordKey(c.table, c.id)]), who, at));
      }
      for (const h of q.held) {
        const cur = result.state.records[recordKey(h.table, h.id)];
        // A held-back value of an erased record's personal field is not kept anywhere, not even as a conflict.
        if (cur && isErased(cur) && isPersonalField(cur, h.field)) continue;
        const kept = cur && Object.hasOwn(cur.fields, h.field) ? cur.fields[h.field]! : { value: null, clock: '' };
        rows.push(conflictRow({ table: h.table, id: h.id, field: h.field, kept: { value: kept.value, clock: kept.clock }, lost: { value: h.value, clock: h.clock } }, 'clock', labelOf(cur), who, at));
      }
      const applied = await applyMerged(o.db, o.ctx, local, result.state, rows, who);
      count(run.in, applied.in);
      run.changes.push(...applied.changes.slice(0, 100 - run.changes.length));
      run.conflicts += applied.newConflicts;
      run.quarantined += q.held.length;
      // An erasure that arrived here: its traces in the conflicts and the sync history go too.
      const erasedHere = newlyErased(local, result.state);
      if (erasedHere.length > 0) await purgeErased(o.db, erasedHere);
      // An edit that landed during this sync (between the start and the apply) is sent next time.
      const cursor = applied.seqBefore === seqStart ? applied.seqAfter : seqStart;

      let rekeyed: FileKey | undefined;
      if (o.newPassphrase) {
        rekeyed = key ? await rewrapFileKey(key, o.newPassphrase, o.pbkdf2Iterations) : await createFileKey(o.newPassphrase, o.pbkdf2Iterations);
        key = rekeyed;
      }
      // What the file lacks (compared by content: the file's objects are not ours). Nothing new
      // means no write, so a cloud folder is not churned and no one else's save is raced for nothing.
      const out: Record<string, number> = {};
      const dirty: string[] = [];
      if (result.state !== view.state || leaving.length > 0) {
        for (const k of Object.keys(result.state.records)) {
          const rec = result.state.records[k]!;
          if (!sameRecord(rec, Object.hasOwn(view.state.records, k) ? view.state.records[k] : undefined)) {
            out[rec.table] = (out[rec.table] ?? 0) + 1;
            dirty.push(k);
          }
        }
      }
      const needsWrite = !read.main || dirty.length > 0 || leaving.length > 0 || copies.names.length > 0 || rekeyed !== undefined || view.version < LATEST_VERSION;
      pending = needsWrite;
      if (!needsWrite) {
        if (read.main && view.head) await saveCache(o.db, { path: o.path, fileId: view.head.header.fileId, segments: segmentHashes(view), cursor, headBytes: view.head.end });
        break;
      }
      o.onStep?.('write');
      const devices = mergeDevices(view.devices, { [o.ctx.deviceId]: { name: o.ctx.userName, at } });
      // The decoded segments as they are now: the file's records with the merge's on top.
      const merged = view.full ? result.state : { records: { ...view.state.records, ...result.state.records } };
      for (const r of leaving) delete merged.records[recordKey(r.table, r.id)];
      const file = await buildFile(view, merged, dirty, devices, key, at, leaving);
      const w = await o.io.write({ path: o.path, parts: coalesceParts(file.parts), expectedBaseHash: view.base, archive: copies.names });
      if (w.status === 'changed') continue; // someone saved in between: merge with theirs and try again
      pending = false;
      // The first write that carries an erasure: the older generations beside the file still hold the data.
      if (o.io.purge && newlyErased(view.state, result.state).length > 0) await o.io.purge(o.path);
      // The file is final: the lock goes back while this device records what it wrote (a round
      // trip to the host, and one IndexedDB commit, fewer before the officer sees the result).
      unlocking = o.io.unlock(token).catch(() => false);
      saving = saveCache(o.db, { path: o.path, fileId: file.fileId, segments: file.segments, cursor, headBytes: file.parts[0]!.length });
      if (rekeyed) {
        o.session.passphrase = o.newPassphrase;
        o.session.key = rekeyed;
      }
      run.out = out;
      run.written = true;
      run.copiesMerged = copies.names.length;
      break;
    }
    if (pending) {
      // Merged here, but the file kept changing under us: the next sync sends this device's changes.
      run.message = 'Synkfilen ändrades av andra under tiden. Det som kom in är sparat; dina ändringar skickas vid nästa synkronisering.';
    }
    run.finishedAt = now().toISOString();
    await Promise.all([saving, syncRunsTable(o.db).add(run)]);
    return run;
  } finally {
    await (unlocking ?? o.io.unlock(token).catch(() => false));
  }
}

/** The segment hashes of a file this device now holds all of. */
function segmentHashes(view: FileView): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of view.head!.segments.values()) out[s.id] = s.hash;
  return out;
}

/** Keeps a failed attempt in the sync history, with the message the officer saw. */
export async function recordFailure(db: KansliDb, path: string, message: string, at: string): Promise<void> {
  await syncRunsTable(db).add({
    at, finishedAt: new Date().toISOString(), path, status: 'failed', message, in: {}, out: {}, written: false,
    conflicts: 0, copiesMerged: 0, copiesSkipped: 0, quarantined: 0, changes: [],
  });
}
