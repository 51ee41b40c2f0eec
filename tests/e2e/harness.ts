// Starts Kansli as a user would (`npm start`'s launcher, forced to the browser host) with a
// fresh profile, and drives Debian's Chromium against it with playwright-core.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const SCREENS = resolve('tests/.tmp/screens');

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('Chromium saknas: installera Debians paket "chromium" (apt-get install -y chromium)');
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export type RunningApp = { url: string; port: number; process: ChildProcess; stop(): Promise<void> };

export function tempDir(prefix: string): string {
  const base = resolve('tests/.tmp');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, prefix));
}

/** `node dist-electron/launch.cjs --browser --no-open --data DIR`, resolved with the printed URL. */
export function startApp(dataDir: string): Promise<RunningApp> {
  const child = spawn(process.execPath, [join(process.env.KANSLI_BUILD_DIR ?? '.', 'dist-electron', 'launch.cjs'), '--browser', '--no-open', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Kansli startade inte:\n${out}`)), 20_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:(\d+)\/#token=[\w-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise({
          url: m[1]!,
          port: Number(m[2]),
          process: child,
          stop: () =>
            new Promise((r) => {
              if (child.exitCode !== null) return r();
              child.once('exit', () => r());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Kansli avslutades (${code}):\n${out}`));
    });
  });
}

/** A browser profile that survives its own restarts, as a user's browser does. */
export async function openBrowser(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 860 },
    locale: 'sv-SE',
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

export function scratch(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** One user's profile: Kansli's data folder and that user's browser profile, started and stopped together. */
export class Profile {
  readonly dataDir = tempDir('data-');
  readonly browserDir = tempDir('browser-');
  app?: RunningApp;
  browser?: BrowserContext;
  page?: Page;

  async start(): Promise<Page> {
    await this.stop();
    this.app = await startApp(this.dataDir);
    this.browser = await openBrowser(this.browserDir);
    this.page = this.browser.pages()[0] ?? (await this.browser.newPage());
    await this.page.goto(this.app.url);
    await this.page.getByRole('heading', { level: 1 }).first().waitFor();
    return this.page;
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.app?.stop();
    this.browser = undefined;
    this.app = undefined;
  }
}

/** Clicks an area in the main navigation and waits for its heading. */
export async function goTo(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: /Huvudmeny|Main menu/ }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Clicks the button named `button`, waits for the download and saves it in `dir` as `name`. */
export async function downloadFrom(page: Page, button: string, dir: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(dir, name);
  await file.saveAs(path);
  return path;
}

/** The text of a PDF file as pdftotext gives it; `layout` keeps columns side by side. */
export function pdfFileText(path: string, opts: { layout?: boolean } = {}): string {
  return execFileSync('pdftotext', [...(opts.layout ? ['-layout'] : []), '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** Every page of a PDF as a 60 dpi PNG among the screenshots, to be looked at. */
export function pdfToPngs(path: string, prefix: string): void {
  mkdirSync(SCREENS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(SCREENS, prefix)]);
}

/** Sets "Ditt namn" in Inställningar: the name this officer's changes carry through a sync. */
export async function setUserName(page: Page, name: string): Promise<void> {
  await goTo(page, 'Inställningar');
  await page.getByLabel('Ditt namn').fill(name);
  const form = page.locator('form', { has: page.getByLabel('Ditt namn') });
  await form.getByRole('button', { name: 'Spara' }).click();
  await form.getByText('Sparat').waitFor();
}
