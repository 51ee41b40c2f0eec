import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';
import { createAppProtocolHandler, mimeType } from '../../../electron/shell/protocol';

let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'kansli-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Kansli</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'DejaVuSans.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  // A secret next to the renderer, as the profile folder or the source tree would be.
  writeFileSync(join(base, 'secret.txt'), 'personnummer');
  handler = createAppProtocolHandler(root);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET'): Promise<Response> => handler(new Request(url, { method }));

describe('the app:// protocol handler', () => {
  it('serves index.html for the start URL, with the CSP and nosniff', async () => {
    const res = await get('app://kansli/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Kansli</title>');
  });

  it('gives scripts, styles and fonts their MIME types (module scripts fail without them)', async () => {
    expect((await get('app://kansli/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://kansli/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const font = await get('app://kansli/assets/DejaVuSans.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toStrictEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
    expect(mimeType('x.SVG')).toBe('image/svg+xml');
    expect(mimeType('x.unknown')).toBe('application/octet-stream');
  });

  it('answers missing files, traversal and other hosts with 404, still under the CSP', async () => {
    for (const url of ['app://kansli/nope.js', 'app://kansli/%2e%2e/secret.txt', 'app://kansli/assets/..%2f..%2fsecret.txt', 'app://other/index.html']) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(await res.text(), url).not.toContain('personnummer');
    }
  });

  it('serves nothing but GET and HEAD', async () => {
    const post = await get('app://kansli/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const head = await get('app://kansli/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
