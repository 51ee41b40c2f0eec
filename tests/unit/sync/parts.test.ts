// The Node side of an incremental sync: the renderer asks for the header and a few byte ranges of
// the shared file, and writes back new segments plus ranges of the file being replaced, which the
// Node side copies across; all only while the file is still the version the renderer read.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../../../electron/services/sync/atomic';
import { readRanges, readShared, writeShared, type FilePart } from '../../../electron/services/sync/shared';
import { syncWrite } from '../../../electron/api';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function file(content: string): string {
  const d = mkdtempSync(join(tmpdir(), 'kansli-parts-'));
  dirs.push(d);
  const path = join(d, 'Föreningen.kansli');
  writeFileSync(path, content);
  return path;
}
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe('reading and writing the shared file in parts', () => {
  it('reads only the head, with the whole file\'s hash and size, and then ranges of it', async () => {
    const path = file('HEADER\nsegment-A|segment-B|segment-C');
    const read = await readShared(path, 7);
    expect(dec(read.main!.bytes)).toBe('HEADER\n');
    expect(read.main!.size).toBe(36);
    expect(read.main!.hash).toBe(sha256(readFileSync(path)));
    const r = await readRanges(path, read.main!.hash, [[17, 9], [7, 9]]);
    expect(r.status === 'ok' && r.parts.map(dec)).toEqual(['segment-B', 'segment-A']);
  });

  it('gives no ranges of a file that changed since it was read', async () => {
    const path = file('HEADER\nsegment-A');
    const read = await readShared(path, 7);
    writeFileSync(path, 'HEADER\nsegment-X');
    expect(await readRanges(path, read.main!.hash, [[7, 9]])).toEqual({ status: 'changed', hash: sha256(enc('HEADER\nsegment-X')) });
  });

  it('writes new parts and copies unchanged ranges from the file it replaces', async () => {
    const path = file('HEAD1\nAAAA|BBBB|CCCC');
    const base = sha256(readFileSync(path));
    const w = await writeShared({ path, expectedBaseHash: base, parts: [enc('HEAD2\n'), { offset: 6, length: 5 }, enc('bbbb|'), { offset: 16, length: 4 }] });
    expect(w.status).toBe('written');
    expect(readFileSync(path, 'utf8')).toBe('HEAD2\nAAAA|bbbb|CCCC');
    // Ranges refer to the version read: if it changed, nothing is written.
    writeFileSync(path, 'HEAD3\nZZZZ|ZZZZ|ZZZZ');
    expect((await writeShared({ path, expectedBaseHash: w.status === 'written' ? w.hash : '', parts: [enc('HEAD4\n'), { offset: 6, length: 4 }] })).status).toBe('changed');
    expect(readFileSync(path, 'utf8')).toBe('HEAD3\nZZZZ|ZZZZ|ZZZZ');
  });

  it('refuses a write with neither content nor parts, which would empty the shared file', async () => {
    const path = file('HEAD1\nAAAA');
    expect(syncWrite.safeParse({ path, expectedBaseHash: null }).success).toBe(false);
    expect(syncWrite.safeParse({ path, expectedBaseHash: null, parts: [] }).success).toBe(false);
    expect(syncWrite.safeParse({ path, expectedBaseHash: null, bytes: enc('x') }).success).toBe(true);
    await expect(writeShared({ path, expectedBaseHash: sha256(readFileSync(path)), parts: [] })).rejects.toBeTruthy();
    expect(readFileSync(path, 'utf8')).toBe('HEAD1\nAAAA');
  });

  it('writes a large file of many parts (new segments of every size, reused ranges across buffer edges) byte for byte', async () => {
    // A 5 MB base file of a pattern that shows any misplaced byte.
    const base = new Uint8Array(5 * 1024 * 1024 + 123);
    for (let i = 0; i < base.length; i++) base[i] = (i * 31 + (i >> 11)) & 0xff;
    const path = file('');
    writeFileSync(path, base);
    const fresh = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (seed + i * 7) & 0xff);
    const parts: FilePart[] = [fresh(300, 1)];
    const expected: Uint8Array[] = [parts[0] as Uint8Array];
    let at = 0;
    for (const [i, n] of [90_000, 1_500_000, 7, 700_000, 1_048_576, 1_800_000].entries()) {
      parts.push({ offset: at, length: n });
      expected.push(base.subarray(at, at + n));
      at += n + (i % 2 === 0 ? 0 : 4096); // some ranges follow each other, some skip a replaced segment
      const added = fresh(i === 2 ? 1_300_000 : 500 + i, i);
      parts.push(added);
      expected.push(added);
    }
    const want = new Uint8Array(expected.reduce((n, p) => n + p.length, 0));
    expected.reduce((o, p) => (want.set(p, o), o + p.length), 0);
    const w = await writeShared({ path, expectedBaseHash: sha256(base), parts });
    expect(w).toEqual({ status: 'written', hash: sha256(want), generations: 1 });
    expect(sha256(readFileSync(path))).toBe(sha256(want));
  });
});
