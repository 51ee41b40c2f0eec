// `npm start`: the Electron window where Electron's binary is installed, else the same app in
// the default browser through the HTTP host, with one line saying why and where.
import { existsSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { main as runHost } from './host/cli';

/** The Electron binary, without `require('electron')`, which would try to download it. */
export function findElectronBinary(): string | undefined {
  try {
    const pkg = require.resolve('electron/package.json');
    const dir = dirname(pkg);
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const bin = process.env.ELECTRON_OVERRIDE_DIST_PATH ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, rel) : join(dir, 'dist', rel);
    return existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

function start(): void {
  const argv = process.argv.slice(2);
  const wantsBrowser = argv.includes('--browser') || process.env.KANSLI_BROWSER === '1';
  const electron = wantsBrowser ? undefined : findElectronBinary();
  if (electron) {
    // Chromium refuses to start its sandbox as root on Linux; only then is it switched off.
    const root = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    const child = spawn(electron, [join(__dirname, 'main.cjs'), ...root, ...argv], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  const why = wantsBrowser ? '' : 'Electron är inte installerat på den här datorn (programfilen kunde inte hämtas).';
  void runHost(argv, why);
}

start();
