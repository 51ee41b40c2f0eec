// Sync "vid avslut" (on quit), when the officer has chosen it. In Electron, main asks before it
// quits (electron/shell/quitSync.ts) and waits at most ten seconds for the answer. A browser tab
// cannot hold its closing, so the browser host syncs, best effort, when the tab is hidden or
// left – throttled, since hiding a tab is also what switching tabs does.
import { useEffect } from 'react';
import type { KansliApi } from '../../../../electron/api';
import { useApp } from '../../ui/appContext';
import { loadPrefs } from './prefs';

type WithQuitSync = KansliApi & { onQuitSync?: (handler: () => Promise<void>) => void };

/** A hidden tab syncs at most this often. */
const BROWSER_MIN_GAP_MS = 60_000;

export function SyncOnQuit() {
  const { repos, settings } = useApp();
  const path = settings.syncFilePath;
  useEffect(() => {
    const syncIfWanted = async () => {
      if (!path || !(await loadPrefs(repos.db)).onQuit) return;
      // Failures are kept in the sync history (runSync records them); quitting goes on regardless.
      const { runSync } = await import('./session');
      await runSync(repos, path, 'sync').catch(() => undefined);
    };
    const api = window.kansli as WithQuitSync | undefined;
    if (api) {
      api.onQuitSync?.(syncIfWanted);
      return () => api.onQuitSync?.(async () => undefined);
    }
    let last = 0;
    const onHide = () => {
      if (document.visibilityState !== 'hidden' || Date.now() - last < BROWSER_MIN_GAP_MS) return;
      last = Date.now();
      void syncIfWanted();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
    };
  }, [repos, path]);
  return null;
}
