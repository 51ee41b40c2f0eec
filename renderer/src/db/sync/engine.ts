// One sync: lock, read the shared file and its cloud conflict copies, decrypt, merge them with this
// device's records, apply the result here, write the merged state back (only if the file is still
// the version merged from; otherwise merge again), archive the merged copies, unlock. Whatever
// fails, the shared file is untouched or replaced whole, and local data is only ever merged into.
import type { KansliDb } from '../schema';
import type { DeviceContext } from '../context';
import type { SharedRead, SyncLockResult, SyncWriteResult } from '../../../../electron/api';
import { mergeStates, recordKey, type Conflict, type SyncState } from '../../domain/sync/merge';
import { mergeDevices, type Devices } from '../../domain/sync/codec';
import { createFileKey, rewrapFileKey, type FileKey } from '../../domain/sync/envelope';
import { SyncFileError } from '../../domain/sync/errors';
import { readSyncFile, writeSyncFile, type OpenedFile } from '../../domain/sync/file';
import { holdBackFuture } from '../../domain/sync/quarantine';
import { sameRecord } from '../../domain/sync/records';
import { DELETED_FIELD } from '../../domain/sync/types';
import { applyMerged, conflictRow, labelOf, localState, whoFrom } from './state';
import { syncRunsTable, type ConflictRow, type SyncRunRow } from './tables';

/** The Node side, as the engine needs it (send() in the app, an in-memory file in tests). */
export type SyncIo = {
  read(path: string): Promise<SharedRead>;
  write(req: { path: string; bytes: Uint8Array; expectedBaseHash: string | null; archive?: string[] }): Promise<SyncWriteResult>;
  lock(path: string, owner: { deviceId: string; name: string }): Promise<SyncLockResult>;
  unlock(token: string): Promise<boolean>;
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

async function takeLock(o: SyncOptions): Promise<string> {
  const wait = o.wait ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const attempts = o.lockAttempts ?? 10;
  for (let i = 0; ; i++) {
    const r = await o.io.lock(o.path, { deviceId: o.ctx.deviceId, name: o.ctx.userName });
    if (r.ok) return r.token;
    if (i + 1 >= attempts) {
      throw new SyncError('locked', `${r.heldBy.name || 'En annan dator'} synkroniserar just nu. Försök igen om en stund.`, { name: r.heldBy.name, since: r.heldBy.since });
    }
    await wait(1000);
  }
}

function count(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
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
  try {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      o.onStep?.('read');
      const read = await o.io.read(o.path);
      if (!read.main && o.mode !== 'create') {
        throw new SyncError('missing', o.mode === 'join'
          ? 'Det finns ingen synkfil med det namnet i mappen. Kontrollera sökvägen, eller välj "Skapa ny".'
          : 'Synkfilen finns inte längre på sin plats. Är mappen ansluten? Välj filen igen, eller skapa en ny.');
      }
      if (read.main && o.mode === 'create' && round === 0) {
        throw new SyncError('exists', 'Det finns redan en synkfil där. Välj "Anslut till befintlig" för att använda den.');
      }

      let fileState: SyncState = { records: {} };
      let devices: Devices = {};
      let key: FileKey | undefined;
      if (read.main) {
        const main = await open(read.main.bytes, o.session);
        fileState = main.state;
        devices = main.devices;
        key = main.key;
      } else if (o.session.passphrase) {
        key = o.session.key ??= await createFileKey(o.session.passphrase, o.pbkdf2Iterations);
      }

      o.onStep?.('merge');
      const fileConflicts: Conflict[] = [];
      const merged: string[] = [];
      let incoming = fileState;
      for (const copy of read.copies) {
        try {
          const c = await open(copy.bytes, o.session);
          const m = mergeStates(incoming, c.state);
          incoming = m.state;
          fileConflicts.push(...m.conflicts);
          devices = mergeDevices(devices, c.devices);
          merged.push(copy.name);
        } catch (err) {
          // A copy under an older passphrase, or damaged: left in place, counted, never guessed at.
          if (!(err instanceof SyncFileError)) throw err;
          run.copiesSkipped += 1;
        }
      }
      const q = holdBackFuture(incoming, now().getTime());
      incoming = q.state;

      const local = await localState(o.db);
      const result = mergeStates(local, incoming);
      const who = whoFrom(devices, o.ctx);
      const at = now().toISOString();
      const rows: ConflictRow[] = [];
      for (const c of [...fileConflicts, ...result.conflicts]) {
        rows.push(conflictRow(c, c.field === DELETED_FIELD ? 'delete' : 'edit', labelOf(result.state.records[recordKey(c.table, c.id)]), who, at));
      }
      for (const h of q.held) {
        const cur = result.state.records[recordKey(h.table, h.id)];
        const kept = cur && Object.hasOwn(cur.fields, h.field) ? cur.fields[h.field]! : { value: null, clock: '' };
        rows.push(conflictRow({ table: h.table, id: h.id, field: h.field, kept: { value: kept.value, clock: kept.clock }, lost: { value: h.value, clock: h.clock } }, 'clock', labelOf(cur), who, at));
      }
      const applied = await applyMerged(o.db, o.ctx, local, result.state, rows, who);
      count(run.in, applied.in);
      run.changes.push(...applied.changes.slice(0, 100 - run.changes.length));
      run.conflicts += applied.newConflicts;
      run.quarantined += q.held.length;

      let rekeyed: FileKey | undefined;
      if (o.newPassphrase) {
        rekeyed = key ? await rewrapFileKey(key, o.newPassphrase, o.pbkdf2Iterations) : await createFileKey(o.newPassphrase, o.pbkdf2Iterations);
        key = rekeyed;
      }
      // What the file lacks (compared by content: the file's objects are not ours). Nothing new
      // means no write, so a cloud folder is not churned and no one else's save is raced for nothing.
      const out: Record<string, number> = {};
      let outN = 0;
      if (result.state !== fileState) {
        for (const [k, rec] of Object.entries(result.state.records)) {
          if (!sameRecord(rec, Object.hasOwn(fileState.records, k) ? fileState.records[k] : undefined)) {
            out[rec.table] = (out[rec.table] ?? 0) + 1;
            outN += 1;
          }
        }
      }
      const needsWrite = !read.main || outN > 0 || merged.length > 0 || rekeyed !== undefined;
      pending = needsWrite;
      if (!needsWrite) break;
      o.onStep?.('write');
      devices = mergeDevices(devices, { [o.ctx.deviceId]: { name: o.ctx.userName, at } });
      const bytes = await writeSyncFile({ state: result.state, devices }, { key, base: read.main?.hash ?? null, writtenAt: at });
      const w = await o.io.write({ path: o.path, bytes, expectedBaseHash: read.main?.hash ?? null, archive: merged });
      if (w.status === 'changed') continue; // someone saved in between: merge with theirs and try again
      pending = false;
      if (rekeyed) {
        o.session.passphrase = o.newPassphrase;
        o.session.key = rekeyed;
      }
      run.out = out;
      run.written = true;
      run.copiesMerged = merged.length;
      break;
    }
    if (pending) {
      // Merged here, but the file kept changing under us: the next sync sends this device's changes.
      run.message = 'Synkfilen ändrades av andra under tiden. Det som kom in är sparat; dina ändringar skickas vid nästa synkronisering.';
    }
    run.finishedAt = now().toISOString();
    await syncRunsTable(o.db).add(run);
    return run;
  } finally {
    await o.io.unlock(token).catch(() => false);
  }
}

/** Keeps a failed attempt in the sync history, with the message the officer saw. */
export async function recordFailure(db: KansliDb, path: string, message: string, at: string): Promise<void> {
  await syncRunsTable(db).add({
    at, finishedAt: new Date().toISOString(), path, status: 'failed', message, in: {}, out: {}, written: false,
    conflicts: 0, copiesMerged: 0, copiesSkipped: 0, quarantined: 0, changes: [],
  });
}
