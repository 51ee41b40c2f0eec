// Opens the database for this device and asks the browser to keep it: without persistent
// storage, a browser under disk pressure may evict an origin's IndexedDB.
import { KansliDb } from './schema';
import { openDeviceContext, type DeviceContext } from './context';
import { ProfileRepository } from './profileRepository';

export type Repositories = { db: KansliDb; ctx: DeviceContext; profile: ProfileRepository };

export async function openRepositories(deviceId: string, userName: string, name = 'kansli'): Promise<Repositories> {
  const db = new KansliDb(name);
  await db.open();
  const ctx = await openDeviceContext(db, deviceId, userName);
  return { db, ctx, profile: new ProfileRepository(db, ctx) };
}

export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

/** The name the change log records for this device's writes from now on. */
export function setLocalUser(repos: Repositories, userName: string): void {
  repos.ctx.userName = userName;
}
