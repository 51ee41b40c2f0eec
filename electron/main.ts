// Electron's main process: the app's lifecycle, its one window, the menu, and the wiring of the
// security policy (security.ts, shell/guards.ts) and the contract (ipc.ts). Everything with a rule
// in it lives in those modules and is tested there; this file only puts them together.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../package.json';
import { bindIpc, trustedSenderFor } from './ipc';
import { APP_ENTRY_URL, APP_SCHEME, webPreferences } from './security';
import { createHandlers } from './services/handlers';
import { SETTINGS_FILE, SettingsService, type KeyValueStore } from './services/settings';
import { dataDirFromArgs } from './services/profile';
import { hardenWebContents, openSafeExternal, restrictPermissions } from './shell/guards';
import { menuTemplate } from './shell/menu';
import { createAppProtocolHandler } from './shell/protocol';
import { createQuitSync, QUIT_SYNC_DONE, QUIT_SYNC_REQUEST } from './shell/quitSync';
import { MIN_SIZE, placeWindow, trackWindowState } from './shell/window-state';

const APP_NAME = 'Kansli';
// main.cjs and preload.cjs sit in dist-electron/, the renderer in dist/renderer/, both in the
// project folder during development and inside app.asar when packaged.
const RENDERER_DIR = join(__dirname, '..', 'dist', 'renderer');
const PRELOAD = join(__dirname, 'preload.cjs');
// DevTools exist only in an unpackaged build started with KANSLI_DEVTOOLS=1, and are never opened
// automatically.
const devTools = !app.isPackaged && process.env.KANSLI_DEVTOOLS === '1';

// Must precede 'ready': a standard, secure scheme gets a real origin (app://kansli) with its own
// IndexedDB, which is where all of the association's data lives.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// The profile: `--data DIR`, else KANSLI_DATA, else the usual per-user folder named after the app
// (what a packaged Kansli's userData is anyway; set explicitly so a development start that runs
// dist-electron/main.cjs directly, where Electron would call itself "Electron", uses it too).
// Chromium keeps IndexedDB and the single-instance lock under userData, so each profile has its own
// database and two profiles can run side by side.
app.setName(APP_NAME);
const dataDir = dataDirFromArgs(process.argv.slice(1), process.env, process.cwd()) ?? join(app.getPath('appData'), APP_NAME);
mkdirSync(dataDir, { recursive: true });
app.setPath('userData', dataDir);
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId('se.kansli.app');

let mainWindow: BrowserWindow | null = null;

const quitSync = createQuitSync({
  hasWindow: () => !!mainWindow && !mainWindow.isDestroyed(),
  ask: (id) => mainWindow?.webContents.send(QUIT_SYNC_REQUEST, id),
  quit: () => app.quit(),
});
const openExternal = (url: string): Promise<void> => shell.openExternal(url);

async function openSettings(dir: string): Promise<SettingsService> {
  // A dynamic import: electron-store is ESM-only. Bundled, esbuild inlines it either way; left
  // external, a static default import would turn into require() and yield the module namespace
  // rather than the class, while import() stays a real ESM import. The file is
  // <dir>/settings.json, the same as openConfStore's, so a profile opens in both shells.
  const { default: Store } = await import('electron-store');
  const store: KeyValueStore = new Store<Record<string, unknown>>({ cwd: dir, name: SETTINGS_FILE });
  return new SettingsService(store);
}

function createWindow(settings: SettingsService): BrowserWindow {
  const primary = screen.getPrimaryDisplay().workArea;
  const areas = screen.getAllDisplays().map((d) => d.workArea);
  const placement = placeWindow(settings.get().window, areas, primary);
  const win = new BrowserWindow({
    x: placement.x,
    y: placement.y,
    width: placement.width,
    height: placement.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: APP_NAME,
    show: false,
    webPreferences: webPreferences(PRELOAD, { devTools }),
  });
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    win.show();
  });
  trackWindowState(win, (state) => settings.setWindow(state));
  // Closing the window quits Kansli, so it is the usual moment for the sync "vid avslut".
  win.on('close', (event) => quitSync.beforeQuit(event));
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  win.loadURL(APP_ENTRY_URL).catch(() => {
    if (win.isDestroyed()) return;
    dialog.showErrorBox(`${APP_NAME} kunde inte visa sitt fönster`, 'Programmets filer saknas eller är skadade. Installera om Kansli.');
    app.exit(1);
  });
  return win;
}

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function useSwedishSpellChecking(): void {
  const wanted = ['sv-SE', 'sv', 'en-US'].filter((l) => session.defaultSession.availableSpellCheckerLanguages.includes(l));
  try {
    if (wanted.length > 0) session.defaultSession.setSpellCheckerLanguages(wanted);
  } catch {
    // macOS uses the system's spell checker and its own languages.
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  const settings = await openSettings(dataDir);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR));
  restrictPermissions(session.defaultSession);
  useSwedishSpellChecking();
  const handlers = createHandlers(settings, {
    info: { name: APP_NAME, version, shell: 'electron', platform: process.platform },
    openExternal: async (url) => openSafeExternal(url, openExternal),
  });
  bindIpc(ipcMain, handlers, trustedSenderFor(() => mainWindow));
  ipcMain.on(QUIT_SYNC_DONE, (event, id: unknown) => {
    if (event.sender === mainWindow?.webContents) quitSync.done(id);
  });
  app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: version });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ appName: APP_NAME, isMac: process.platform === 'darwin', devTools })));
  createWindow(settings);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(settings);
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Kansli already has this profile open: it gets focus (via 'second-instance'), we leave.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('before-quit', (event) => quitSync.beforeQuit(event));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((err: unknown) => {
    // Only the error's own text: settings errors name the file, never member data.
    const detail = err instanceof Error ? err.message : String(err);
    dialog.showErrorBox(`${APP_NAME} kunde inte starta`, detail);
    app.exit(1);
  });
}
