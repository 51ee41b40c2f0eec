// A lock next to the shared file, so that two officers syncing in the same minute take turns.
// It is a folder made with mkdir, the one exclusive create that works on network shares (O_EXCL is
// unreliable on NFS and SMB). Inside, owner.json names the device and officer and carries a
// heartbeat that the holder refreshes; a lock whose heartbeat is older than the timeout was left by
// a crashed or disconnected computer and is broken. Owner and token are read back before the lock
// is trusted. On cloud folders the lock propagates late and is only a hint: correctness comes from
// the merge and from the writer re-checking the file's hash just before its rename.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export type LockOwner = { deviceId: string; name: string };
export type LockInfo = LockOwner & { host: string; token: string; acquiredAt: string; heartbeatAt: string };
export type LockOptions = { staleMs?: number; heartbeatMs?: number; maxHoldMs?: number; now?: () => number };
export type LockResult = { ok: true; token: string; tookOverStale: boolean } | { ok: false; heldBy: { name: string; host: string; since: string } };

export const STALE_MS = 2 * 60_000;
const HEARTBEAT_MS = 15_000;
const MAX_HOLD_MS = 10 * 60_000;

export function lockPathFor(file: string): string {
  return `${file}.lock`;
}

async function readInfo(dir: string): Promise<LockInfo | null> {
  try {
    const raw = JSON.parse(await readFile(join(dir, 'owner.json'), 'utf8')) as Partial<LockInfo>;
    return typeof raw.token === 'string' && typeof raw.heartbeatAt === 'string' ? (raw as LockInfo) : null;
  } catch {
    return null;
  }
}

async function writeInfo(dir: string, info: LockInfo): Promise<void> {
  // Written beside and renamed, so a reader never sees half an owner.json.
  const tmp = join(dir, `.owner-${randomBytes(4).toString('hex')}.json`);
  await writeFile(tmp, JSON.stringify(info));
  await rename(tmp, join(dir, 'owner.json'));
}

type Held = { dir: string; info: LockInfo; timer: NodeJS.Timeout; until: number };

export class LockManager {
  private readonly held = new Map<string, Held>();
  private readonly staleMs: number;
  private readonly heartbeatMs: number;
  private readonly maxHoldMs: number;
  private readonly now: () => number;

  constructor(opts: LockOptions = {}) {
    this.staleMs = opts.staleMs ?? STALE_MS;
    this.heartbeatMs = opts.heartbeatMs ?? HEARTBEAT_MS;
    this.maxHoldMs = opts.maxHoldMs ?? MAX_HOLD_MS;
    this.now = opts.now ?? Date.now;
  }

  async acquire(file: string, owner: LockOwner): Promise<LockResult> {
    const dir = lockPathFor(file);
    let tookOverStale = false;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await mkdir(dir);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const info = await readInfo(dir);
        const since = info ? Date.parse(info.heartbeatAt) : (await stat(dir).catch(() => null))?.mtimeMs ?? 0;
        const stale = this.now() - since > this.staleMs;
        if (!stale && info?.deviceId !== owner.deviceId) {
          return { ok: false, heldBy: { name: info?.name ?? '', host: info?.host ?? '', since: new Date(since).toISOString() } };
        }
        // Stale, or our own device's lock from before a crash: break it. The rename is atomic, so
        // of two computers breaking it at once only one succeeds; the other finds it gone.
        const aside = `${dir}.stale-${randomBytes(4).toString('hex')}`;
        await rename(dir, aside).then(() => rm(aside, { recursive: true, force: true }), () => undefined);
        tookOverStale = true;
        continue;
      }
      const at = new Date(this.now()).toISOString();
      const info: LockInfo = { ...owner, host: hostname(), token: randomBytes(16).toString('hex'), acquiredAt: at, heartbeatAt: at };
      await writeInfo(dir, info);
      const back = await readInfo(dir);
      if (back?.token !== info.token) {
        return { ok: false, heldBy: { name: back?.name ?? '', host: back?.host ?? '', since: back?.acquiredAt ?? at } };
      }
      this.hold(dir, info);
      return { ok: true, token: info.token, tookOverStale };
    }
    const info = await readInfo(dir);
    return { ok: false, heldBy: { name: info?.name ?? '', host: info?.host ?? '', since: info?.acquiredAt ?? '' } };
  }

  private hold(dir: string, info: LockInfo): void {
    const until = this.now() + this.maxHoldMs;
    const timer = setInterval(() => void this.beat(info.token), this.heartbeatMs);
    timer.unref?.();
    this.held.set(info.token, { dir, info, timer, until });
  }

  /** Refreshes the heartbeat; a holder that has held too long (a hung sync) lets the lock go stale. */
  async beat(token: string): Promise<boolean> {
    const h = this.held.get(token);
    if (!h) return false;
    if (this.now() > h.until) {
      clearInterval(h.timer);
      this.held.delete(token);
      return false;
    }
    const current = await readInfo(h.dir);
    if (current?.token !== token) {
      // Someone broke our lock (we were presumed dead): stop claiming it.
      clearInterval(h.timer);
      this.held.delete(token);
      return false;
    }
    h.info = { ...h.info, heartbeatAt: new Date(this.now()).toISOString() };
    await writeInfo(h.dir, h.info).catch(() => undefined);
    return true;
  }

  async release(token: string): Promise<boolean> {
    const h = this.held.get(token);
    if (!h) return false;
    clearInterval(h.timer);
    this.held.delete(token);
    const current = await readInfo(h.dir);
    if (current?.token !== token) return false;
    const aside = `${h.dir}.released-${randomBytes(4).toString('hex')}`;
    await rename(h.dir, aside);
    await rm(aside, { recursive: true, force: true });
    return true;
  }

  releaseAll(): Promise<boolean[]> {
    return Promise.all([...this.held.keys()].map((t) => this.release(t)));
  }
}
