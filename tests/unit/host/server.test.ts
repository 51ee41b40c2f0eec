import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Handlers, LocalSettings } from '../../../electron/api';
import { PortInUseError, startHost, type RunningHost } from '../../../electron/host/server';
import { FRAME_TYPE, fromFrame, fromWire, toFrame, toWire } from '../../../electron/wire';
import { createSyncHandlers } from '../../../electron/services/sync';

const settings: LocalSettings = { deviceId: '5f0c6a1e-2b6e-4d1c-9a37-0c1f4b9d2e11', userName: '', boardRole: '', language: 'sv', theme: 'system' };
const handlers: Handlers = {
  'app:info': () => ({ name: 'Kansli', version: 't', shell: 'browser', platform: 'linux' }),
  'settings:get': () => settings,
  'settings:update': (patch) => ({ ...settings, ...patch }),
  'shell:openExternal': async () => false,
  'pdf:render': async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]),
  ...createSyncHandlers(),
};

let host: RunningHost;
let root: string;

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string; raw: Buffer };

function call(opts: { path?: string; method?: string; headers?: Record<string, string>; body?: string | Uint8Array }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path: opts.path ?? '/api/invoke', method: opts.method ?? 'POST', headers: { Host: `127.0.0.1:${host.port}`, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw.toString('utf8'), raw });
        });
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (channel: unknown, payload?: unknown, extra: Record<string, string> = {}) =>
  call({ headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...extra }, body: toWire({ channel, payload }) });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kansli-host-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Kansli</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'kansli-secret.txt'), 'secret');
  host = await startHost({ rendererDir: root, handlers, port: 0 });
});
afterAll(() => host.close());

describe('browser host', () => {
  it('listens on loopback only and puts the token in the URL fragment', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('serves the app with a strict CSP', async () => {
    const res = await call({ path: '/', method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Kansli</title>');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(res.headers['content-security-policy'])).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a valid call', async () => {
    const res = await api('settings:get');
    expect(res.status).toBe(200);
    expect(fromWire(res.body)).toEqual({ ok: true, value: settings });
  });

  it('carries bytes across as bytes', async () => {
    const res = await api('pdf:render', { kind: 'minutes', org: { name: 'F' }, data: {} });
    const env = fromWire(res.body) as { ok: boolean; value: Uint8Array };
    expect(env.value).toBeInstanceOf(Uint8Array);
    expect(Array.from(env.value)).toEqual([0x25, 0x50, 0x44, 0x46]);
  });

  it('answers a binary frame with a frame: the sync file\'s bytes as they are, not base64', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kansli-frame-'));
    const file = new Uint8Array(300_000).map((_, i) => (i * 7) & 0xff);
    const framed = (channel: string, payload: unknown) =>
      call({ headers: { 'Content-Type': FRAME_TYPE, Authorization: `Bearer ${host.token}` }, body: toFrame({ channel, payload }) });
    const written = await framed('sync:write', { path: join(dir, 'f.kansli'), bytes: file, expectedBaseHash: null });
    expect(written.headers['content-type']).toBe(FRAME_TYPE);
    expect(fromFrame(new Uint8Array(written.raw))).toMatchObject({ ok: true, value: { status: 'written' } });
    const read = await framed('sync:read', { path: join(dir, 'f.kansli') });
    expect(read.raw.length).toBeLessThan(file.length + 1000);
    const env = fromFrame(new Uint8Array(read.raw)) as { ok: true; value: { main: { bytes: Uint8Array } } };
    expect(env.value.main.bytes).toEqual(file);
    const bad = await call({ headers: { 'Content-Type': FRAME_TYPE, Authorization: `Bearer ${host.token}` }, body: new Uint8Array([200, 0, 0, 0, 1]) });
    expect(bad.status).toBe(400);
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    const none = await call({ headers: { 'Content-Type': 'application/json' }, body: toWire({ channel: 'settings:get' }) });
    expect(none.status).toBe(401);
    expect(fromWire(none.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const wrong = await api('settings:get', undefined, { Authorization: 'Bearer ' + 'x'.repeat(host.token.length) });
    expect(wrong.status).toBe(401);
  });

  it('refuses a request whose Host header is not this server (DNS rebinding)', async () => {
    const res = await api('settings:get', undefined, { Host: `evil.example:${host.port}` });
    expect(res.status).toBe(421);
  });

  it('refuses a call from another origin even with the token', async () => {
    const res = await api('settings:get', undefined, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('refuses a non-JSON body (a cross-site form post)', async () => {
    const res = await call({ headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${host.token}` }, body: '{}' });
    expect(res.status).toBe(415);
  });

  it('answers a malformed payload with a typed error and keeps running', async () => {
    const bad = await api('settings:update', { language: 'klingon' });
    expect(bad.status).toBe(400);
    const env = fromWire(bad.body) as { ok: false; error: { code: string; issues: string[] } };
    expect(env.error.code).toBe('invalid-payload');
    expect(env.error.issues.join()).toContain('language');
    const unknown = await api('fs:readFile', '/etc/passwd');
    expect(unknown.status).toBe(404);
    const garbage = await call({ headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` }, body: '{not json' });
    expect(garbage.status).toBe(400);
    expect((await api('settings:get')).status).toBe(200);
  });

  it('refuses an oversized call', async () => {
    const res = await api('settings:update', { userName: 'x'.repeat(33 * 1024 * 1024) });
    expect(res.status).toBe(413);
  });

  it('does not serve files outside the app folder', async () => {
    for (const path of ['/../kansli-secret.txt', '/%2e%2e/kansli-secret.txt', '/assets/..%2f..%2fkansli-secret.txt']) {
      const res = await call({ path, method: 'GET' });
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('secret');
    }
  });

  it('says clearly when the profile\'s port is taken', async () => {
    await expect(startHost({ rendererDir: root, handlers, port: host.port })).rejects.toBeInstanceOf(PortInUseError);
    await expect(startHost({ rendererDir: root, handlers, port: host.port })).rejects.toThrow(/används redan/);
  });
});
