// The sync and backup channels of the contract (electron/api.ts), as plain functions over the
// modules beside this one. Shared by Electron's IPC and the browser host.
import { KansliServiceError, type Handlers } from '../../api';
import { LockManager } from './lock';
import { readRanges, readShared, writeShared } from './shared';
import { listBackups, readBackup, writeBackup } from './backups';
import { fsError } from './errors';
import { purgeHistory } from './purge';

type SyncChannels = 'sync:read' | 'sync:readRanges' | 'sync:write' | 'sync:lock' | 'sync:unlock' | 'sync:purge' | 'backup:write' | 'backup:list' | 'backup:read';

export function createSyncHandlers(locks: LockManager = new LockManager()): Pick<Handlers, SyncChannels> {
  return {
    'sync:read': ({ path, head }) => readShared(path, head),
    'sync:readRanges': ({ path, hash, ranges }) => readRanges(path, hash, ranges),
    'sync:write': (req) => writeShared(req),
    'sync:purge': ({ path }) => purgeHistory(path),
    'sync:lock': async ({ path, owner }) => {
      try {
        return await locks.acquire(path, owner);
      } catch (err) {
        throw fsError(err, 'synkfilen');
      }
    },
    'sync:unlock': async ({ token }) => {
      try {
        return await locks.release(token);
      } catch {
        // The lock folder vanished with its share; it goes stale on its own.
        return false;
      }
    },
    'backup:write': (req) => writeBackup(req),
    'backup:list': ({ dir }) => listBackups(dir),
    'backup:read': async ({ path }) => {
      if (!path) throw new KansliServiceError('invalid-payload', 'Ingen säkerhetskopia vald');
      return readBackup(path);
    },
  };
}
