// The shared file on disk, in plain Node with temporary folders: atomic replacement (including a
// writer killed mid-write, many times), the base-hash check that makes concurrent saves merge
// again, generations, conflict copies from cloud clients, and clear errors when the folder is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { renameWithRetry, sha256 } from '../../../electron/services/sync/atomic';
import { isConflictCopy } from '../../../electron/services/sync/copies';
import { historyDir, readShared, writeShared } from '../../../electron/services/sync/shared';
import { listBackups, readBackup, writeBackup } from '../../../electron/services/sync/backups';
import { KansliServiceError } from '../../../electron/api';
import { check } from './writer-child';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'kansli-sync-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const bytes = (s: string) => new TextEncoder().encode(s);

describe('cloud conflict copies', () => {
  const file = '/home/karin/Dropbox/Styrelsen/Föreningen.kansli';
  it.each([
    'Föreningen (Karins MacBook conflicted copy 2026-03-01).kansli',
    'Föreningen (konfliktkopia från Bos dator 2026-03-01).kansli',
    'Föreningen-DESKTOP-4F2K9QX.kansli',
    'Föreningen-LAPTOP-KARIN.kansli',
    'Föreningen (1).kansli',
    'Föreningen (conflicted copy 2026-03-01 101010).kansli',
    'Föreningen.sync-conflict-20260301-101010-ABCDEFG.kansli',
    'Föreningen Konflikt.kansli',
  ])('finds %s', (name) => expect(isConflictCopy(file, name)).toBe(true));

  it.each([
    'Föreningen.kansli',
    '.Föreningen.kansli.tmp-1a2b3c',
    'Föreningen.kansli.lock',
    'Föreningen (1).pdf',
    'Andra föreningen (1).kansli',
    'Föreningen 2025 arkiv.kansli',
    'Föreningen-utkast.kansli',
  ])('leaves %s alone', (name) => expect(isConflictCopy(file, name)).toBe(false));
});

describe('reading and writing the shared file', () => {
  it('a new file: read says there is none, the first write creates it, read returns it with its hash', async () => {
    const path = join(temp(), 'Föreningen.kansli');
    expect(await readShared(path)).toEqual({ main: null, copies: [] });
    const r = await writeShared({ path, bytes: bytes('v1'), expectedBaseHash: null });
    expect(r).toEqual({ status: 'written', hash: sha256(bytes('v1')), generations: 0 });
    const read = await readShared(path);
    expect(new TextDecoder().decode(read.main!.bytes)).toBe('v1');
    expect(read.main!.hash).toBe(sha256(bytes('v1')));
  });

  it('refuses to overwrite a file that changed since it was read, and says so', async () => {
    const path = join(temp(), 'Föreningen.kansli');
    await writeShared({ path, bytes: bytes('v1'), expectedBaseHash: null });
    const base = sha256(bytes('v1'));
    writeFileSync(path, 'v2 from another officer'); // a cloud client drops Bo's save in
    const r = await writeShared({ path, bytes: bytes('v2 mine'), expectedBaseHash: base });
    expect(r).toEqual({ status: 'changed', hash: sha256(bytes('v2 from another officer')) });
    expect(readFileSync(path, 'utf8')).toBe('v2 from another officer');
    // Someone creating the file first also counts.
    const fresh = join(temp(), 'Ny.kansli');
    writeFileSync(fresh, 'created by Bo');
    expect((await writeShared({ path: fresh, bytes: bytes('mine'), expectedBaseHash: null })).status).toBe('changed');
  });

  it('keeps the last generations beside the file, and no more', async () => {
    const path = join(temp(), 'Föreningen.kansli');
    let base: string | null = null;
    let t = Date.UTC(2026, 2, 1);
    for (let i = 1; i <= 5; i++) {
      const r = await writeShared({ path, bytes: bytes(`v${i}`), expectedBaseHash: base, keepGenerations: 3 }, { now: () => new Date((t += 1000)) });
      expect(r.status).toBe('written');
      base = sha256(bytes(`v${i}`));
    }
    const gens = readdirSync(join(historyDir(path), 'generations')).sort();
    expect(gens).toHaveLength(3);
    expect(gens.map((g) => readFileSync(join(historyDir(path), 'generations', g), 'utf8'))).toEqual(['v2', 'v3', 'v4']);
  });

  it('reads cloud conflict copies beside the file and archives them once a write has merged them', async () => {
    const dir = temp();
    const path = join(dir, 'Föreningen.kansli');
    await writeShared({ path, bytes: bytes('main'), expectedBaseHash: null });
    writeFileSync(join(dir, 'Föreningen (Bos conflicted copy 2026-03-01).kansli'), 'bo');
    writeFileSync(join(dir, 'Föreningen-DESKTOP-4F2K9QX.kansli'), 'sara');
    writeFileSync(join(dir, 'Protokoll.pdf'), 'pdf');
    const read = await readShared(path);
    expect(read.copies.map((c) => c.name)).toEqual(['Föreningen (Bos conflicted copy 2026-03-01).kansli', 'Föreningen-DESKTOP-4F2K9QX.kansli']);
    const r = await writeShared({ path, bytes: bytes('merged'), expectedBaseHash: read.main!.hash, archive: [...read.copies.map((c) => c.name), '../../etc/passwd', 'Protokoll.pdf'] });
    expect(r.status).toBe('written');
    expect(readdirSync(dir).sort()).toEqual(['Föreningen.kansli', 'Föreningen.kansli.history', 'Protokoll.pdf']);
    expect(readdirSync(join(historyDir(path), 'archive'))).toHaveLength(2);
    expect((await readShared(path)).copies).toEqual([]);
  });

  it('a folder that disappeared (network drive gone) gives a clear message and writes nothing', async () => {
    const gone = join(temp(), 'nätverksenhet', 'Föreningen.kansli');
    const read = readShared(gone);
    await expect(read).rejects.toBeInstanceOf(KansliServiceError);
    await expect(read).rejects.toThrow('Mappen för synkfilen finns inte. Är nätverksenheten, molnmappen eller USB-minnet anslutet?');
    await expect(writeShared({ path: gone, bytes: bytes('x'), expectedBaseHash: null })).rejects.toThrow(/finns inte/);
  });

  it('retries a rename that an antivirus scanner blocks (EPERM, EBUSY), and gives up on other errors at once', async () => {
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls < 4) throw Object.assign(new Error('busy'), { code: calls % 2 ? 'EPERM' : 'EBUSY' });
    };
    await renameWithRetry('a', 'b', { firstDelayMs: 1 }, flaky);
    expect(calls).toBe(4);
    let other = 0;
    const broken = async () => {
      other += 1;
      throw Object.assign(new Error('gone'), { code: 'ENOENT' });
    };
    await expect(renameWithRetry('a', 'b', { firstDelayMs: 1 }, broken)).rejects.toThrow('gone');
    expect(other).toBe(1);
    const always = async () => {
      throw Object.assign(new Error('held'), { code: 'EACCES' });
    };
    await expect(renameWithRetry('a', 'b', { firstDelayMs: 1, attempts: 3 }, always)).rejects.toThrow('held');
  });
});

describe('a writer killed in the middle of a write', () => {
  let script: string;
  beforeAll(() => {
    script = join(temp(), 'writer.cjs');
    buildSync({ entryPoints: ['tests/unit/sync/writer-child.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: script, logLevel: 'error' });
  });

  it('always leaves the old or the new file, never a broken one (40 kills)', async () => {
    const dir = temp();
    const target = join(dir, 'Föreningen.kansli');
    let last = 0;
    for (let round = 0; round < 40; round++) {
      const child = spawn(process.execPath, [script, 'write', target, String(last)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let written = 0;
      const wait = 5 + ((round * 37) % 60);
      await new Promise<void>((resolve) => {
        // Kill once it has written at least once, at a varying moment of a later write.
        child.stdout!.on('data', (chunk: Buffer) => {
          written = Math.max(written, ...chunk.toString().trim().split('\n').map(Number));
          if (written > last) setTimeout(() => child.kill('SIGKILL'), wait);
        });
        child.once('exit', () => resolve());
      });
      const now = check(readFileSync(target));
      expect(now).toBeGreaterThanOrEqual(last + 1);
      expect(now).toBeLessThanOrEqual(written + 1);
      last = now;
    }
    // Temporary files of killed writers are left behind but are never mistaken for the file or a copy.
    const read = await readShared(target);
    expect(read.copies).toEqual([]);
    expect(check(read.main!.bytes)).toBe(last);
  }, 120_000);
});

describe('backups in a folder of the officer\'s choice', () => {
  it('writes timestamped backups, lists them newest first and keeps only the last N', async () => {
    const dir = join(temp(), 'Säkerhetskopior');
    let t = Date.UTC(2026, 2, 1, 8);
    for (let i = 1; i <= 4; i++) await writeBackup({ dir, bytes: bytes(`backup ${i}`), keep: 3 }, new Date((t += 86_400_000)));
    const list = await listBackups(dir);
    expect(list).toHaveLength(3);
    expect(list[0]!.name).toBe('Kansli-sakerhetskopia-2026-03-05T08-00-00-000Z.kansli-backup');
    expect(new TextDecoder().decode(await readBackup(list[0]!.path))).toBe('backup 4');
    expect(new TextDecoder().decode(await readBackup(list[2]!.path))).toBe('backup 2');
    expect(await listBackups(join(dir, 'finns-inte'))).toEqual([]);
  });

  it('a missing backup gives a clear message', async () => {
    await expect(readBackup(join(temp(), 'borta.kansli-backup'))).rejects.toThrow(/finns inte/);
  });
});

describe('what is left in the folder', () => {
  it('only the file, its history and nothing else after normal writes', async () => {
    const dir = temp();
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'F.kansli');
    await writeShared({ path, bytes: bytes('a'), expectedBaseHash: null });
    await writeShared({ path, bytes: bytes('b'), expectedBaseHash: sha256(bytes('a')) });
    expect(readdirSync(dir).sort()).toEqual(['F.kansli', 'F.kansli.history']);
    expect(existsSync(join(dir, 'F.kansli.lock'))).toBe(false);
  });
});
