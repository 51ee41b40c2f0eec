// Starts the browser host for one profile: its settings, its remembered port, the handlers.
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createHandlers } from '../services/handlers';
import { openConfStore, SettingsService } from '../services/settings';
import { startHost, type RunningHost } from './server';
import type { CliOptions } from '../services/profile';

export type HostRun = RunningHost & { dataDir: string };

export async function runBrowserHost(opts: CliOptions, rendererDir: string, version: string): Promise<HostRun> {
  mkdirSync(opts.dataDir, { recursive: true });
  const settings = new SettingsService(openConfStore(opts.dataDir));
  settings.get(); // creates the device id on first start
  const handlers = createHandlers(settings, {
    info: { name: 'Kansli', version, shell: 'browser', platform: process.platform },
    // In a browser the page opens links itself; the host never launches programs for it.
    openExternal: async () => false,
  });
  // IndexedDB is per origin: the same profile must come back on the same port, or its data
  // would seem gone. The first start takes a free port and remembers it.
  const port = opts.port ?? settings.hostPort() ?? 0;
  const host = await startHost({ rendererDir, handlers, port });
  if (settings.hostPort() !== host.port && opts.port === undefined) settings.setHostPort(host.port);
  return { ...host, dataDir: opts.dataDir };
}

export function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // The URL has been printed; the user can open it by hand.
  }
}
