import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KansliDb } from '../../../renderer/src/db/schema';
import { openDeviceContext } from '../../../renderer/src/db/context';
import { MemberRepository, MemberNumberTakenError, NotAnonymisableError } from '../../../renderer/src/db/members/memberRepository';
import { CategoryInUseError, CategoryRepository } from '../../../renderer/src/db/members/categoryRepository';
import { MemberImportRepository } from '../../../renderer/src/db/members/importRepository';
import { emptyMember } from '../../../renderer/src/domain/members/model';
import { parseMemberGrid, readGrid } from '../../../renderer/src/domain/members/csv';
import { planImport } from '../../../renderer/src/domain/members/importPlan';

const DEVICE = '5f0c6a1e-2b6e-4d1c-9a37-0c1f4b9d2e11';
let n = 0;
const dbs: KansliDb[] = [];

async function setup() {
  const db = new KansliDb(`members-${++n}`);
  dbs.push(db);
  await db.open();
  const ctx = await openDeviceContext(db, DEVICE, 'Karin Kassör', () => new Date('2026-03-01T10:00:00Z'));
  return { db, members: new MemberRepository(db, ctx), categories: new CategoryRepository(db, ctx), imports: new MemberImportRepository(db, ctx) };
}

afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

const org = (name: string) => ({ ...emptyMember('organisation'), name });

describe('member numbers (löpnummer)', () => {
  it('are given in order and never reused, not even after a deletion', async () => {
    const { members } = await setup();
    const a = await members.add(org('A AB'));
    const b = await members.add(org('B AB'));
    expect([a.memberNumber, b.memberNumber]).toEqual([1, 2]);
    await members.remove(b.id);
    const c = await members.add(org('C AB'));
    expect(c.memberNumber).toBe(3);
    expect(await members.usedNumbers()).toEqual([1, 2, 3]);
  });

  it('refuse a number that was ever used, and an edit cannot change one', async () => {
    const { members } = await setup();
    const a = await members.add(org('A AB'));
    await expect(members.add({ ...org('B AB'), memberNumber: 1 })).rejects.toBeInstanceOf(MemberNumberTakenError);
    const edited = await members.update(a.id, { memberNumber: 99, name: 'A Aktiebolag' });
    expect(edited).toMatchObject({ memberNumber: 1, name: 'A Aktiebolag' });
  });
});

describe('saving and history', () => {
  it('clears fields left empty in the form and logs who changed which fields', async () => {
    const { members } = await setup();
    const a = await members.add({ ...org('A AB'), phone: '031-12 34 56', city: 'Borås' });
    await members.save(a.id, { ...org('A AB'), city: 'Göteborg' });
    const saved = await members.get(a.id);
    expect(saved?.phone).toBeUndefined();
    expect(saved?.city).toBe('Göteborg');
    const history = await members.history(a.id);
    expect(history.map((h) => [h.kind, h.userName, h.fields.sort()])).toEqual([
      ['update', 'Karin Kassör', ['city', 'phone']],
      ['create', 'Karin Kassör', expect.arrayContaining(['name', 'memberNumber', 'city'])],
    ]);
  });

  it('a deleted member leaves a tombstone without her personal data, and her number stays used', async () => {
    const { db, members } = await setup();
    const anna = await members.add({ ...emptyMember('person'), name: 'Anna Andersson', personalNumber: '19811218-9876', email: 'anna@example.se', phone: '070-123 45 67', street: 'Storgatan 1', postalCode: '903 26', city: 'Umeå', notes: 'Allergisk mot nötter', tags: ['mentor'] });
    const firm = await members.add({ ...org('Berg & Öhman Konsult AB'), organisationNumber: '556036-0793', email: 'info@bergohman.se', contacts: [{ id: 'c1', name: 'Åsa Öhman', email: 'asa@bergohman.se' }] });
    await members.remove(anna.id);
    await members.remove(firm.id);
    const stored = JSON.stringify(await db.table('members').toArray());
    for (const personal of ['Anna Andersson', '19811218-9876', 'anna@example.se', '070-123 45 67', 'Storgatan 1', 'Allergisk', 'mentor', 'Åsa Öhman', 'asa@bergohman.se']) {
      expect(stored).not.toContain(personal);
    }
    // A company's name and number are not personal data, and the tombstones still say who was deleted.
    expect(stored).toContain('Berg & Öhman Konsult AB');
    const tomb = await db.table('members').get(anna.id);
    expect(tomb).toMatchObject({ name: 'Borttagen medlem nr 1', memberNumber: 1 });
    expect(tomb.deleted > tomb.clocks.name).toBe(true);
    expect(await members.get(anna.id)).toBeUndefined();
    expect((await members.add(org('C AB'))).memberNumber).toBe(3);
  });

  it('anonymises only a member who has left', async () => {
    const { members } = await setup();
    const a = await members.add({ ...org('Berg Konsult'), kind: 'person', email: 'berg@example.se' });
    await expect(members.anonymise(a.id)).rejects.toBeInstanceOf(NotAnonymisableError);
    await members.save(a.id, { ...org('Berg Konsult'), kind: 'person', email: 'berg@example.se', status: 'resigned', resignedDate: '2025-12-31' });
    const anon = await members.anonymise(a.id);
    expect(anon).toMatchObject({ name: 'Anonymiserad medlem nr 1', memberNumber: 1, resignedDate: '2025-12-31', anonymisedAt: '2026-03-01T10:00:00.000Z' });
    expect(anon.email).toBeUndefined();
  });
});

describe('categories', () => {
  it('get the six defaults once, and never again after the user deletes them', async () => {
    const { categories } = await setup();
    await categories.ensureDefaults();
    await categories.ensureDefaults();
    const list = await categories.ordered();
    expect(list.map((c) => c.name)).toHaveLength(6);
    expect(list[0]).toMatchObject({ id: 'category-foretag-1-9', name: 'Företag 1–9 anställda' });
    for (const c of list) await categories.remove(c.id);
    await categories.ensureDefaults();
    expect(await categories.ordered()).toEqual([]);
  });

  it('cannot delete a category members still have', async () => {
    const { categories, members } = await setup();
    await categories.ensureDefaults();
    await members.add({ ...org('A AB'), categoryId: 'category-offentlig' });
    await expect(categories.removeUnused('category-offentlig')).rejects.toBeInstanceOf(CategoryInUseError);
    await categories.removeUnused('category-hedersmedlem');
    expect((await categories.ordered()).map((c) => c.id)).not.toContain('category-hedersmedlem');
  });
});

describe('import in one transaction, undone as a whole', () => {
  const csv = 'Namn;Organisationsnummer;Telefon;Kategori\nA AB;556036-0793;031-1;Stödmedlem\nNy AB;556810-8988;031-2;Offentlig organisation\nFel AB;556036-0794;;\n';

  async function imported() {
    const s = await setup();
    await s.categories.ensureDefaults();
    const a = await s.members.add({ ...org('A AB'), organisationNumber: '556036-0793', phone: '031-0' });
    const parsed = parseMemberGrid(readGrid(csv), undefined, { today: new Date(2026, 2, 1) });
    const plan = planImport(parsed, await s.members.liveMembers(), await s.categories.ordered(), { today: '2026-03-01', usedNumbers: await s.members.usedNumbers() });
    const progress: number[] = [];
    const record = await s.imports.apply(plan, 'medlemmar.csv', (done) => progress.push(done));
    return { ...s, a, record, progress };
  }

  it('adds, updates and creates the new category, and records what it did', async () => {
    const { members, categories, a, record, progress } = await imported();
    const all = await members.liveMembers();
    expect(all.map((m) => [m.memberNumber, m.name, m.phone]).sort()).toEqual([[1, 'A AB', '031-1'], [2, 'Ny AB', '031-2']]);
    expect(record.counts).toEqual({ added: 1, updated: 1, rejected: 1 });
    expect(record.updated[0]).toMatchObject({ id: a.id, before: { phone: '031-0' }, after: { phone: '031-1' } });
    const stod = (await categories.ordered()).find((c) => c.name === 'Stödmedlem');
    expect(stod).toMatchObject({ feeOre: 0 });
    expect(all.find((m) => m.name === 'A AB')?.categoryId).toBe(stod!.id);
    expect(progress).toEqual([2]);
    expect((await members.history(a.id))[0]?.fields.sort()).toEqual(['categoryId', 'phone']);
  });

  it('undo deletes what it added, restores what it changed, keeps later edits, and uses no number twice', async () => {
    const { members, categories, imports, a, record } = await imported();
    await members.update(a.id, { phone: '031-9' });
    const undone = await imports.undo(record.id);
    expect(undone.undoSkipped).toBe(1);
    const all = await members.liveMembers();
    expect(all.map((m) => [m.name, m.phone, m.categoryId])).toEqual([['A AB', '031-9', undefined]]);
    expect((await categories.ordered()).map((c) => c.name)).not.toContain('Stödmedlem');
    expect((await members.add(org('Efter AB'))).memberNumber).toBe(3);
    expect((await imports.list())[0]?.undoneAt).toBeDefined();
  });

  it('writes nothing when any write fails', async () => {
    const s = await setup();
    await s.members.add(org('A AB'));
    const parsed = parseMemberGrid(readGrid('Namn;Medlemsnummer\nB AB;5\nC AB;1\n'), undefined, { today: new Date(2026, 2, 1) });
    // Planned against an empty register, so number 1 collides only when written.
    const plan = planImport(parsed, [], [], { today: '2026-03-01', usedNumbers: [] });
    await expect(s.imports.apply(plan, 'x.csv')).rejects.toThrow();
    expect((await s.members.liveMembers()).map((m) => m.name)).toEqual(['A AB']);
    expect(await s.imports.list()).toEqual([]);
  });
});
