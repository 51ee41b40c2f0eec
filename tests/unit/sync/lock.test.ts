// The lock beside the shared file: one holder at a time, a heartbeat while held, broken when stale
// (a crashed computer), and re-read before it is trusted.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LockManager, lockPathFor } from '../../../electron/services/sync/lock';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const sharedFile = () => {
  const d = mkdtempSync(join(tmpdir(), 'kansli-lock-'));
  dirs.push(d);
  return join(d, 'Föreningen.kansli');
};
const KARIN = { deviceId: '5f0c6a1e-2b6e-4d1c-9a37-0c1f4b9d2e11', name: 'Karin Lindqvist' };
const BO = { deviceId: 'a3d9e2c4-7b1f-4e08-8c55-6e2b9f1a7d30', name: 'Bo Ek' };

describe('the lock beside the shared file', () => {
  it('lets one officer in at a time and tells the other who holds it', async () => {
    const file = sharedFile();
    const karin = new LockManager();
    const bo = new LockManager();
    const a = await karin.acquire(file, KARIN);
    expect(a.ok).toBe(true);
    const b = await bo.acquire(file, BO);
    expect(b).toMatchObject({ ok: false, heldBy: { name: 'Karin Lindqvist' } });
    const owner = JSON.parse(readFileSync(join(lockPathFor(file), 'owner.json'), 'utf8'));
    expect(owner).toMatchObject({ deviceId: KARIN.deviceId, name: 'Karin Lindqvist' });
    expect(Date.parse(owner.acquiredAt)).not.toBeNaN();
    if (a.ok) expect(await karin.release(a.token)).toBe(true);
    expect(existsSync(lockPathFor(file))).toBe(false);
    const c = await bo.acquire(file, BO);
    expect(c.ok).toBe(true);
    await bo.releaseAll();
  });

  it('of many acquiring at once, exactly one gets it', async () => {
    const file = sharedFile();
    const managers = Array.from({ length: 8 }, () => new LockManager());
    const results = await Promise.all(managers.map((m, i) => m.acquire(file, { deviceId: `0000000${i}-0000-4000-8000-000000000000`, name: `Officer ${i}` })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    await Promise.all(managers.map((m) => m.releaseAll()));
  });

  it('breaks a lock left by a crashed computer once its heartbeat is older than the timeout', async () => {
    const file = sharedFile();
    let now = Date.UTC(2026, 2, 1, 10);
    const crashed = new LockManager({ now: () => now, staleMs: 120_000 });
    expect((await crashed.acquire(file, BO)).ok).toBe(true);
    // Bo's computer dies: no more heartbeats. A minute later the lock still holds...
    const karin = new LockManager({ now: () => now, staleMs: 120_000 });
    now += 60_000;
    expect((await karin.acquire(file, KARIN)).ok).toBe(false);
    // ...three minutes later it is stale and Karin takes it over.
    now += 120_000;
    const r = await karin.acquire(file, KARIN);
    expect(r).toMatchObject({ ok: true, tookOverStale: true });
    expect(JSON.parse(readFileSync(join(lockPathFor(file), 'owner.json'), 'utf8')).name).toBe('Karin Lindqvist');
    await karin.releaseAll();
  });

  it('a heartbeat keeps a long sync\'s lock fresh', async () => {
    const file = sharedFile();
    let now = Date.UTC(2026, 2, 1, 10);
    const karin = new LockManager({ now: () => now, staleMs: 120_000, heartbeatMs: 60_000_000 });
    const r = await karin.acquire(file, KARIN);
    if (!r.ok) throw new Error('no lock');
    for (let i = 0; i < 5; i++) {
      now += 60_000;
      expect(await karin.beat(r.token)).toBe(true);
    }
    const bo = new LockManager({ now: () => now, staleMs: 120_000 });
    expect((await bo.acquire(file, BO)).ok).toBe(false);
    await karin.releaseAll();
  });

  it('a holder whose lock was broken stops claiming it, and its release leaves the new holder\'s lock alone', async () => {
    const file = sharedFile();
    let now = Date.UTC(2026, 2, 1, 10);
    const slow = new LockManager({ now: () => now, staleMs: 1000, heartbeatMs: 60_000_000 });
    const a = await slow.acquire(file, BO);
    now += 5000;
    const karin = new LockManager({ now: () => now, staleMs: 1000, heartbeatMs: 60_000_000 });
    expect((await karin.acquire(file, KARIN)).ok).toBe(true);
    if (!a.ok) throw new Error('no lock');
    expect(await slow.beat(a.token)).toBe(false);
    expect(await slow.release(a.token)).toBe(false);
    expect(JSON.parse(readFileSync(join(lockPathFor(file), 'owner.json'), 'utf8')).name).toBe('Karin Lindqvist');
    await karin.releaseAll();
  });

  it('a lock folder without an owner file (a crash during mkdir) goes stale by its age', async () => {
    const file = sharedFile();
    mkdirSync(lockPathFor(file));
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(lockPathFor(file), old, old);
    const r = await new LockManager().acquire(file, KARIN);
    expect(r.ok).toBe(true);
  });

  it('this device\'s own lock from before a crash is taken back at once', async () => {
    const file = sharedFile();
    mkdirSync(lockPathFor(file));
    writeFileSync(join(lockPathFor(file), 'owner.json'), JSON.stringify({ ...KARIN, host: 'x', token: 'old', acquiredAt: new Date().toISOString(), heartbeatAt: new Date().toISOString() }));
    const m = new LockManager();
    expect((await m.acquire(file, KARIN)).ok).toBe(true);
    await m.releaseAll();
  });
});
