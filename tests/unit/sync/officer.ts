// An officer's computer for sync tests: its own Dexie database (fake-indexeddb), device context,
// repositories and passphrase session, syncing through a MemoryFolder.
import 'fake-indexeddb/auto';
import { KansliDb } from '../../../renderer/src/db/schema';
import { openDeviceContext, type DeviceContext } from '../../../renderer/src/db/context';
import { ProfileRepository } from '../../../renderer/src/db/profileRepository';
import { Repository } from '../../../renderer/src/db/repository';
import { syncNow, type KeySession, type SyncMode } from '../../../renderer/src/db/sync/engine';
import { localState } from '../../../renderer/src/db/sync/state';
import { openConflicts } from '../../../renderer/src/db/sync/tables';
import type { MemoryFolder } from './memoryIo';

let n = 0;
export const opened: KansliDb[] = [];

export type Category = { name: string; fee?: number; note?: string };

export class Officer {
  db!: KansliDb;
  ctx!: DeviceContext;
  profile!: ProfileRepository;
  categories!: Repository<Category>;
  session: KeySession = {};

  constructor(readonly name: string, readonly deviceId: string, private readonly now: () => Date = () => new Date()) {}

  async open(): Promise<this> {
    this.db = new KansliDb(`officer-${++n}-${this.name}`);
    opened.push(this.db);
    await this.db.open();
    this.ctx = await openDeviceContext(this.db, this.deviceId, this.name, this.now);
    this.profile = new ProfileRepository(this.db, this.ctx);
    this.categories = new Repository<Category>(this.db, this.db.table('categories'), this.ctx);
    return this;
  }

  sync(folder: MemoryFolder, mode: SyncMode = 'sync', extra: Partial<Parameters<typeof syncNow>[0]> = {}) {
    return syncNow({ db: this.db, ctx: this.ctx, io: folder, path: '/delad/Föreningen.kansli', mode, session: this.session, now: this.now, lockAttempts: 1, pbkdf2Iterations: 1000, ...extra });
  }

  state() {
    return localState(this.db);
  }

  conflicts() {
    return openConflicts(this.db);
  }
}

export async function closeAll(): Promise<void> {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
}

export const DEVICES = {
  karin: '5f0c6a1e-2b6e-4d1c-9a37-0c1f4b9d2e11',
  bo: 'a3d9e2c4-7b1f-4e08-8c55-6e2b9f1a7d30',
  sara: '0e7b4c91-d2a8-4f36-b1e9-3c5d8a2f6b47',
};
