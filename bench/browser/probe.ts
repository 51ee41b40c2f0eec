// The sync probe bundled for the page (an IIFE, Dexie and the engine included) and the calls to it.
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { ProbeRun } from './syncProbe';

let bundled: string | undefined;

async function bundle(): Promise<string> {
  if (bundled) return bundled;
  const out = await build({
    entryPoints: ['bench/browser/syncProbe.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  bundled = out.outputFiles[0]!.text;
  return bundled;
}

/** Evaluated through the DevTools protocol, which the app's CSP (script-src 'self') rightly does not let a <script> tag do. */
export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(await bundle());
}

type Probe = { create(path: string, passphrase: string, deviceId: string): Promise<ProbeRun>; tenEditsThenSync(path: string, round: number, deviceId: string): Promise<ProbeRun> };

export function probeCreate(page: Page, path: string, passphrase: string, deviceId: string): Promise<ProbeRun> {
  return page.evaluate(([p, pass, d]) => (window as unknown as { __kansliBench: Probe }).__kansliBench.create(p, pass, d), [path, passphrase, deviceId] as const);
}

export function probeEdit(page: Page, path: string, round: number, deviceId: string): Promise<ProbeRun> {
  return page.evaluate(([p, r, d]) => (window as unknown as { __kansliBench: Probe }).__kansliBench.tenEditsThenSync(p, r, d), [path, round, deviceId] as const);
}
