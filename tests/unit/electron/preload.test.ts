import { afterEach, describe, expect, it, vi } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const exposed = vi.hoisted(() => ({ calls: [] as [string, unknown][], invoke: [] as unknown[][] }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.calls.push([key, api]) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      exposed.invoke.push(args);
      return Promise.resolve({ ok: true, value: 'svar' });
    },
    // Only the quit-sync answer is sent; registering its listener is all the page can make it do.
    send: (channel: string) => { if (channel !== 'kansli:quit-sync-done') throw new Error(`preload must not send on ${channel}`); },
    on: () => undefined,
    removeAllListeners: () => undefined,
  },
}));

afterEach(() => {
  exposed.invoke.length = 0;
});

describe('preload', () => {
  it('exposes exactly window.kansli.invoke and onQuitSync, frozen', async () => {
    await import('../../../electron/preload');
    expect(exposed.calls).toHaveLength(1);
    const [key, api] = exposed.calls[0]!;
    expect(key).toBe('kansli');
    expect(Object.keys(api as object)).toStrictEqual(['invoke', 'onQuitSync']);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards a call over the single channel and hands back the envelope', async () => {
    await import('../../../electron/preload');
    const api = exposed.calls[0]![1] as { invoke: (c: string, i: unknown) => Promise<unknown> };
    await expect(api.invoke('settings:update', { userName: 'Anna' })).resolves.toStrictEqual({ ok: true, value: 'svar' });
    expect(exposed.invoke).toStrictEqual([['kansli:invoke', 'settings:update', { userName: 'Anna' }]]);
  });

  it('bundles to a script that requires nothing but electron (the sandbox allows no more)', async () => {
    const entry = fileURLToPath(new URL('../../../electron/preload.ts', import.meta.url));
    const out = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'], write: false, logLevel: 'silent' });
    const code = out.outputFiles[0]!.text;
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toStrictEqual(['electron']);
    // zod and the contract's runtime stay out of the page's process.
    expect(code).not.toMatch(/ZodError|safeParse/);
    expect(code.length).toBeLessThan(4000);
  });
});
