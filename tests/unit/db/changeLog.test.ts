import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KansliDb, entriesFor, type ChangeEntry } from '../../../renderer/src/db/schema';
import { openDeviceContext } from '../../../renderer/src/db/context';
import { MemberRepository } from '../../../renderer/src/db/members/memberRepository';
import { CategoryRepository } from '../../../renderer/src/db/members/categoryRepository';
import { MemberImportRepository } from '../../../renderer/src/db/members/importRepository';
import { changedSince, lastSeq } from '../../../renderer/src/db/sync/cursor';
import { parseMemberGrid, readGrid } from '../../../renderer/src/domain/members/csv';
import { planImport } from '../../../renderer/src/domain/members/importPlan';
import { emptyMember } from '../../../renderer/src/domain/members/model';

// An import logs its members in batch rows (one per chunk of new members, one per chunk of updated
// ones) instead of a row per member: the history, the register extract's history and the sync
// cursor must see every member in them as if each had its own row.
const DEVICE = '5f0c6a1e-2b6e-4d1c-9a37-0c1f4b9d2e11';
let n = 0;
const dbs: KansliDb[] = [];

afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function setup() {
  const db = new KansliDb(`change-log-${++n}`);
  dbs.push(db);
  await db.open();
  const ctx = await openDeviceContext(db, DEVICE, 'Karin Kassör', () => new Date('2026-03-01T10:00:00Z'));
  return { db, members: new MemberRepository(db, ctx), categories: new CategoryRepository(db, ctx), imports: new MemberImportRepository(db, ctx) };
}

function csvOf(rows: number): string {
  const lines = ['Namn;E-post;Telefon'];
  for (let i = 0; i < rows; i++) lines.push(`Förening ${i};info${i}@example.se;031-${i}`);
  return `${lines.join('\n')}\n`;
}

describe('the change log of an import', () => {
  it('holds every imported member, found by the history and the sync cursor like a row of its own', async () => {
    const s = await setup();
    const early = await s.members.add({ ...emptyMember('organisation'), name: 'Förening 3', email: 'info3@example.se', phone: '031-0' });
    const cursor = await lastSeq(s.db);
    const parsed = parseMemberGrid(readGrid(csvOf(450)), undefined, { today: new Date(2026, 2, 1) });
    const plan = planImport(parsed, await s.members.liveMembers(), await s.categories.ordered(), { today: '2026-03-01', usedNumbers: await s.members.usedNumbers() });
    const record = await s.imports.apply(plan, 'medlemmar.csv');
    expect(record.counts).toMatchObject({ added: 449, updated: 1 });

    // Fewer rows than members: three chunks of new members, one of them with the update too.
    const rows = await s.db.changeLog.where(':id').above(cursor).toArray();
    expect(rows.length).toBeLessThanOrEqual(4);

    const changed = await changedSince(s.db, cursor);
    expect([...changed.keys()].sort()).toEqual([...record.created, early.id].map((id) => `members/${id}`).sort());
    expect(await lastSeq(s.db)).toBe(rows.at(-1)!.seq);

    const created = await s.members.history(record.created[300]!);
    expect(created).toEqual([expect.objectContaining({ recordId: record.created[300], kind: 'create', userName: 'Karin Kassör', at: '2026-03-01T10:00:00.000Z' })]);
    const m = await s.members.get(record.created[300]!);
    expect(created[0]!.fields.sort()).toEqual(Object.keys(m!.clocks).sort());

    const updated = await s.members.history(early.id);
    expect(updated.map((h) => [h.kind, h.fields])).toEqual([['update', ['phone']], ['create', expect.any(Array)]]);
    expect(updated[0]!.seq).toBeGreaterThan(updated[1]!.seq!);
  });

  it('an entry stands for its own record only', () => {
    const one: ChangeEntry = { seq: 1, table: 'members', recordId: 'a', kind: 'update', fields: ['phone'], clock: 'c', deviceId: 'd', userName: 'u', at: 'x' };
    expect(entriesFor(one, 'members', 'a')).toEqual([one]);
    expect(entriesFor(one, 'members', 'b')).toEqual([]);
    expect(entriesFor(one, 'categories', 'a')).toEqual([]);
    const batch = { seq: 2, table: 'members', recordIds: ['a', 'b'], fieldsOf: [['name'], ['name', 'email']], kind: 'create' as const, clock: 'c', deviceId: 'd', userName: 'u', at: 'x' };
    expect(entriesFor(batch, 'members', 'b')).toEqual([{ seq: 2, table: 'members', recordId: 'b', fields: ['name', 'email'], kind: 'create', clock: 'c', deviceId: 'd', userName: 'u', at: 'x' }]);
    expect(entriesFor(batch, 'members', 'c')).toEqual([]);
  });
});
