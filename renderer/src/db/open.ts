// Opens the database for this device. The open is split in two so start-up can begin opening
// IndexedDB before it knows the device (that comes from the host): `openDatabase` needs only the
// name, `repositoriesFor` adds the device's clock and the repositories.
import { KansliDb } from './schema';
import { openDeviceContext, type DeviceContext } from './context';
import { ProfileRepository } from './profileRepository';

export type Repositories = { db: KansliDb; ctx: DeviceContext; profile: ProfileRepository };

export async function openDatabase(name = 'kansli'): Promise<KansliDb> {
  const db = new KansliDb(name);
  await db.open();
  return db;
}

export async function repositoriesFor(db: KansliDb, deviceId: string, userName: string): Promise<Repositories> {
  const ctx = await openDeviceContext(db, deviceId, userName);
  return { db, ctx, profile: new ProfileRepository(db, ctx) };
}

export async function openRepositories(deviceId: string, userName: string, name = 'kansli'): Promise<Repositories> {
  return repositoriesFor(await openDatabase(name), deviceId, userName);
}

/** The name the change log records for this device's writes from now on. */
export function setLocalUser(repos: Repositories, userName: string): void {
  repos.ctx.userName = userName;
}
