// The window opens where the user left it: size, position and maximized state come from the
// settings, are kept on a display that is still connected, and are saved (debounced) as the
// window moves, and once more when it closes.
import type { BrowserWindow } from 'electron';
import type { z } from 'zod';
import type { windowState } from '../api';

export type WindowState = z.output<typeof windowState>;
export type Rect = { x: number; y: number; width: number; height: number };
export type Placement = { x?: number; y?: number; width: number; height: number; maximized: boolean };

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
/** The smallest window the layout works in; also above the settings schema's own minimum. */
export const MIN_SIZE = { width: 720, height: 520 } as const;
const TITLE_BAR = 40;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clampSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: Math.round(Math.max(Math.min(MIN_SIZE.width, area.width), Math.min(width, area.width))),
    height: Math.round(Math.max(Math.min(MIN_SIZE.height, area.height), Math.min(height, area.height))),
  };
}

/**
 * Where to open the window. The saved position is kept only if enough of its title bar is on a
 * connected display's work area to grab it with the mouse; otherwise the window is centred on the
 * primary display. Its size never exceeds the display it opens on.
 */
export function placeWindow(saved: WindowState | undefined, workAreas: readonly Rect[], primary: Rect): Placement {
  const width = saved?.width ?? DEFAULT_SIZE.width;
  const height = saved?.height ?? DEFAULT_SIZE.height;
  const maximized = saved?.maximized ?? false;
  if (saved?.x !== undefined && saved.y !== undefined) {
    const titleBar = { x: saved.x, y: saved.y, width, height: TITLE_BAR };
    const home = workAreas.find((area) => {
      const o = overlap(titleBar, area);
      return o.width >= Math.min(160, width) && o.height >= TITLE_BAR / 2;
    });
    if (home) return { x: saved.x, y: saved.y, ...clampSize(width, height, home), maximized };
  }
  return { ...clampSize(width, height, primary), maximized };
}

type Timer = ReturnType<typeof setTimeout>;

export type Debounced = { (): void; flush(): void; cancel(): void };

/** Runs fn once, delayMs after the last call; flush() runs a pending call now. */
export function debounce(fn: () => void, delayMs: number): Debounced {
  let timer: Timer | undefined;
  const run = (): void => {
    timer = undefined;
    fn();
  };
  const debounced = (() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, delayMs);
  }) as Debounced;
  debounced.flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    run();
  };
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}

/** The state worth saving, or undefined while minimized (its bounds say nothing useful then). */
export function captureState(win: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized' | 'isMinimized'>): WindowState | undefined {
  if (win.isMinimized()) return undefined;
  const b = win.getNormalBounds();
  return {
    x: Math.round(b.x),
    y: Math.round(b.y),
    width: Math.max(MIN_SIZE.width, Math.round(b.width)),
    height: Math.max(MIN_SIZE.height, Math.round(b.height)),
    maximized: win.isMaximized(),
  };
}

/** Saves the window's state delayMs after it stops moving, and at once when it closes. */
export function trackWindowState(win: BrowserWindow, save: (state: WindowState) => void, delayMs = 500): Debounced {
  const persist = (): void => {
    if (win.isDestroyed()) return;
    const state = captureState(win);
    if (!state) return;
    try {
      save(state);
    } catch {
      // A read-only or full disk must not keep the window from closing.
    }
  };
  const later = debounce(persist, delayMs);
  win.on('move', later);
  win.on('resize', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', () => {
    later.cancel();
    persist();
  });
  return later;
}
