// Everything after the entry (main.tsx): opens Dexie while the host's answers arrive, then
// renders the app.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { openDatabase, repositoriesFor } from './db/open';
import { translator } from './i18n';
import type { EarlyStart } from './main';

export async function boot({ warm, host, persisting }: EarlyStart): Promise<void> {
  // The entry script is async, so in principle it may run before the page has been parsed.
  if (document.readyState === 'loading') await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
  const root = createRoot(document.getElementById('root')!);
  try {
    // Opening the database needs no settings, so it does not wait for the host.
    const opening = openDatabase();
    opening.then(warm.release, warm.release);
    const [[info, settings], db, persisted] = await Promise.all([host, opening, persisting]);
    const repos = await repositoriesFor(db, settings.deviceId, settings.userName);
    root.render(<App info={info} initialSettings={settings} repos={repos} persisted={persisted} />);
  } catch (err) {
    const t = translator('sv');
    root.render(
      <main className="boot-error" role="alert">
        <h1>{t('app.startFailed')}</h1>
        <p>{err instanceof Error ? err.message : String(err)}</p>
      </main>,
    );
  }
}
