import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { KansliDb } from '../../../renderer/src/db/schema';
import { CURRENT_VERSION } from '../../../renderer/src/db/migrations';
import { openDatabase } from '../../../renderer/src/db/open';
import { warmDatabase } from '../../../renderer/src/db/warm';

const settle = () => new Promise((r) => setTimeout(r, 20));

async function exists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === name);
}

// The early connection start-up opens before the app's code has loaded: it must never change the
// database, nor stand in the way of the app's own Dexie connection.
describe('warmDatabase', () => {
  it('does not create a database that is not there (Dexie creates it with the schema)', async () => {
    const warm = warmDatabase('warm-new');
    await settle();
    expect(await exists('warm-new')).toBe(false);
    const db = await openDatabase('warm-new');
    warm.release();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name)).toContain('members');
    db.close();
  });

  it('lets Dexie open while it is still connected, and closes on release', async () => {
    const first = await openDatabase('warm-open');
    await first.table('meta').put({ key: 'k', value: 1 });
    first.close();
    const warm = warmDatabase('warm-open');
    const db = await openDatabase('warm-open');
    expect(await db.table('meta').get('k')).toEqual({ key: 'k', value: 1 });
    warm.release();
    db.close();
  });

  it('steps aside for a schema upgrade', async () => {
    const old = new KansliDb('warm-upgrade');
    await old.open();
    old.close();
    const warm = warmDatabase('warm-upgrade');
    await settle();
    // A later app version with one more table: the upgrade must not be blocked by the early connection.
    const next = new KansliDb('warm-upgrade');
    next.version(CURRENT_VERSION + 1).stores({ extra: 'id' });
    await next.open();
    expect(next.verno).toBe(CURRENT_VERSION + 1);
    warm.release();
    next.close();
  });

  it('closes a connection that opens after release', async () => {
    const warm = warmDatabase('warm-late');
    warm.release();
    await settle();
    // Deleting waits for every connection to close: it would hang if the early one stayed open.
    await new Promise<void>((ok, fail) => {
      const req = indexedDB.deleteDatabase('warm-late');
      req.onsuccess = () => ok();
      req.onerror = () => fail(req.error);
    });
  });

  it('does nothing without IndexedDB', () => {
    expect(() => warmDatabase('none', null).release()).not.toThrow();
  });
});
