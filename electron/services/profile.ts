// Where a profile (settings, and in Electron the browser storage too) lives, and how the command
// line picks it: `--data DIR`, else KANSLI_DATA, else the same folder Electron's userData uses,
// so one profile works in both shells.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_NAME = 'Kansli';

export type CliOptions = { dataDir: string; port?: number; open: boolean; browser: boolean };

export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/**
 * The profile this start asked for: `--data DIR` or `--data=DIR`, else KANSLI_DATA, else undefined.
 * Used by both shells, so a profile opens the same way in Electron and in the browser host.
 */
export function dataDirFromArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd: string): string | undefined {
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data') {
      const next = argv[i + 1];
      if (next !== undefined && next !== '' && !next.startsWith('--')) dir = next;
      i++;
    } else if (arg?.startsWith('--data=')) {
      const value = arg.slice('--data='.length);
      if (value !== '') dir = value;
    }
  }
  dir ??= env.KANSLI_DATA || undefined;
  return dir === undefined ? undefined : resolve(cwd, dir);
}

export class CliError extends Error {}

export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  let port: number | undefined = env.KANSLI_PORT ? Number(env.KANSLI_PORT) : undefined;
  let open = env.KANSLI_NO_OPEN !== '1';
  let browser = env.KANSLI_BROWSER === '1';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new CliError(`${flag} behöver ett värde`);
      return v;
    };
    if (flag === '--data') value();
    else if (flag === '--port') port = Number(value());
    else if (flag === '--no-open') open = false;
    else if (flag === '--browser') browser = true;
  }
  if (port !== undefined && (!Number.isInteger(port) || port < 1024 || port > 65535)) {
    throw new CliError('--port måste vara ett heltal mellan 1024 och 65535');
  }
  return { dataDir: dataDirFromArgs(argv, env, process.cwd()) ?? defaultDataDir(), port, open, browser };
}
