// Kansli's Dexie database on fake-indexeddb, for the measurements that run in Node. fake-indexeddb
// is a pure-JS IndexedDB with costs of its own (it builds an exception for every index key a
// record leaves out), so its times are not Chromium's either way; the import's ratio to the floor
// compares like with like because both sides write through it (and import.vsFloorChromium
// measures the same in the browser).
import 'fake-indexeddb/auto';
import { KansliDb } from '../../renderer/src/db/schema';
import { openDeviceContext, type DeviceContext } from '../../renderer/src/db/context';
import type { Dataset } from '../generate';

let count = 0;

export const BENCH_DEVICE = '7d2c9a40-5b1e-4c3f-8e21-0c4d5e6f7a81';

export async function freshDb(purpose: string): Promise<KansliDb> {
  const db = new KansliDb(`bench-${purpose}-${++count}`);
  await db.open();
  return db;
}

export async function dropDb(db: KansliDb): Promise<void> {
  db.close();
  await db.delete();
}

export function deviceContext(db: KansliDb, at = '2026-01-15T09:00:00.000Z'): Promise<DeviceContext> {
  return openDeviceContext(db, BENCH_DEVICE, 'Bänk Kassör', () => new Date(at));
}

/** The register's categories, as the members area seeds them, so the import finds them by name. */
export async function seedCategories(db: KansliDb, data: Dataset): Promise<void> {
  await db.table('categories').bulkAdd(data.tables.categories);
}
