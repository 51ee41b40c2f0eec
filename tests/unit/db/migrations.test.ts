import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { KansliDb } from '../../../renderer/src/db/schema';
import { CURRENT_VERSION, migrations } from '../../../renderer/src/db/migrations';

// One test per schema version: build the database as the previous version left it, write rows,
// open it with the current code, and compare every table.
describe('schema migrations', () => {
  it('versions are numbered upwards without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(CURRENT_VERSION).toBe(migrations.length);
  });

  it('v1: a fresh database has every table of the current schema', async () => {
    const db = new KansliDb('migration-v1');
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['changes', 'meta', 'profile']);
    db.close();
    await Dexie.delete('migration-v1');
  });

  it('v1: rows written by v1 are read unchanged by the current code', async () => {
    const old = new Dexie('migration-v1-rows');
    old.version(1).stores(migrations[0]!.stores);
    await old.open();
    const profile = { id: 'p', name: 'Föreningen Ö', clocks: { name: '001772359200000-0000-d' }, createdAt: 'x', updatedAt: 'x', deviceId: 'd' };
    await old.table('profile').add(profile);
    await old.table('meta').add({ key: 'hlc.last', value: '001772359200000-0000-d' });
    old.close();

    const db = new KansliDb('migration-v1-rows');
    await db.open();
    expect(await db.profile.toArray()).toEqual([profile]);
    expect(await db.meta.get('hlc.last')).toEqual({ key: 'hlc.last', value: '001772359200000-0000-d' });
    db.close();
    await Dexie.delete('migration-v1-rows');
  });
});
