// Electron's binary is not available here, so this runs the real bundle (built by
// esbuild.config.mjs) under plain Node with a recording stand-in for 'electron'
// (fixtures/fake-electron.cjs) and checks what main.ts does at startup, over IPC and on close.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CONTENT_SECURITY_POLICY, webPreferences } from '../../../electron/security';
import { openConfStore, SettingsService } from '../../../electron/services/settings';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
let work: string;
let mainCjs: string;

type Report = Record<string, unknown> & {
  calls: string[];
  window: { options: { x?: number; y?: number; width: number; height: number; show: boolean; webPreferences: Record<string, unknown> }; loaded: string[]; visibleBeforeReady: boolean; visibleAfterReady: boolean };
};

async function start(dataDir: string, env: Record<string, string> = {}): Promise<Report> {
  const { stdout } = await run(process.execPath, ['--import', join(fixtures, 'electron-hooks.mjs'), join(fixtures, 'drive-main.cjs'), mainCjs, '--data', dataDir], {
    cwd: work,
    env: { ...process.env, FAKE_APPDATA: join(work, 'appdata'), ...env },
    timeout: 20_000,
  });
  const line = stdout.split('\n').find((l) => l.startsWith('REPORT '));
  expect(line, stdout).toBeDefined();
  return JSON.parse(line!.slice('REPORT '.length)) as Report;
}

beforeAll(async () => {
  mkdirSync(join(repo, 'tests', '.tmp'), { recursive: true });
  // Inside the repository, so the bundle finds electron-store and conf in node_modules.
  work = mkdtempSync(join(repo, 'tests', '.tmp', 'electron-main-'));
  mkdirSync(join(work, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(work, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Kansli-testsida</title>');
  // The project's own build script, so the bundle is exactly what ships (externals included).
  await run(process.execPath, [join(repo, 'esbuild.config.mjs')], { cwd: repo, env: { ...process.env, KANSLI_BUILD_DIR: work }, timeout: 60_000 });
  mainCjs = join(work, 'dist-electron', 'main.cjs');
}, 90_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dist-electron/main.cjs', () => {
  it('starts, serves the app, answers its window and saves the window on close', async () => {
    const dataDir = join(work, 'profil a');
    const r = await start(dataDir);

    // before ready: scheme, profile, sandbox, lock — in that order, all before whenReady
    expect(r.schemes).toStrictEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const order = (c: string) => r.calls.indexOf(c);
    for (const c of ['registerSchemesAsPrivileged', 'setPath:userData', 'enableSandbox', 'requestSingleInstanceLock']) {
      expect(order(c), c).toBeGreaterThanOrEqual(0);
      expect(order(c), c).toBeLessThan(order('whenReady'));
    }
    expect(order('setPath:userData')).toBeLessThan(order('requestSingleInstanceLock'));
    expect(r.userData).toBe(dataDir);
    expect(r.name).toBe('Kansli');

    // the window
    expect(r.window.options.webPreferences).toStrictEqual(webPreferences(join(work, 'dist-electron', 'preload.cjs')));
    expect(r.window.options.show).toBe(false);
    expect(r.window.visibleBeforeReady).toBe(false);
    expect(r.window.visibleAfterReady).toBe(true);
    expect(r.window.loaded).toStrictEqual(['app://kansli/']);

    // app://kansli serves dist/renderer under the CSP
    expect(r.index).toStrictEqual({ status: 200, csp: CONTENT_SECURITY_POLICY, type: 'text/html; charset=utf-8', body: '<!doctype html><title>Kansli-testsida</title>' });
    expect(r.traversal).toBe(404);

    // IPC: the contract for the window, nothing for strangers
    expect(r.info).toMatchObject({ ok: true, value: { name: 'Kansli', shell: 'electron', version: expect.stringMatching(/^\d+\.\d+\.\d+/) } });
    expect((r.info as { value: { version: string } }).value.version).not.toBe('45.5.0');
    expect(r.update).toMatchObject({ ok: true, value: { userName: 'Karin Kassör', boardRole: 'kassör', language: 'sv' } });
    expect(r.foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(r.openExternal).toStrictEqual({ ok: true, value: true });
    expect(r.external).toContain('https://www.bolagsverket.se/');

    // guards on every web contents, permissions denied, the Swedish menu
    expect(r.guards).toMatchObject({ navigationPrevented: true, windowOpen: { action: 'deny' } });
    expect((r.guards as { events: string[] }).events).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
    expect(r.permissions).toStrictEqual({ media: false, check: false });
    expect(r.menu).toEqual(expect.arrayContaining(['Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']));
    expect(r.spell).toStrictEqual(['sv-SE', 'en-US']);
    expect(r.errors).toStrictEqual([]);

    // settings.json in the profile, in the layout the browser host (conf) reads
    // The first close waits for the page's sync; only the window's own answer lets Kansli quit.
    expect(r.quitSync).toEqual({ prevented: true, asked: true, quitBefore: 0, quitAfterForeign: 0, quitAfterAnswer: 1, secondClosePrevented: false });
    expect(r.settingsFile).toMatchObject({ local: { userName: 'Karin Kassör', window: { x: 2000, y: 60, width: 1500, height: 900, maximized: false } } });
    const viaConf = new SettingsService(openConfStore(dataDir)).get();
    expect(viaConf).toMatchObject({ userName: 'Karin Kassör', window: { x: 2000, width: 1500 } });

    // and the next start opens the window where it was left, with the same device id
    const again = await start(dataDir);
    expect(again.window.options).toMatchObject({ x: 2000, y: 60, width: 1500, height: 900 });
    expect((again.update as { value: { deviceId: string } }).value.deviceId).toBe(viaConf.deviceId);
  }, 60_000);

  it('ships a preload that requires nothing but electron (all a sandboxed preload may load)', () => {
    const preload = readFileSync(join(work, 'dist-electron', 'preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toStrictEqual(['electron']);
  });

  it('takes the profile from KANSLI_DATA when there is no --data', async () => {
    const dir = join(work, 'från-miljön');
    const { stdout } = await run(process.execPath, ['--import', join(fixtures, 'electron-hooks.mjs'), join(fixtures, 'drive-main.cjs'), mainCjs], {
      cwd: work,
      env: { ...process.env, FAKE_APPDATA: join(work, 'appdata'), KANSLI_DATA: dir },
      timeout: 20_000,
    });
    const r = JSON.parse(stdout.split('\n').find((l) => l.startsWith('REPORT '))!.slice(7)) as Report;
    expect(r.userData).toBe(dir);
  }, 30_000);

  it('leaves at once, without a window, when the profile is already open', async () => {
    const r = await start(join(work, 'profil b'), { FAKE_ELECTRON_LOCK: '0' });
    expect(r.quit).toBe(1);
    expect(r.windows).toBe(0);
    expect(r.ipc).toStrictEqual([]);
  }, 30_000);
});
