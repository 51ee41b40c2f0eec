import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KansliServiceError, type Envelope, type Handlers } from '../../../electron/api';
import { createSyncHandlers } from '../../../electron/services/sync';
import { bindIpc, INVOKE_CHANNEL, trustedSenderFor, type InvokeEvent, type InvokeListener, type WindowLike } from '../../../electron/ipc';

const settings = { deviceId: '0b7c1a2e-52a4-4d3c-9f5e-3c1f6f4f2d11', userName: 'Karin Kassör', boardRole: 'kassör', language: 'sv', theme: 'system' } as const;

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app:info': () => ({ name: 'Kansli', version: '0.1.0', shell: 'electron', platform: 'linux' }),
    'settings:get': () => settings,
    'settings:update': (patch) => ({ ...settings, ...patch }),
    'shell:openExternal': () => true,
    'pdf:render': () => new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    ...createSyncHandlers(),
    ...overrides,
  } as Handlers;
}

function bound(h: Handlers = handlers()) {
  const mainFrame: { url: string; parent: null; processId?: number; frameToken?: string } = { url: 'app://kansli/', parent: null };
  const webContents = { mainFrame };
  const win: WindowLike & { destroyed: boolean } = { destroyed: false, isDestroyed: () => win.destroyed, webContents };
  const registered = new Map<string, InvokeListener>();
  bindIpc({ handle: (channel, fn) => registered.set(channel, fn) }, h, trustedSenderFor(() => win));
  expect([...registered.keys()]).toStrictEqual([INVOKE_CHANNEL]);
  const listener = registered.get(INVOKE_CHANNEL)!;
  const ours: InvokeEvent = { sender: webContents, senderFrame: mainFrame };
  return { listener, win, mainFrame, webContents, ours };
}

const forbidden = expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'forbidden' }) });

describe('bindIpc', () => {
  it('answers the app’s own window through one channel', async () => {
    const { listener, ours } = bound();
    expect(INVOKE_CHANNEL).toBe('kansli:invoke');
    expect(await listener(ours, 'app:info', undefined)).toStrictEqual({ ok: true, value: { name: 'Kansli', version: '0.1.0', shell: 'electron', platform: 'linux' } });
    expect(await listener(ours, 'settings:update', { userName: 'Per' })).toMatchObject({ ok: true, value: { userName: 'Per' } });
  });

  it('refuses another window, an iframe, a page that navigated away and a window that is gone', async () => {
    const { listener, mainFrame, webContents, win } = bound();
    const otherWindow = { mainFrame: { url: 'app://kansli/', parent: null } };
    expect(await listener({ sender: otherWindow, senderFrame: otherWindow.mainFrame }, 'settings:get', undefined)).toEqual(forbidden);
    const iframe = { url: 'app://kansli/', parent: mainFrame };
    expect(await listener({ sender: webContents, senderFrame: iframe }, 'settings:get', undefined)).toEqual(forbidden);
    expect(await listener({ sender: webContents, senderFrame: null }, 'settings:get', undefined)).toEqual(forbidden);
    mainFrame.url = 'https://evil.example/';
    expect(await listener({ sender: webContents, senderFrame: mainFrame }, 'settings:get', undefined)).toEqual(forbidden);
    mainFrame.url = 'app://kansli/';
    win.destroyed = true;
    expect(await listener({ sender: webContents, senderFrame: mainFrame }, 'settings:get', undefined)).toEqual(forbidden);
  });

  it('recognises its main frame by token when Electron hands out a new wrapper for it', async () => {
    const { listener, mainFrame, webContents } = bound();
    Object.assign(mainFrame, { processId: 4, frameToken: 'f1e2' });
    const same = { url: 'app://kansli/', parent: null, processId: 4, frameToken: 'f1e2' };
    expect(await listener({ sender: webContents, senderFrame: same }, 'app:info', undefined)).toMatchObject({ ok: true });
    const other = { url: 'app://kansli/', parent: null, processId: 4, frameToken: 'a0b1' };
    expect(await listener({ sender: webContents, senderFrame: other }, 'app:info', undefined)).toEqual(forbidden);
    const noToken = { url: 'app://kansli/', parent: null };
    expect(await listener({ sender: webContents, senderFrame: noToken }, 'app:info', undefined)).toEqual(forbidden);
  });

  it('refuses a foreign sender before looking at the payload, and never runs the handler', async () => {
    let ran = false;
    const { listener } = bound(handlers({ 'settings:update': () => { ran = true; return settings; } }));
    const stranger = { url: 'file:///tmp/x.html', parent: null };
    const res = await listener({ sender: {}, senderFrame: stranger }, 'settings:update', { userName: 'x' });
    expect(res).toEqual(forbidden);
    expect(ran).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/avvisades/);
  });

  it('treats a sender check that throws (a destroyed frame) as forbidden', async () => {
    const registered = new Map<string, InvokeListener>();
    bindIpc({ handle: (c, fn) => registered.set(c, fn) }, handlers(), () => {
      throw new Error('Render frame was disposed before WebFrameMain could be accessed');
    });
    expect(await registered.get(INVOKE_CHANNEL)!({ sender: {}, senderFrame: null }, 'app:info', undefined)).toEqual(forbidden);
  });

  it('refuses malformed payloads and unknown channels with typed errors', async () => {
    const { listener, ours } = bound();
    const bad = await listener(ours, 'settings:update', { deviceId: 'stolen' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await listener(ours, 'shell:openExternal', 'file:///etc/passwd')).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await listener(ours, 'fs:readFile', '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await listener(ours, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('turns a failing service into a typed error without its message', async () => {
    const { listener, ours } = bound(
      handlers({
        'settings:get': () => { throw new Error('ENOENT: /home/karin/personnummer.csv'); },
        'pdf:render': () => { throw new KansliServiceError('not-found', 'Logotypen kunde inte läsas'); },
      }),
    );
    const res = await listener(ours, 'settings:get', undefined);
    expect(res).toStrictEqual({ ok: false, error: { code: 'internal', message: 'Ett internt fel inträffade' } });
    expect(await listener(ours, 'pdf:render', { kind: 'minutes', org: { name: 'Föreningen' }, data: {} })).toStrictEqual({
      ok: false,
      error: { code: 'not-found', message: 'Logotypen kunde inte läsas' },
    });
  });

  it('never throws, whatever a sender passes', async () => {
    const { listener, ours } = bound();
    const channel = fc.oneof(fc.constantFrom('app:info', 'settings:get', 'settings:update', 'shell:openExternal', 'pdf:render', 'constructor'), fc.anything({ withNullPrototype: true }));
    await fc.assert(
      fc.asyncProperty(fc.boolean(), channel, fc.anything({ withNullPrototype: true, withTypedArray: true }), async (trusted, ch, payload) => {
        const event: InvokeEvent = trusted ? ours : { sender: null, senderFrame: { url: 'https://evil.example/', parent: null } };
        const res: Envelope<unknown> = await listener(event, ch, payload);
        expect(typeof res.ok).toBe('boolean');
        if (!trusted) expect(res).toEqual(forbidden);
      }),
      { numRuns: 300 },
    );
  });
});
