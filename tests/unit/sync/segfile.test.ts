// The segmented shared file (format 3): what one officer writes, another reads back exactly; a
// header or segment that was changed, moved or swapped is refused; a file from a newer Kansli is
// recognised; and the previous formats (segments in the looser layout, one body) are still read.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBody } from '../../../renderer/src/domain/sync/codec';
import { createFileKey, sealFile, type FileKey } from '../../../renderer/src/domain/sync/envelope';
import { readSyncFile, sealAll, writeSyncFile } from '../../../renderer/src/domain/sync/file';
import { composeFile, joinParts, openHead, type PlacedSegment } from '../../../renderer/src/domain/sync/segfile';
import { coalesceParts } from '../../../electron/parts';
import { peekHead, readFull } from '../../../renderer/src/db/sync/view';
import { buildFile } from '../../../renderer/src/db/sync/writer';
import { MemoryFolder } from './memoryIo';
import { bucketOf, bucketsFor, parseSegmentId, splitState } from '../../../renderer/src/domain/sync/segments';
import { associationState } from './fixtures';

const PASS = 'korrekt häst batteri häftstift';
const at = '2026-03-01T10:00:00.000Z';
const devices = { '5f0c6a1e-2b6e-4d1c-9a37-0c1f4b9d2e11': { name: 'Karin Lindqvist', at } };

let cachedKey: FileKey | undefined;
async function key(): Promise<FileKey> {
  return (cachedKey ??= await createFileKey(PASS, 1000));
}

async function code(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
}

const text = new TextDecoder();
const headerOf = (bytes: Uint8Array) => JSON.parse(text.decode(bytes.subarray(0, bytes.indexOf(0x0a)))) as { version: number; segments: { id: string; hash: string; length: number }[]; fileId: string };

describe('segments', () => {
  it('spread 625 members over four buckets of about the same size, the same way on every computer', () => {
    const state = associationState(625, 7);
    expect(bucketsFor(625)).toBe(4);
    expect(bucketsFor(200)).toBe(1);
    expect(bucketsFor(10_000)).toBe(64);
    const groups = splitState(state);
    expect([...groups.keys()].sort()).toEqual(['members#0/4', 'members#1/4', 'members#2/4', 'members#3/4']);
    for (const records of groups.values()) expect(records.length).toBeGreaterThan(110);
    expect(bucketOf('3f6e1c2a-9b7d-4e21-a5c3-aaaaaaaaaaaa', 4)).toBe(bucketOf('3f6e1c2a-9b7d-4e21-a5c3-aaaaaaaaaaaa', 4));
    expect(parseSegmentId('members#3/4')).toEqual({ table: 'members', bucket: 3, buckets: 4 });
    expect(parseSegmentId('members#4/4')).toBeNull();
    expect(parseSegmentId('members#1/3')).toBeNull();
  });
});

describe('the segmented file', () => {
  it('reads back exactly what was written, encrypted or not; member data is not in the clear', async () => {
    const state = associationState(625, 3);
    for (const k of [await key(), undefined]) {
      const bytes = await writeSyncFile({ state, devices }, { key: k, base: null, writtenAt: at });
      expect(headerOf(bytes).version).toBe(3);
      expect(headerOf(bytes).segments.map((s) => s.id)).toEqual(['@devices', 'members#0/4', 'members#1/4', 'members#2/4', 'members#3/4']);
      const back = await readSyncFile(bytes, { passphrase: PASS });
      expect(back.state).toEqual(state);
      expect(back.devices).toEqual(devices);
      const name = state.records[Object.keys(state.records)[0]!]!.fields.contactName!.value as string;
      expect(text.decode(bytes).includes(name)).toBe(false); // deflated, and encrypted with a key
    }
  });

  it('refuses a header that was edited, or a segment whose bytes were changed or swapped with another', async () => {
    const bytes = await writeSyncFile({ state: associationState(625, 3), devices }, { key: await key(), base: null, writtenAt: at });
    const nl = bytes.indexOf(0x0a);
    const edited = bytes.slice();
    edited.set(new TextEncoder().encode('2026-03-01T10:00:00.001Z'), text.decode(bytes.subarray(0, nl)).indexOf(at));
    expect(await code(readSyncFile(edited, { passphrase: PASS }))).toBe('damaged');

    const flipped = bytes.slice();
    flipped[bytes.length - 100]! ^= 1;
    expect(await code(readSyncFile(flipped, { passphrase: PASS }))).toBe('damaged');

    // Even a writer with the key cannot make one segment pass for another: the segment id is
    // authenticated with its bytes. Here segment 0's place is given segment 1's bytes and hash.
    const head = await openHead(bytes, bytes.length, { passphrase: PASS });
    const segs = [...head.segments.values()];
    const [s0, s1] = [segs.find((s) => s.id === 'members#0/4')!, segs.find((s) => s.id === 'members#1/4')!];
    const swapped: PlacedSegment[] = segs.map((s) => (s.id === s0.id ? { ...s1, id: s0.id } : s));
    const forged = joinParts(await composeFile(swapped, { fileId: head.header.fileId, key: await key(), base: null, writtenAt: at }), bytes);
    expect(await code(readSyncFile(forged, { passphrase: PASS }))).toBe('damaged');

    expect(await code(readSyncFile(bytes.subarray(0, bytes.length - 10), { passphrase: PASS }))).toBe('truncated');
    expect(await code(readSyncFile(bytes, { passphrase: 'fel fras' }))).toBe('wrong-passphrase');
  });

  it('refuses a segment taken from another file under the same key', async () => {
    const k = await key();
    const state = associationState(500, 4);
    const a = await writeSyncFile({ state, devices }, { key: k, base: null, writtenAt: at });
    const other = await sealAll({ state, devices }, 'f'.repeat(32), k);
    const headA = await openHead(a, a.length, { passphrase: PASS });
    // File A's header, re-sealed with the key, listing the other file's segment bytes (same ids).
    const forged = joinParts(await composeFile(other, { fileId: headA.header.fileId, key: k, base: null, writtenAt: at }), null);
    expect(await code(readSyncFile(forged, { passphrase: PASS }))).toBe('damaged');
  });

  it('a file from a newer Kansli is refused with its own message', async () => {
    const bytes = await writeSyncFile({ state: associationState(10, 1), devices }, { base: null, writtenAt: at });
    const s = text.decode(bytes).replace('"version":3', '"version":4');
    await expect(readSyncFile(new TextEncoder().encode(s))).rejects.toMatchObject({ code: 'newer', message: expect.stringContaining('nyare version') });
  });

  it('still reads a file in the previous format (one body), as written before segments', async () => {
    const state = associationState(300, 5);
    const v1 = await sealFile(encodeBody({ state, devices }), { content: 'state', compression: 'deflate', key: await key(), base: null, writtenAt: at });
    expect(headerOf(v1).version).toBe(1);
    const back = await readSyncFile(v1, { passphrase: PASS });
    expect(back.version).toBe(1);
    expect(back.state).toEqual(state);
  });

  // Written by Kansli before format 3 (the code of 28 November 2026), from associationState(300, 5, 20):
  // two segments of members with seen vectors, one unencrypted and one under PASS (1,000 PBKDF2 rounds).
  const format2 = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/sync/${name}`, import.meta.url)));

  it('still reads a file in format 2 (segments in the looser layout), and writes it anew as format 3', async () => {
    const state = associationState(300, 5, 20);
    for (const name of ['format2.kansli-sync', 'format2-encrypted.kansli-sync']) {
      const v2 = format2(name);
      expect(headerOf(v2).version).toBe(2);
      const back = await readSyncFile(v2, { passphrase: PASS });
      expect(back.version).toBe(2);
      expect(back.state).toEqual(state);
      expect(back.devices).toEqual(devices);
      const again = await writeSyncFile({ state: back.state, devices: back.devices }, { key: back.key, base: null, writtenAt: at });
      expect(headerOf(again).version).toBe(3);
      expect((await readSyncFile(again, { passphrase: PASS })).state).toEqual(state);
    }
  });

  it('a sync reads a format-2 file whole and writes every segment anew, none reused from it', async () => {
    const state = associationState(300, 5, 20);
    const folder = new MemoryFolder();
    folder.main = format2('format2-encrypted.kansli-sync');
    const session = { passphrase: PASS };
    const read = await folder.read('x');
    const peeked = await peekHead(folder, 'x', read, session);
    expect(peeked).toEqual({ version: 2 }); // no header to read only parts by: the whole file, then
    const view = await readFull(folder, 'x', read, session);
    if (view === 'changed') throw new Error('changed');
    expect(view.version).toBe(2);
    const file = await buildFile(view, view.state, [], view.devices, view.key, at);
    expect(file.parts.every((p) => p instanceof Uint8Array)).toBe(true);
    const written = joinParts(file.parts, null);
    expect(headerOf(written).version).toBe(3);
    expect(headerOf(written).fileId).not.toBe(headerOf(folder.main).fileId);
    const back = await readSyncFile(written, { passphrase: PASS });
    expect(back.state).toEqual(state);
    expect(back.devices).toEqual(devices);
  });
});

describe('the parts of a write', () => {
  it('joins reused ranges that follow each other, and the file they make is the same byte for byte', () => {
    const base = new Uint8Array(4096).map((_, i) => (i * 13) & 0xff);
    const part = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 40 }),
      fc.record({ offset: fc.integer({ min: 0, max: 4000 }), length: fc.integer({ min: 1, max: 96 }) }),
    );
    // Runs of ranges laid end to end, as the unchanged segments of a file are.
    const run = fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 })).map(([start, lengths]) => {
      let at = start;
      return lengths.map((length) => {
        const r = { offset: at, length };
        at += length;
        return r;
      });
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(part.map((p) => [p]), run), { maxLength: 12 }), (groups) => {
        const parts = groups.flat();
        const joined = coalesceParts(parts);
        expect(joinParts(joined, base)).toEqual(joinParts(parts, base));
        for (let i = 1; i < joined.length; i++) {
          const a = joined[i - 1]!;
          const b = joined[i]!;
          if (!(a instanceof Uint8Array) && !(b instanceof Uint8Array)) expect(a.offset + a.length).not.toBe(b.offset);
        }
      }),
      { numRuns: 300 },
    );
    expect(coalesceParts([{ offset: 0, length: 10 }, { offset: 10, length: 5 }, new Uint8Array([1]), { offset: 15, length: 5 }])).toEqual([{ offset: 0, length: 15 }, new Uint8Array([1]), { offset: 15, length: 5 }]);
  });
});
