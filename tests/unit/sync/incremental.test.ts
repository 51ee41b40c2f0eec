// A sync after a few edits costs what changed, not what the association holds: with 2,100
// categories (three segments) an officer's one edit is read, merged, applied and written as one
// segment; the rest of the file is reused byte for byte. And nothing of what sync promises is
// lost on the way: edits arrive, conflicts appear, deletions propagate, a cloud copy is merged,
// an edit made while a sync runs goes out with the next one, and an old-format file is upgraded.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { encodeBody } from '../../../renderer/src/domain/sync/codec';
import { sealFile } from '../../../renderer/src/domain/sync/envelope';
import { readSyncFile, writeSyncFile } from '../../../renderer/src/domain/sync/file';
import { LATEST_VERSION } from '../../../renderer/src/domain/sync/segfile';
import { lastRun } from '../../../renderer/src/db/sync/tables';
import { MemoryFolder } from './memoryIo';
import { closeAll, DEVICES, Officer } from './officer';

afterEach(closeAll);

const PASS = 'Styrelsen 2026 – hemlig fras';
const N = 2100;
const text = new TextDecoder();

type Seg = { id: string; hash: string; length: number };
function segmentsOf(bytes: Uint8Array): Map<string, { hash: string; bytes: Uint8Array }> {
  const nl = bytes.indexOf(0x0a);
  const header = JSON.parse(text.decode(bytes.subarray(0, nl))) as { segments: Seg[] };
  let at = bytes.indexOf(0x0a, nl + 1) + 1;
  const out = new Map<string, { hash: string; bytes: Uint8Array }>();
  for (const s of header.segments) {
    out.set(s.id, { hash: s.hash, bytes: bytes.slice(at, at + s.length) });
    at += s.length;
  }
  return out;
}

async function manyCategories(o: Officer): Promise<string[]> {
  const ids: string[] = [];
  const db = o.db;
  await db.transaction('rw', [db.table('categories'), db.changes, db.meta], async () => {
    for (let i = 0; i < N; i++) ids.push((await o.categories.create({ name: `Kategori ${i}`, fee: 100 + i })).id);
  });
  return ids;
}

async function twoOfficers() {
  const folder = new MemoryFolder();
  const karin = await new Officer('Karin Lindqvist', DEVICES.karin).open();
  const bo = await new Officer('Bo Ek', DEVICES.bo).open();
  karin.session.passphrase = PASS;
  bo.session.passphrase = PASS;
  const ids = await manyCategories(karin);
  await karin.sync(folder, 'create');
  await bo.sync(folder, 'join');
  return { folder, karin, bo, ids };
}

async function fileValue(folder: MemoryFolder, id: string) {
  const file = await readSyncFile(folder.main!, { passphrase: PASS });
  return file.state.records[`categories/${id}`];
}

describe('an incremental sync', () => {
  it('reads, applies and rewrites only the segment of the one record edited; the rest is reused byte for byte', async () => {
    const { folder, karin, bo, ids } = await twoOfficers();
    const before = folder.main!;
    expect([...segmentsOf(before).keys()]).toEqual(['@devices', ...Array.from({ length: 16 }, (_, i) => `categories#${i}/16`)].sort());

    await karin.categories.update(ids[7]!, { fee: 555 });
    folder.bytesRead = 0;
    const run = await karin.sync(folder);
    expect(run).toMatchObject({ written: true, out: { categories: 1 }, in: {} });
    expect(folder.bytesRead).toBeLessThan(before.length / 2);

    const after = segmentsOf(folder.main!);
    const changed = [...after].filter(([id, s]) => segmentsOf(before).get(id)?.hash !== s.hash).map(([id]) => id);
    expect(changed).toHaveLength(2);
    expect(changed).toContain('@devices');
    for (const [id, s] of segmentsOf(before)) {
      if (!changed.includes(id)) expect(after.get(id)!.bytes).toEqual(s.bytes);
    }

    folder.bytesRead = 0;
    const got = await bo.sync(folder);
    expect(got).toMatchObject({ in: { categories: 1 }, out: {}, written: false });
    expect(got.changes).toEqual([expect.objectContaining({ recordId: ids[7], fields: ['fee'], by: 'Karin Lindqvist' })]);
    expect(folder.bytesRead).toBeLessThan(before.length / 2);
    expect((await bo.categories.get(ids[7]!))!.fee).toBe(555);
    expect(await bo.state()).toEqual(await karin.state());
  });

  it('with nothing new on either side, reads only the header and writes nothing', async () => {
    const { folder, karin } = await twoOfficers();
    const writes = folder.writes;
    folder.bytesRead = 0;
    expect(await karin.sync(folder)).toMatchObject({ in: {}, out: {}, written: false });
    expect(folder.writes).toBe(writes);
    expect(folder.bytesRead).toBeLessThan(folder.main!.length / 4);
  });

  it('the same field edited on both computers is still a conflict, with both values', async () => {
    const { folder, karin, bo, ids } = await twoOfficers();
    await karin.categories.update(ids[3]!, { fee: 300 });
    await bo.categories.update(ids[3]!, { fee: 400 });
    await karin.sync(folder);
    await bo.sync(folder);
    const conflicts = [...(await karin.conflicts()), ...(await bo.conflicts())];
    expect(conflicts).toEqual([expect.objectContaining({ recordId: ids[3], field: 'fee' })]);
    const values = [conflicts[0]!.kept.value, conflicts[0]!.lost.value].sort();
    expect(values).toEqual([300, 400]);
    await karin.sync(folder);
    expect(await bo.state()).toEqual(await karin.state());
  });

  it('a deletion reaches the other computer', async () => {
    const { folder, karin, bo, ids } = await twoOfficers();
    await karin.categories.remove(ids[11]!);
    await karin.sync(folder);
    expect((await fileValue(folder, ids[11]!))!.deleted).toBeDefined();
    await bo.sync(folder);
    expect(await bo.categories.get(ids[11]!)).toBeUndefined();
    expect(await bo.state()).toEqual(await karin.state());
  });

  it('a new record on one computer and an edit on the other both arrive', async () => {
    const { folder, karin, bo, ids } = await twoOfficers();
    const added = await bo.categories.create({ name: 'Stödmedlem', fee: 50 });
    await karin.categories.update(ids[1000]!, { name: 'Stor förening' });
    await bo.sync(folder);
    await karin.sync(folder);
    await bo.sync(folder);
    expect((await karin.categories.get(added.id))!.name).toBe('Stödmedlem');
    expect((await bo.categories.get(ids[1000]!))!.name).toBe('Stor förening');
    expect(await bo.state()).toEqual(await karin.state());
  });

  it('merges a cloud client\'s conflicted copy and archives it', async () => {
    const { folder, karin, bo, ids } = await twoOfficers();
    await bo.categories.update(ids[20]!, { note: 'Från Bos kopia' });
    const copy = await writeSyncFile({ state: await bo.state(), devices: {} }, { key: bo.session.key, base: null, writtenAt: '2026-03-02T10:00:00Z' });
    folder.copies.set('Föreningen (Bos conflicted copy 2026-03-02).kansli', copy);
    await karin.sync(folder);
    expect((await karin.categories.get(ids[20]!))!.note).toBe('Från Bos kopia');
    expect(folder.archived).toEqual(['Föreningen (Bos conflicted copy 2026-03-02).kansli']);
    expect((await fileValue(folder, ids[20]!))!.fields.note!.value).toBe('Från Bos kopia');
  });

  it('an edit made while a sync runs is sent by the next sync', async () => {
    const { folder, karin, ids } = await twoOfficers();
    await karin.categories.update(ids[5]!, { fee: 1 });
    folder.beforeWrite = async () => {
      await karin.categories.update(ids[1500]!, { fee: 2 });
    };
    await karin.sync(folder);
    expect((await fileValue(folder, ids[5]!))!.fields.fee!.value).toBe(1);
    expect((await fileValue(folder, ids[1500]!))!.fields.fee!.value).toBe(1600);
    const next = await karin.sync(folder);
    expect(next.out).toEqual({ categories: 1 });
    expect((await fileValue(folder, ids[1500]!))!.fields.fee!.value).toBe(2);
  });

  it('a format-2 file is upgraded by the first sync, even one that brings nothing new', async () => {
    const folder = new MemoryFolder();
    // Written by Kansli before format 3, under segfile.test.ts's passphrase.
    const pass = 'korrekt häst batteri häftstift';
    folder.main = new Uint8Array(readFileSync(new URL('../../fixtures/sync/format2-encrypted.kansli-sync', import.meta.url)));
    const bo = await new Officer('Bo Ek', DEVICES.bo).open();
    bo.session.passphrase = pass;
    await bo.sync(folder, 'join');
    const joined = await readSyncFile(folder.main, { passphrase: pass });
    expect(joined.version).toBe(LATEST_VERSION);
    // Nothing new since: no write, and the file stays format 3.
    const writes = folder.writes;
    expect((await bo.sync(folder)).written).toBe(false);
    expect(folder.writes).toBe(writes);
  });

  it('a file in the previous format is read, and upgraded by the next write', async () => {
    const folder = new MemoryFolder();
    const karin = await new Officer('Karin Lindqvist', DEVICES.karin).open();
    karin.session.passphrase = PASS;
    const ids = await manyCategories(karin);
    await karin.sync(folder, 'create');
    const file = await readSyncFile(folder.main!, { passphrase: PASS });
    // The file as the previous version of Kansli wrote it: one body, format version 1.
    folder.main = await sealFile(encodeBody({ state: file.state, devices: file.devices }), { content: 'state', compression: 'deflate', key: karin.session.key, base: null, writtenAt: '2026-03-01T10:00:00Z' });
    const bo = await new Officer('Bo Ek', DEVICES.bo).open();
    bo.session.passphrase = PASS;
    await bo.sync(folder, 'join');
    expect((await bo.categories.get(ids[42]!))!.name).toBe('Kategori 42');
    const upgraded = await readSyncFile(folder.main!, { passphrase: PASS });
    expect(upgraded.version).toBe(LATEST_VERSION);
    expect(upgraded.state).toEqual(file.state);
    expect((await lastRun(bo.db))!.written).toBe(true);
    await karin.categories.update(ids[42]!, { fee: 7 });
    await karin.sync(folder);
    await bo.sync(folder);
    expect((await bo.categories.get(ids[42]!))!.fee).toBe(7);
  });
});
