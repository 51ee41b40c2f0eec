// GDPR erasure through the real sync engine: Karin anonymises Anna Andersson, who has left; Bo had
// edited her e-mail offline (and had a conflict about her phone number from an earlier sync).
// After both sync, in either order, Anna's personal data is gone on both computers, from the
// file, from the conflict lists and from the sync history, and the file's older generations are
// purged.
import { afterEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { MemberRepository } from '../../../renderer/src/db/members/memberRepository';
import { conflictsTable, syncRunsTable } from '../../../renderer/src/db/sync/tables';
import { purgeErased } from '../../../renderer/src/db/sync/purge';
import { emptyMember } from '../../../renderer/src/domain/members/model';
import { readSyncFile } from '../../../renderer/src/domain/sync/file';
import { MemoryFolder } from './memoryIo';
import { closeAll, DEVICES, Officer } from './officer';

afterEach(closeAll);

const PASS = 'Styrelsen 2026 – hemlig fras';
const PERSONAL = ['Anna Andersson', 'anna.andersson@telia.com', 'anna@nyadress.se', '070-123 45 67', '070-999 88 77', '073-555 44 33', '19800314-2384'];

class PurgingFolder extends MemoryFolder {
  purges = 0;
  async purge(_path: string) {
    this.purges += 1;
    return { removed: 0 };
  }
}

async function setup() {
  let t = Date.UTC(2026, 2, 2, 9);
  const now = () => new Date(t);
  const folder = new PurgingFolder();
  const karin = await new Officer('Karin Lindqvist', DEVICES.karin, now).open();
  const bo = await new Officer('Bo Ek', DEVICES.bo, now).open();
  karin.session.passphrase = PASS;
  bo.session.passphrase = PASS;
  const km = new MemberRepository(karin.db, karin.ctx);
  const bm = new MemberRepository(bo.db, bo.ctx);
  const anna = await km.add({ ...emptyMember('person'), name: 'Anna Andersson', email: 'anna.andersson@telia.com', phone: '070-123 45 67', personalNumber: '19800314-2384', status: 'active', tags: ['styrelse'] });
  await karin.sync(folder, 'create');
  await bo.sync(folder, 'join');
  // An earlier conflict about her phone, both values personal data, sits in both lists.
  t += 60_000;
  await km.update(anna.id, { phone: '070-999 88 77' });
  await bm.update(anna.id, { phone: '073-555 44 33' });
  await karin.sync(folder);
  await bo.sync(folder);
  await karin.sync(folder);
  expect((await bo.conflicts()).length + (await karin.conflicts()).length).toBeGreaterThan(0);
  // She leaves; Karin erases her. Bo, offline, types a new e-mail address for her, later still.
  t += 60_000;
  await km.update(anna.id, { status: 'resigned', resignedDate: '2026-03-01' });
  await km.anonymise(anna.id);
  await purgeErased(karin.db, [{ table: 'members', id: anna.id }]); // what the GDPR panel does
  t += 60_000;
  await bm.update(anna.id, { email: 'anna@nyadress.se', city: 'Borås' });
  return { folder, karin, bo, km, bm, id: anna.id, tick: () => (t += 1000) };
}

async function everything(o: Officer): Promise<string> {
  const tables = ['members', 'conflicts', 'syncRuns'].map((n) => o.db.table(n).toArray());
  return JSON.stringify(await Promise.all(tables));
}

describe('GDPR erasure through sync', () => {
  it.each([['Karin first', false], ['Bo first', true]])('leaves no personal data anywhere (%s)', async (_name, boFirst) => {
    const { folder, karin, bo, bm, id } = await setup();
    const order = boFirst ? [bo, karin, bo, karin] : [karin, bo, karin, bo];
    for (const o of order) await o.sync(folder);

    for (const o of [karin, bo]) {
      const all = await everything(o);
      for (const p of PERSONAL) expect(all, `${o.name} still holds ${p}`).not.toContain(p);
      expect(await o.conflicts()).toEqual([]);
    }
    const member = (await bm.get(id))!;
    expect(member).toMatchObject({ name: 'Anonymiserad medlem nr 1', status: 'resigned', resignedDate: '2026-03-01', tags: [] });
    expect(member.email).toBeUndefined();
    expect(member.city).toBeUndefined();
    const file = JSON.stringify((await readSyncFile(folder.main!, { passphrase: PASS })).state);
    for (const p of PERSONAL) expect(file).not.toContain(p);
    expect(await karin.state()).toEqual(await bo.state());
    // The file's older generations held her data: the sync that first carried the erasure purged them.
    expect(folder.purges).toBeGreaterThanOrEqual(1);
  });

  it('keeps conflicts about what is not personal, and past runs name her as anonymised', async () => {
    const { folder, karin, bo, id } = await setup();
    await karin.sync(folder);
    await bo.sync(folder);
    const runs = await syncRunsTable(bo.db).toArray();
    const mentions = runs.flatMap((r) => r.changes).filter((c) => c.recordId === id);
    expect(mentions.length).toBeGreaterThan(0);
    for (const c of mentions) expect(c.label).toBe('Anonymiserad medlem nr 1');
    expect(await conflictsTable(bo.db).where('[table+recordId]').equals(['members', id]).count()).toBe(0);
  });
});
