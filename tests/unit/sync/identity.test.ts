// The shared file's version (its SHA-256) is remembered with its stat, so an unchanged 18 MB file is
// not read and hashed at every step of a sync. What must never happen: a save by another officer
// taken for the version already known.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync, type BigIntStats } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../../../electron/services/sync/atomic';
import { forgetAll, remember, trusted } from '../../../electron/services/sync/identity';
import { readRanges, readShared, writeShared } from '../../../electron/services/sync/shared';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'kansli-identity-'));
  dirs.push(d);
  return d;
}
const enc = (s: string) => new TextEncoder().encode(s);
const lastNewYear = new Date('2026-01-01T09:00:00Z');

describe('the shared file\'s version, known from its stat', () => {
  it('sees a save written into the file with the same size and the same modification time', async () => {
    forgetAll();
    const path = join(folder(), 'Föreningen.kansli');
    writeFileSync(path, 'HEADER\nsegment-A');
    utimesSync(path, lastNewYear, lastNewYear);
    const read = await readShared(path, 7);
    expect(read.main!.hash).toBe(sha256(enc('HEADER\nsegment-A')));
    writeFileSync(path, 'HEADER\nsegment-B');
    utimesSync(path, lastNewYear, lastNewYear); // a cloud client keeping the sender's time stamp
    expect(await readRanges(path, read.main!.hash, [[7, 9]])).toEqual({ status: 'changed', hash: sha256(enc('HEADER\nsegment-B')) });
  });

  it('sees a save renamed over the file (as cloud clients do) with the same size and time', async () => {
    forgetAll();
    const dir = folder();
    const path = join(dir, 'Föreningen.kansli');
    writeFileSync(path, 'HEADER\nsegment-A');
    utimesSync(path, lastNewYear, lastNewYear);
    const read = await readShared(path, 7);
    writeFileSync(join(dir, '.dropbox.tmp'), 'HEADER\nsegment-C');
    utimesSync(join(dir, '.dropbox.tmp'), lastNewYear, lastNewYear);
    renameSync(join(dir, '.dropbox.tmp'), path);
    const w = await writeShared({ path, expectedBaseHash: read.main!.hash, parts: [enc('HEADER\n'), { offset: 7, length: 9 }] });
    expect(w).toEqual({ status: 'changed', hash: sha256(enc('HEADER\nsegment-C')) });
  });

  it('reads back its own write without hashing it again, and the next sync sees that version', async () => {
    forgetAll();
    const path = join(folder(), 'Föreningen.kansli');
    const first = await writeShared({ path, bytes: enc('HEADER\nsegment-A'), expectedBaseHash: null });
    const second = await writeShared({ path, parts: [enc('HEADER\n'), enc('segment-B')], expectedBaseHash: first.status === 'written' ? first.hash : '' });
    expect(second.status).toBe('written');
    const read = await readShared(path, 7);
    expect(read.main!.hash).toBe(sha256(enc('HEADER\nsegment-B')));
    expect(await readRanges(path, read.main!.hash, [[7, 9]])).toEqual({ status: 'ok', parts: [enc('segment-B')] });
  });
});

describe('when a remembered stat is trusted', () => {
  const ms = 1_000_000n;
  const at = BigInt(Date.parse('2026-03-01T10:00:00Z')) * ms;
  const stat = (mtimeNs: bigint) => ({ dev: 1n, ino: 42n, size: 100n, mtimeNs, ctimeNs: mtimeNs }) as BigIntStats;

  it.each([
    ['a fine time stamp a second before the stat', at - 1000n * ms + 123_456n, true],
    ['a fine time stamp 10 ms before the stat (a write in the same tick could keep it)', at - 10n * ms + 123_456n, false],
    ['a whole-second time stamp (FAT, a network share) a second before the stat', at - 1000n * ms, false],
    ['a whole-second time stamp three seconds before the stat', at - 3000n * ms, true],
  ])('%s: %s', (_what, mtimeNs, trust) => {
    forgetAll();
    remember('/delad/Föreningen.kansli', stat(mtimeNs), 'ab'.repeat(32), at);
    expect(trusted('/delad/Föreningen.kansli', stat(mtimeNs))).toBe(trust ? 'ab'.repeat(32) : null);
    // Any other stat is never trusted.
    expect(trusted('/delad/Föreningen.kansli', { ...stat(mtimeNs), ino: 43n } as BigIntStats)).toBeNull();
  });
});
