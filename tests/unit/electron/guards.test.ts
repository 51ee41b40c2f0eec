import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { guardNavigation, hardenWebContents, openSafeExternal, restrictPermissions, windowOpenHandler } from '../../../electron/shell/guards';

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((d: { url: string }) => unknown) | undefined;
  const contents = {
    on(event: string, fn: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
      return contents;
    },
    setWindowOpenHandler(fn: (d: { url: string }) => unknown) {
      openHandler = fn;
    },
  };
  const emit = (event: string, ...args: unknown[]) => {
    const fns = listeners.get(event) ?? [];
    expect(fns.length, `${event} has a listener`).toBeGreaterThan(0);
    for (const fn of fns) fn(...args);
  };
  return { contents: contents as unknown as WebContents, emit, open: (url: string) => openHandler?.({ url }) };
}

const preventable = (url?: string) => ({ url, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } });

describe('web contents guards', () => {
  it('keeps the window on app://kansli and opens a clicked web link in the browser instead', () => {
    const open = vi.fn(() => Promise.resolve());
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, open);

    const inside = preventable();
    emit('will-navigate', inside, 'app://kansli/index.html');
    expect(inside.defaultPrevented).toBe(false);

    const web = preventable();
    emit('will-navigate', web, 'https://www.riksdagen.se/');
    expect(web.defaultPrevented).toBe(true);
    expect(open).toHaveBeenCalledWith('https://www.riksdagen.se/');

    const file = preventable();
    emit('will-navigate', file, 'file:///etc/passwd');
    expect(file.defaultPrevented).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);

    const redirect = preventable();
    emit('will-redirect', redirect, 'http://evil.example/');
    expect(redirect.defaultPrevented).toBe(true);

    const frame = { ...preventable('https://evil.example/'), isMainFrame: false };
    emit('will-frame-navigate', frame);
    expect(frame.defaultPrevented).toBe(true);
    const appFrame = { ...preventable('app://kansli/index.html'), isMainFrame: false };
    emit('will-frame-navigate', appFrame);
    expect(appFrame.defaultPrevented).toBe(false);
    // the main frame is will-navigate's: it must get there to open the link outside
    const main = { ...preventable('https://www.riksdagen.se/'), isMainFrame: true };
    emit('will-frame-navigate', main);
    expect(main.defaultPrevented).toBe(false);
  });

  it('never opens a new window; safe links go to the browser, others nowhere', () => {
    const open = vi.fn(() => Promise.resolve());
    const { contents, open: windowOpen } = fakeContents();
    hardenWebContents(contents, open);
    expect(windowOpen('https://example.se/')).toStrictEqual({ action: 'deny' });
    expect(windowOpen('app://kansli/index.html')).toStrictEqual({ action: 'deny' });
    expect(windowOpen('file:///C:/Windows/System32/cmd.exe')).toStrictEqual({ action: 'deny' });
    expect(open.mock.calls).toStrictEqual([['https://example.se/']]);
  });

  it('refuses to attach any <webview>', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, vi.fn(() => Promise.resolve()));
    const event = preventable();
    emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('swallows a failing openExternal (no program for the link) and reports what it did', async () => {
    const open = vi.fn(() => Promise.reject(new Error('no handler')));
    expect(openSafeExternal('mailto:ordforande@example.se', open)).toBe(true);
    expect(openSafeExternal('javascript:alert(1)', open)).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    const event = preventable();
    guardNavigation(event, 'ms-msdt:/id PCWDiagnostic', open);
    expect(event.defaultPrevented).toBe(true);
    expect(windowOpenHandler(open)({ url: 'search-ms:query=x' })).toStrictEqual({ action: 'deny' });
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('session permissions', () => {
  function fakeSession() {
    const s: {
      request?: (wc: unknown, permission: string, cb: (granted: boolean) => void, details: { requestingUrl?: string }) => void;
      check?: (wc: unknown, permission: string, origin: string, details: unknown) => boolean;
      device?: (details: unknown) => boolean;
    } = {};
    const session = {
      setPermissionRequestHandler: (fn: typeof s.request) => (s.request = fn),
      setPermissionCheckHandler: (fn: typeof s.check) => (s.check = fn),
      setDevicePermissionHandler: (fn: typeof s.device) => (s.device = fn),
    };
    restrictPermissions(session as unknown as Session);
    return s;
  }

  const ask = (s: ReturnType<typeof fakeSession>, permission: string, url: string) => {
    let answer: boolean | undefined;
    s.request?.({}, permission, (granted) => (answer = granted), { requestingUrl: url });
    return answer;
  };

  it('denies camera, microphone, location, notifications, devices and the rest', () => {
    const s = fakeSession();
    for (const p of ['media', 'geolocation', 'notifications', 'midiSysex', 'clipboard-read', 'openExternal', 'display-capture', 'hid', 'serial', 'usb']) {
      expect(ask(s, p, 'app://kansli/'), p).toBe(false);
      expect(s.check?.(null, p, 'app://kansli', {}), p).toBe(false);
    }
    expect(s.device?.({ deviceType: 'usb', origin: 'app://kansli' })).toBe(false);
  });

  it('lets the app copy to the clipboard and keep its database, nobody else', () => {
    const s = fakeSession();
    expect(ask(s, 'clipboard-sanitized-write', 'app://kansli/')).toBe(true);
    expect(s.check?.(null, 'persistent-storage', 'app://kansli', {})).toBe(true);
    expect(ask(s, 'clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(s.check?.(null, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
  });
});
