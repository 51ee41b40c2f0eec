// Runs the sync area's own engine (syncNow) inside the app's page, on the app's IndexedDB and
// through the browser host's sync channels, exactly as the "Synkronisera" button does. Bundled for
// the browser by bench/browser/probe.ts and added to the page; not part of the app.
import { KansliDb } from '../../renderer/src/db/schema';
import { openDeviceContext, type DeviceContext } from '../../renderer/src/db/context';
import { syncNow, type KeySession, type SyncIo, type SyncMode } from '../../renderer/src/db/sync/engine';
import { MemberRepository } from '../../renderer/src/db/members/memberRepository';
import { send } from '../../renderer/src/platform/bridge';

const io: SyncIo = {
  read: (path, opts) => send('sync:read', { path, head: opts?.head }),
  readRanges: (path, hash, ranges) => send('sync:readRanges', { path, hash, ranges }),
  write: (req) => send('sync:write', req),
  lock: (path, owner) => send('sync:lock', { path, owner }),
  unlock: (token) => send('sync:unlock', { token }),
};

/** Per step of the engine (lock, read, merge, write), the milliseconds until the next step began. */
export type ProbeRun = { ms: number; written: boolean; in: number; out: number; steps: Record<string, number> };

let opened: { db: KansliDb; ctx: DeviceContext } | undefined;
const session: KeySession = {};

async function open(deviceId: string): Promise<{ db: KansliDb; ctx: DeviceContext }> {
  if (!opened) {
    const db = new KansliDb('kansli');
    await db.open();
    opened = { db, ctx: await openDeviceContext(db, deviceId, 'Bänk Kassör') };
  }
  return opened;
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

async function timed(path: string, mode: SyncMode, deviceId: string): Promise<ProbeRun> {
  const { db, ctx } = await open(deviceId);
  const marks: [string, number][] = [];
  const t0 = performance.now();
  const run = await syncNow({ db, ctx, io, path, mode, session, onStep: (step) => marks.push([step, performance.now()]) });
  const end = performance.now();
  const steps: Record<string, number> = {};
  marks.forEach(([step, at], i) => {
    steps[step] = (steps[step] ?? 0) + ((marks[i + 1]?.[1] ?? end) - at);
  });
  return { ms: end - t0, written: run.written, in: sum(run.in), out: sum(run.out), steps };
}

const probe = {
  /** A first sync to a new encrypted file; a new session, so the key is derived from the passphrase as on setup. */
  async create(path: string, passphrase: string, deviceId: string): Promise<ProbeRun> {
    session.key = undefined;
    session.passphrase = passphrase;
    return timed(path, 'create', deviceId);
  },
  /** Ten officer's edits (untimed), then a sync of them (timed); the key stays in the session. */
  async tenEditsThenSync(path: string, round: number, deviceId: string): Promise<ProbeRun> {
    const { db, ctx } = await open(deviceId);
    const members = new MemberRepository(db, ctx);
    const ids = (await db.table<{ id: string }>('members').limit(10).toArray()).map((m) => m.id);
    for (const [i, id] of ids.entries()) await members.update(id, { phone: `070-${String(round).padStart(3, '0')} 00 ${String(i).padStart(2, '0')}` });
    return timed(path, 'sync', deviceId);
  },
};

(window as unknown as { __kansliBench: typeof probe }).__kansliBench = probe;
