// The entry: small on purpose, so it runs as soon as it arrives, before React, Dexie and the app's
// code (boot.tsx, fetched alongside: see vite.config.ts) have been parsed. It starts everything
// start-up waits on that needs none of them, so those waits overlap the loading of the scripts:
// opening the database's storage, the host's app info and settings, and persistent storage.
import { captureToken, send } from './platform/bridge';
import { requestPersistentStorage, warmDatabase, type WarmDatabase } from './db/warm';
import type { AppInfo, LocalSettings } from '../../electron/api';
// In the page's head as a stylesheet, so the first paint is styled.
import './ui/styles.css';

export type EarlyStart = {
  warm: WarmDatabase;
  host: Promise<[AppInfo, LocalSettings]>;
  persisting: Promise<boolean>;
};

const warm = warmDatabase('kansli');
captureToken();
const host = Promise.all([send('app:info', undefined), send('settings:get', undefined)]);
// Handled in boot(); this keeps a failure from being reported as unhandled before boot has loaded.
host.catch(() => undefined);
const early: EarlyStart = { warm, host, persisting: requestPersistentStorage() };

import('./boot').then(
  ({ boot }) => boot(early),
  (err: unknown) => {
    // The app's code could not be loaded, so neither can React: say so in plain DOM, in place of the static shell.
    warm.release();
    window.kansliShell?.release();
    const main = document.createElement('main');
    main.setAttribute('role', 'alert');
    const h1 = document.createElement('h1');
    h1.textContent = 'Kansli kunde inte starta';
    const p = document.createElement('p');
    p.textContent = err instanceof Error ? err.message : String(err);
    main.append(h1, p);
    document.getElementById('root')?.replaceChildren(main);
  },
);
