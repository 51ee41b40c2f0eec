// The app as a user runs it in the browser host: built into its own folder, started with the
// launcher (`--browser --no-open`), and opened in Debian's Chromium through playwright-core,
// with a browser profile that survives restarts so the data set stays in IndexedDB.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, startApp, type RunningApp } from '../../tests/e2e/harness';

// KANSLI_BENCH_BUILD lets two benchmark runs side by side each build and serve their own app.
export const BUILD_DIR = process.env.KANSLI_BENCH_BUILD ?? '.build/bench';

/** `KANSLI_BUILD_DIR=.build/bench npm run build`; the first lines of the error when it fails. */
export function buildApp(): { ok: true } | { ok: false; message: string } {
  const r = spawnSync('npm', ['run', 'build', '--silent'], { env: { ...process.env, KANSLI_BUILD_DIR: BUILD_DIR }, encoding: 'utf8' });
  if (r.status === 0) return { ok: true };
  const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.split('\n').filter((l) => /error/i.test(l)).slice(0, 3).join(' | ');
  return { ok: false, message: out || `npm run build avslutades med ${r.status}` };
}

export function benchTemp(prefix: string): string {
  const base = resolve('bench/.tmp');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, prefix));
}

export async function startBenchApp(dataDir: string): Promise<RunningApp> {
  process.env.KANSLI_BUILD_DIR = BUILD_DIR;
  return startApp(dataDir);
}

export async function openBrowser(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    // precise memory info: performance.memory without the coarse bucketing Chrome uses by default.
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    viewport: { width: 1280, height: 860 },
    locale: 'sv-SE',
  });
}

export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

/** The browser's version, for the machine description. */
export function browserVersion(context: BrowserContext): string {
  return `Chromium ${context.browser()?.version() ?? '?'}`;
}
