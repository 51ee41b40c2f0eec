// Everything after the entry (main.tsx): opens Dexie while the host's answers arrive, then
// renders the app, which shows its shell and the overview while the database finishes opening.
// The page already shows the same shell as static HTML (ui/StartShell.tsx); the app's first
// render replaces it in one commit, and whatever had focus in it has it again.
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { App, BootError } from './App';
import { openDatabase, repositoriesFor } from './db/open';
import { focusedInShell, refocus } from './ui/shellScript';
import type { EarlyStart } from './main';

function takeOver(root: Root, app: ReactNode): void {
  const focused = focusedInShell(document);
  window.kansliShell?.release();
  flushSync(() => root.render(app));
  refocus(document, focused);
}

export async function boot({ warm, host, persisting }: EarlyStart): Promise<void> {
  // The entry script is async, so in principle it may run before the page has been parsed.
  if (document.readyState === 'loading') await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
  const root = createRoot(document.getElementById('root')!);
  // Opening the database needs no settings, so it does not wait for the host.
  const opening = openDatabase();
  opening.then(warm.release, warm.release);
  try {
    const [[info, settings], persisted] = await Promise.all([host, persisting]);
    const repos = opening.then((db) => repositoriesFor(db, settings.deviceId, settings.userName));
    // App shows a failure to open; this only keeps it from counting as unhandled meanwhile.
    repos.catch(() => undefined);
    takeOver(root, <App info={info} initialSettings={settings} opening={repos} persisted={persisted} />);
  } catch (err) {
    takeOver(root, <BootError error={err} />);
  }
}
