// Sync on quit: when the officer quits, main first asks the window to sync (if she chose "vid
// avslut"), waits for its answer, and quits then – or after at most ten seconds, because a network
// drive that hangs must never keep Kansli from closing. A second quit while waiting quits at once.
// Plain state over injected effects, so it is tested as data (Electron cannot start in the tests);
// main.ts binds it to app 'before-quit' and ipcMain, preload.ts to the renderer's handler.
//
// The wiring, for reference:
//   main.ts:    const quitSync = createQuitSync({ hasWindow: () => !!mainWindow && !mainWindow.isDestroyed(),
//                 ask: (id) => mainWindow?.webContents.send(QUIT_SYNC_REQUEST, id), quit: () => app.quit() });
//               app.on('before-quit', (e) => quitSync.beforeQuit(e));
//               ipcMain.on(QUIT_SYNC_DONE, (e, id) => { if (e.sender === mainWindow?.webContents) quitSync.done(id); });
//   preload.ts: onQuitSync(handler) – see quitSyncPreload below.

/** Main → renderer: "sync now if you want to, then answer with the same id". */
export const QUIT_SYNC_REQUEST = 'kansli:quit-sync';
/** Renderer → main: "done" (whatever the outcome). */
export const QUIT_SYNC_DONE = 'kansli:quit-sync-done';
export const QUIT_SYNC_TIMEOUT_MS = 10_000;

export type QuitSyncDeps = {
  /** Whether there is a window to ask (none: nothing to sync, quit at once). */
  hasWindow(): boolean;
  ask(id: number): void;
  quit(): void;
  setTimer?(fn: () => void, ms: number): () => void;
};

export type QuitSyncPhase = 'idle' | 'waiting' | 'done';

export type QuitSync = {
  /** For app 'before-quit'. Prevents the quit while the window syncs. */
  beforeQuit(event: { preventDefault(): void }): void;
  /** The window's answer. An answer to an earlier request (or none pending) is ignored. */
  done(id: unknown): void;
  phase(): QuitSyncPhase;
};

const defaultTimer = (fn: () => void, ms: number) => {
  const t = setTimeout(fn, ms);
  return () => clearTimeout(t);
};

export function createQuitSync(deps: QuitSyncDeps, timeoutMs: number = QUIT_SYNC_TIMEOUT_MS): QuitSync {
  let phase: QuitSyncPhase = 'idle';
  let pending = 0;
  let cancel: (() => void) | undefined;
  const finish = () => {
    if (phase !== 'waiting') return;
    phase = 'done';
    cancel?.();
    cancel = undefined;
    deps.quit();
  };
  return {
    beforeQuit(event) {
      if (phase === 'done') return;
      if (phase === 'waiting') {
        // Quit pressed again while the sync runs: the officer wants out now.
        phase = 'done';
        cancel?.();
        return;
      }
      if (!deps.hasWindow()) return;
      event.preventDefault();
      phase = 'waiting';
      pending += 1;
      cancel = (deps.setTimer ?? defaultTimer)(finish, timeoutMs);
      deps.ask(pending);
    },
    done(id) {
      if (phase === 'waiting' && id === pending) finish();
    },
    phase: () => phase,
  };
}

type IpcRendererLike = {
  on(channel: string, fn: (event: unknown, id: unknown) => void): void;
  removeAllListeners(channel: string): void;
  send(channel: string, id: unknown): void;
};

/**
 * The preload's half: registers the renderer's handler (one at a time) and always answers, even
 * when the handler fails, so main is never left waiting for the timeout without need.
 */
export function quitSyncPreload(ipc: IpcRendererLike): (handler: () => Promise<void>) => void {
  return (handler) => {
    ipc.removeAllListeners(QUIT_SYNC_REQUEST);
    ipc.on(QUIT_SYNC_REQUEST, (_event, id) => {
      void Promise.resolve()
        .then(handler)
        .catch(() => undefined)
        .finally(() => ipc.send(QUIT_SYNC_DONE, id));
    });
  };
}
