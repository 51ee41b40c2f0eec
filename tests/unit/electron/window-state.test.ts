import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { localSettings } from '../../../electron/api';
import { DEFAULT_SIZE, MIN_SIZE, captureState, debounce, placeWindow, trackWindowState, type WindowState } from '../../../electron/shell/window-state';

// A 1920x1080 laptop screen (taskbar at the bottom) with a 2560x1440 monitor to its right.
const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const monitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('placeWindow', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(undefined, [laptop], laptop)).toStrictEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('restores a saved position and size that are on a connected display', () => {
    const saved = { x: 2100, y: 80, width: 1500, height: 1000, maximized: false };
    expect(placeWindow(saved, [laptop, monitor], laptop)).toStrictEqual(saved);
  });

  it('brings the window back when the monitor it was on is unplugged', () => {
    const saved = { x: 2100, y: 80, width: 2400, height: 1300, maximized: true };
    const placed = placeWindow(saved, [laptop], laptop);
    expect(placed.x).toBeUndefined();
    expect(placed.y).toBeUndefined();
    // and no larger than the screen that is left
    expect(placed).toMatchObject({ width: 1920, height: 1040, maximized: true });
  });

  it('refuses a position where the title bar cannot be grabbed', () => {
    expect(placeWindow({ x: 100, y: -600, width: 1000, height: 700, maximized: false }, [laptop], laptop).x).toBeUndefined();
    expect(placeWindow({ x: 1900, y: 100, width: 1000, height: 700, maximized: false }, [laptop], laptop).x).toBeUndefined();
    expect(placeWindow({ x: 1700, y: 100, width: 1000, height: 700, maximized: false }, [laptop], laptop).x).toBe(1700);
  });

  it('keeps the minimum size even for a hand-edited tiny window, unless the screen is smaller', () => {
    expect(placeWindow({ width: 400, height: 300, maximized: false }, [laptop], laptop)).toMatchObject(MIN_SIZE);
    const tiny = { x: 0, y: 0, width: 640, height: 480 };
    expect(placeWindow(undefined, [tiny], tiny)).toMatchObject({ width: 640, height: 480 });
  });
});

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once after the calls stop, and flush runs a pending call now', () => {
    const fn = vi.fn();
    const d = debounce(fn, 500);
    d();
    vi.advanceTimersByTime(400);
    d();
    vi.advanceTimersByTime(400);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(1);
    d();
    d.flush();
    expect(fn).toHaveBeenCalledTimes(2);
    d.flush();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});

function fakeWindow() {
  const listeners = new Map<string, (() => void)[]>();
  const state = { bounds: { x: 10.4, y: 20, width: 1300, height: 850 }, maximized: false, minimized: false, destroyed: false };
  const win = {
    on(event: string, fn: () => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
      return win;
    },
    getNormalBounds: () => state.bounds,
    isMaximized: () => state.maximized,
    isMinimized: () => state.minimized,
    isDestroyed: () => state.destroyed,
  };
  const emit = (event: string) => (listeners.get(event) ?? []).forEach((fn) => fn());
  return { win: win as unknown as BrowserWindow, state, emit };
}

describe('trackWindowState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after a drag, and at once on close', () => {
    const saved: WindowState[] = [];
    const { win, state, emit } = fakeWindow();
    trackWindowState(win, (s) => saved.push(s), 500);
    for (let i = 0; i < 20; i++) {
      state.bounds = { ...state.bounds, x: 10 + i };
      emit('move');
      vi.advanceTimersByTime(50);
    }
    expect(saved).toHaveLength(0);
    vi.advanceTimersByTime(500);
    expect(saved).toStrictEqual([{ x: 29, y: 20, width: 1300, height: 850, maximized: false }]);

    state.maximized = true;
    emit('maximize');
    emit('close');
    expect(saved).toHaveLength(2);
    expect(saved[1]).toMatchObject({ maximized: true, width: 1300 });
    vi.advanceTimersByTime(1000);
    expect(saved).toHaveLength(2);
  });

  it('saves something the settings schema accepts', () => {
    const { win, state } = fakeWindow();
    state.bounds = { x: -8.6, y: -8, width: 300.2, height: 100, };
    const captured = captureState(win)!;
    const parsed = localSettings.shape.window.safeParse(captured);
    expect(parsed.success).toBe(true);
    expect(captured).toStrictEqual({ x: -9, y: -8, width: MIN_SIZE.width, height: MIN_SIZE.height, maximized: false });
  });

  it('skips a minimized window and survives a failing save', () => {
    const { win, state, emit } = fakeWindow();
    const save = vi.fn(() => { throw new Error('EROFS'); });
    trackWindowState(win, save, 500);
    state.minimized = true;
    emit('close');
    expect(save).not.toHaveBeenCalled();
    state.minimized = false;
    expect(() => emit('close')).not.toThrow();
    expect(save).toHaveBeenCalledTimes(1);
  });
});
