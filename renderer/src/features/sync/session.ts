// The sync session of this window: the passphrase and unwrapped file key (in memory only – never
// in settings or IndexedDB, so a stolen laptop's disk does not hold it), whether a sync is running
// and at which step, shared by the page and the background timer so two syncs never overlap.
import { useSyncExternalStore } from 'react';
import { send } from '../../platform/bridge';
import type { Repositories } from '../../db/open';
import { recordFailure, syncNow, type KeySession, type SyncIo, type SyncMode } from '../../db/sync/engine';
import type { SyncRunRow } from '../../db/sync/tables';
import type { BackupIo } from '../../db/sync/backup';

export const keySession: KeySession = {};

export const io: SyncIo = {
  read: (path, opts) => send('sync:read', { path, head: opts?.head }),
  readRanges: (path, hash, ranges) => send('sync:readRanges', { path, hash, ranges }),
  write: (req) => send('sync:write', req),
  lock: (path, owner) => send('sync:lock', { path, owner }),
  unlock: (token) => send('sync:unlock', { token }),
  purge: (path) => send('sync:purge', { path }),
};

export const backupIo: BackupIo = {
  write: (req) => send('backup:write', req),
  read: (path) => send('backup:read', { path }),
};

type Status = { busy: boolean; step?: 'lock' | 'read' | 'merge' | 'write'; passphraseSet: boolean };
let status: Status = { busy: false, passphraseSet: false };
const listeners = new Set<() => void>();
function set(next: Partial<Status>): void {
  status = { ...status, ...next };
  for (const l of listeners) l();
}

export function useSyncStatus(): Status {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => status,
  );
}

export function setPassphrase(passphrase: string | undefined): void {
  if (keySession.passphrase !== passphrase) keySession.key = undefined;
  keySession.passphrase = passphrase || undefined;
  set({ passphraseSet: !!keySession.passphrase });
}

export class BusyError extends Error {}

export async function runSync(repos: Repositories, path: string, mode: SyncMode, newPassphrase?: string): Promise<SyncRunRow> {
  if (status.busy) throw new BusyError('busy');
  set({ busy: true, step: 'lock' });
  const at = new Date().toISOString();
  try {
    const run = await syncNow({ db: repos.db, ctx: repos.ctx, io, path, mode, session: keySession, newPassphrase, onStep: (step) => set({ step }) });
    set({ passphraseSet: !!keySession.passphrase });
    return run;
  } catch (err) {
    await recordFailure(repos.db, path, err instanceof Error ? err.message : String(err), at).catch(() => undefined);
    throw err;
  } finally {
    set({ busy: false, step: undefined });
  }
}
