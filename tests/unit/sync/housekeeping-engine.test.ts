// The rules around the merge, through the real sync engine: two officers who each add a member
// offline under the same number end with distinct numbers on both computers and a note in the
// sync summary; a deletion older than the tombstones are kept leaves the shared file.
import { afterEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { MemberRepository } from '../../../renderer/src/db/members/memberRepository';
import { emptyMember } from '../../../renderer/src/domain/members/model';
import { readSyncFile } from '../../../renderer/src/domain/sync/file';
import { MemoryFolder } from './memoryIo';
import { closeAll, DEVICES, Officer } from './officer';

afterEach(closeAll);

const DAY = 24 * 3600 * 1000;
const person = (name: string) => ({ ...emptyMember('person'), name, status: 'active' as const });

async function pair() {
  let t = Date.UTC(2026, 2, 2, 9);
  const clock = { now: () => new Date(t), advance: (ms: number) => (t += ms) };
  const folder = new MemoryFolder();
  const karin = await new Officer('Karin Lindqvist', DEVICES.karin, clock.now).open();
  const bo = await new Officer('Bo Ek', DEVICES.bo, clock.now).open();
  const km = new MemberRepository(karin.db, karin.ctx);
  const bm = new MemberRepository(bo.db, bo.ctx);
  await km.add(person('Erik Berg'));
  await karin.sync(folder, 'create');
  await bo.sync(folder, 'join');
  return { folder, karin, bo, km, bm, clock };
}

async function fileRecords(folder: MemoryFolder, table: string) {
  const opened = await readSyncFile(folder.main!, {});
  return Object.values(opened.state.records).filter((r) => r.table === table);
}

describe('sync housekeeping through the engine', () => {
  it('two members numbered 2 offline: after syncing, both computers agree on 2 and 3 and say so', async () => {
    const { folder, karin, bo, km, bm, clock } = await pair();
    const sara = await km.add(person('Sara Nilsson'));
    clock.advance(60_000);
    const olle = await bm.add(person('Olle Sundberg'));
    expect([sara.memberNumber, olle.memberNumber]).toEqual([2, 2]);

    await karin.sync(folder);
    const run = await bo.sync(folder);
    expect(run.status).toBe('ok');
    expect(run.renumbered).toEqual([expect.objectContaining({ name: 'Olle Sundberg', from: 2, to: 3 })]);
    await karin.sync(folder);

    for (const repo of [km, bm]) {
      const numbers = (await repo.liveMembers()).map((m) => [m.name, m.memberNumber]).sort();
      expect(numbers).toEqual([['Erik Berg', 1], ['Olle Sundberg', 3], ['Sara Nilsson', 2]]);
    }
    // The next member on either computer gets a number never given.
    expect((await km.add(person('Lena Åberg'))).memberNumber).toBe(4);
  });

  it('a deletion older than the tombstones are kept leaves the shared file', async () => {
    const { folder, karin, bo, km, clock } = await pair();
    const erik = (await km.liveMembers())[0]!;
    await km.remove(erik.id);
    await karin.sync(folder);
    await bo.sync(folder);
    expect((await fileRecords(folder, 'members')).map((r) => r.deleted !== undefined)).toEqual([true]);

    clock.advance(401 * DAY);
    await km.add(person('Sara Nilsson'));
    await karin.sync(folder);
    const members = await fileRecords(folder, 'members');
    expect(members.map((r) => r.fields.name?.value)).toEqual(['Sara Nilsson']);
    // Bo, who synced within the horizon, learns nothing deleted comes back.
    await bo.sync(folder);
    expect((await new MemberRepository(bo.db, bo.ctx).liveMembers()).map((m) => m.name)).toEqual(['Sara Nilsson']);
  });
});
