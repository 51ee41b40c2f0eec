// The Node side of an incremental sync: the renderer asks for the header and a few byte ranges of
// the shared file, and writes back new segments plus ranges of the file being replaced, which the
// Node side copies across; all only while the file is still the version the renderer read.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../../../electron/services/sync/atomic';
import { readRanges, readShared, writeShared } from '../../../electron/services/sync/shared';
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
});
