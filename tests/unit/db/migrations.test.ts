import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { KansliDb, SYNCED_TABLES } from '../../../renderer/src/db/schema';
import { CURRENT_VERSION, migrations } from '../../../renderer/src/db/migrations';

// One test per schema version: build the database as the previous version left it, write rows,
// open it with the current code, and compare every table.
describe('schema migrations', () => {
  it('versions are numbered upwards without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(CURRENT_VERSION).toBe(migrations.length);
  });

  it('v2: rows written by v1 survive the upgrade, and the new tables start empty', async () => {
    const old = new Dexie('migration-v2');
    old.version(1).stores(migrations[0]!.stores);
    await old.open();
    const profile = { id: 'p', name: 'Föreningen Ö', clocks: { name: '001772359200000-0000-d' }, createdAt: 'x', updatedAt: 'x', deviceId: 'd' };
    await old.table('profile').add(profile);
    await old.table('changes').add({ table: 'profile', recordId: 'p', kind: 'create', fields: ['name'], clock: 'c', deviceId: 'd', userName: 'u', at: 'x' });
    old.close();

    const db = new KansliDb('migration-v2');
    await db.open();
    expect(await db.profile.toArray()).toEqual([profile]);
    expect(await db.changes.count()).toBe(1);
    for (const t of ['members', 'categories', 'invoices', 'payments', 'meetings', 'minutes', 'pressReleases', 'bylawVersions']) {
      expect(await db.table(t).count(), t).toBe(0);
    }
    db.close();
    await Dexie.delete('migration-v2');
  });

  it('v3: rows written by v2 survive the upgrade, and agenda templates start empty', async () => {
    const old = new Dexie('migration-v3');
    old.version(1).stores(migrations[0]!.stores);
    old.version(2).stores(migrations[1]!.stores);
    await old.open();
    const member = { id: 'm1', memberNumber: 7, name: 'Åkesson Bygg AB', status: 'active', tags: ['bygg'], updatedAt: 'x' };
    const item = { id: 'a1', meetingId: 'mt1', order: 1, title: 'Mötets öppnande' };
    await old.table('members').add(member);
    await old.table('agendaItems').add(item);
    old.close();

    const db = new KansliDb('migration-v3');
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.table('members').toArray()).toEqual([member]);
    expect(await db.table('members').where('tags').equals('bygg').count()).toBe(1);
    expect(await db.table('agendaItems').where('[meetingId+order]').equals(['mt1', 1]).toArray()).toEqual([item]);
    expect(await db.table('agendaTemplates').count()).toBe(0);
    db.close();
    await Dexie.delete('migration-v3');
  });

  it('v4: change-log rows written by v3 survive the upgrade and are still found by record; batch rows are found by any of their records', async () => {
    const old = new Dexie('migration-v4');
    for (const m of migrations.slice(0, 3)) old.version(m.version).stores(m.stores);
    await old.open();
    const row = { table: 'members', recordId: 'm1', kind: 'update', fields: ['phone'], clock: 'c', deviceId: 'd', userName: 'u', at: 'x' };
    await old.table('changes').add(row);
    old.close();

    const db = new KansliDb('migration-v4');
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.changes.where('[table+recordId]').equals(['members', 'm1']).toArray()).toEqual([{ ...row, seq: 1 }]);
    expect(await db.changeLog.where('recordIds').equals('m1').count()).toBe(0);
    await db.changeLog.add({ table: 'members', recordIds: ['m2', 'm3'], fieldsOf: [['name'], ['name', 'email']], kind: 'create', clock: 'c2', deviceId: 'd', userName: 'u', at: 'y' });
    expect((await db.changeLog.where('recordIds').equals('m3').toArray()).map((r) => r.seq)).toEqual([2]);
    expect(await db.changes.where('[table+recordId]').equals(['members', 'm3']).count()).toBe(0);
    db.close();
    await Dexie.delete('migration-v4');
  });

  it('a fresh database has every table of the current schema', async () => {
    const db = new KansliDb('migration-v1');
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...SYNCED_TABLES, 'changes', 'meta', 'conflicts', 'syncRuns', 'backups', 'imports'].sort());
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
