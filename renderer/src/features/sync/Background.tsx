// What runs outside the Synkronisering screen, for the shell (ui/Layout.tsx) to mount: the badge
// with the number of open conflicts on the navigation, and the background work – sync on start and
// on a timer, and the daily backup – which needs no screen open.
import { useEffect } from 'react';
import { useMessages } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { useLive } from '../../db/useLive';
import { conflictsTable } from '../../db/sync/tables';
import { messages } from './messages';
import { loadPrefs, savePrefs } from './prefs';
import { SyncOnQuit } from './QuitSync';

export function SyncNavBadge() {
  const t = useMessages(messages);
  const { repos } = useApp();
  const { value: n = 0 } = useLive(() => conflictsTable(repos.db).where('resolved').equals(0).count(), [repos]);
  if (n === 0) return null;
  return <span className="sync__badge sync__badge--nav" aria-label={t('conflicts.badge', { n })}>{n}</span>;
}

const DAY = 24 * 60 * 60 * 1000;

export function SyncBackground() {
  const { repos, settings } = useApp();
  const path = settings.syncFilePath;
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    // The engine is loaded only when there is work for it, so it stays out of the first paint.
    const session = () => import('./session');
    // Background syncs stay quiet: a failure is kept in the sync history, shown on the screen.
    const quietly = () => {
      if (path) void session().then(({ runSync }) => runSync(repos, path, 'sync')).catch(() => undefined);
    };
    void loadPrefs(repos.db).then(async (prefs) => {
      if (stopped) return;
      if (path && prefs.onStart) quietly();
      if (path && prefs.intervalMinutes > 0) timer = setInterval(quietly, prefs.intervalMinutes * 60_000);
      if (prefs.backupDaily && prefs.backupDir && (!prefs.lastAutoBackup || Date.now() - Date.parse(prefs.lastAutoBackup) > DAY)) {
        try {
          const [{ takeBackup }, { backupIo, keySession }] = await Promise.all([import('../../db/sync/backup'), session()]);
          const row = await takeBackup(repos.db, repos.ctx, backupIo, { dir: prefs.backupDir, keep: prefs.backupKeep, passphrase: keySession.passphrase, reason: 'auto' });
          await savePrefs(repos.db, { lastAutoBackup: row.at });
        } catch {
          // Tried again at the next start; the backup list shows what exists.
        }
      }
    });
    return () => {
      stopped = true;
      if (timer) clearInterval(timer);
    };
  }, [repos, path]);
  return <SyncOnQuit />;
}
