// Sync on quit, as data: main asks the window, waits for its answer or ten seconds, then quits;
// never more than once, never forever, and a second quit while waiting quits at once.
import { describe, expect, it } from 'vitest';
import { createQuitSync, quitSyncPreload, QUIT_SYNC_DONE, QUIT_SYNC_REQUEST } from '../../../electron/shell/quitSync';

function harness(hasWindow = true) {
  const log: string[] = [];
  let timer: { fn: () => void; ms: number; cancelled: boolean } | undefined;
  const qs = createQuitSync({
    hasWindow: () => hasWindow,
    ask: (id) => log.push(`ask ${id}`),
    quit: () => log.push('quit'),
    setTimer: (fn, ms) => {
      const t = { fn, ms, cancelled: false };
      timer = t;
      return () => { t.cancelled = true; };
    },
  });
  const quitEvent = () => {
    const e = { prevented: false, preventDefault() { this.prevented = true; } };
    qs.beforeQuit(e);
    return e.prevented;
  };
  return { qs, log, quitEvent, timer: () => timer };
}

describe('sync on quit (main process)', () => {
  it('holds the quit, asks the window, and quits when it answers', () => {
    const h = harness();
    expect(h.quitEvent()).toBe(true);
    expect(h.log).toEqual(['ask 1']);
    expect(h.timer()!.ms).toBe(10_000);
    h.qs.done(1);
    expect(h.log).toEqual(['ask 1', 'quit']);
    expect(h.timer()!.cancelled).toBe(true);
    // The quit that follows goes through.
    expect(h.quitEvent()).toBe(false);
    expect(h.log).toEqual(['ask 1', 'quit']);
  });

  it('quits anyway after ten seconds when the window never answers (a hung network drive)', () => {
    const h = harness();
    h.quitEvent();
    h.timer()!.fn();
    expect(h.log).toEqual(['ask 1', 'quit']);
    h.qs.done(1); // a late answer changes nothing
    expect(h.log).toEqual(['ask 1', 'quit']);
  });

  it('ignores answers it did not ask for', () => {
    const h = harness();
    h.qs.done(1);
    expect(h.qs.phase()).toBe('idle');
    h.quitEvent();
    h.qs.done(7);
    h.qs.done('1');
    expect(h.qs.phase()).toBe('waiting');
  });

  it('a second quit while waiting goes through at once', () => {
    const h = harness();
    h.quitEvent();
    expect(h.quitEvent()).toBe(false);
    expect(h.qs.phase()).toBe('done');
    expect(h.timer()!.cancelled).toBe(true);
  });

  it('with no window there is nothing to sync: the quit is not held', () => {
    const h = harness(false);
    expect(h.quitEvent()).toBe(false);
    expect(h.log).toEqual([]);
  });
});

describe('sync on quit (preload)', () => {
  function fakeIpc() {
    const listeners = new Map<string, ((e: unknown, id: unknown) => void)[]>();
    const sent: [string, unknown][] = [];
    return {
      sent,
      listeners,
      on: (c: string, fn: (e: unknown, id: unknown) => void) => listeners.set(c, [...(listeners.get(c) ?? []), fn]),
      removeAllListeners: (c: string) => listeners.delete(c),
      send: (c: string, id: unknown) => sent.push([c, id]),
      emit: (c: string, id: unknown) => (listeners.get(c) ?? []).forEach((fn) => fn({}, id)),
    };
  }

  it('runs the handler and answers with the same id, even when the sync fails', async () => {
    const ipc = fakeIpc();
    const register = quitSyncPreload(ipc);
    let runs = 0;
    register(async () => { runs += 1; throw new Error('Mappen finns inte'); });
    register(async () => { runs += 10; }); // replaces the first: one handler at a time
    expect(ipc.listeners.get(QUIT_SYNC_REQUEST)).toHaveLength(1);
    ipc.emit(QUIT_SYNC_REQUEST, 3);
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(10);
    expect(ipc.sent).toEqual([[QUIT_SYNC_DONE, 3]]);

    register(async () => { throw new Error('Fel lösenfras'); });
    ipc.emit(QUIT_SYNC_REQUEST, 4);
    await new Promise((r) => setTimeout(r, 0));
    expect(ipc.sent).toEqual([[QUIT_SYNC_DONE, 3], [QUIT_SYNC_DONE, 4]]);
  });
});
