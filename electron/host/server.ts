// The same API as Electron's IPC, over HTTP on 127.0.0.1, for running Kansli in a browser.
// Defences: loopback only, a random per-start token (sent by the page as a bearer header, never
// a cookie, so other sites cannot ride on it), a Host-header check against DNS rebinding, an
// Origin check, JSON or binary-frame bodies only (neither is a type a cross-site form can send)
// with a size cap, and the same CSP as the Electron shell.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { dispatch, type Envelope, type Handlers } from '../api';
import { FRAME_TYPE, fromFrame, fromWire, toFrame, toWire } from '../wire';
import { CONTENT_SECURITY_POLICY } from '../security';

export const MAX_BODY_BYTES = 32 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export type HostOptions = { rendererDir: string; handlers: Handlers; port: number; token?: string };
export type RunningHost = { server: Server; port: number; token: string; url: string; close(): Promise<void> };

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} på 127.0.0.1 används redan. Kör Kansli redan med den här profilen? ` +
        `Stäng det andra fönstret, eller starta med en annan profil (--data MAPP).`,
    );
  }
}

export function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  const root = resolve(opts.rendererDir);
  let port = opts.port;
  const server = createServer((req, res) => {
    handle(req, res, { root, token, port, handlers: opts.handlers }).catch(() => send(res, 500, 'text/plain', 'Internt fel'));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(err.code === 'EADDRINUSE' ? new PortInUseError(opts.port) : err));
    server.listen(opts.port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : opts.port;
      resolvePromise({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/#token=${token}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

type Ctx = { root: string; token: string; port: number; handlers: Handlers };

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Ctx): Promise<void> {
  securityHeaders(res);
  const allowedHosts = [`127.0.0.1:${ctx.port}`, `localhost:${ctx.port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 421, 'text/plain', 'Fel värdnamn (Host)');
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${ctx.port}`);

  if (url.pathname === '/api/invoke') return handleApi(req, res, ctx);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Metoden stöds inte');
  return serveStatic(url.pathname, res, ctx.root);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, ctx: Ctx): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Använd POST');
  const origin = req.headers.origin;
  const allowedOrigins = [`http://127.0.0.1:${ctx.port}`, `http://localhost:${ctx.port}`];
  if (origin !== undefined && !allowedOrigins.includes(origin)) return sendEnvelope(res, 403, forbidden('Anrop från en annan webbplats nekas'));
  if (!validToken(req.headers.authorization, ctx.token)) return sendEnvelope(res, 401, forbidden('Saknar eller fel åtkomstnyckel; öppna Kansli via länken som skrevs ut vid start'));
  const type = req.headers['content-type'] ?? '';
  const framed = type.startsWith(FRAME_TYPE);
  if (!framed && !type.startsWith('application/json')) return sendEnvelope(res, 415, invalid('Innehållet måste vara JSON'));

  let body: Buffer;
  try {
    body = await readBody(req, MAX_BODY_BYTES);
  } catch {
    return sendEnvelope(res, 413, invalid(`Anropet är för stort (högst ${MAX_BODY_BYTES / 1024 / 1024} MB)`));
  }
  let call: unknown;
  try {
    // As a plain Uint8Array, so the byte arrays taken out of it are copies, not views of the body.
    call = framed ? fromFrame(new Uint8Array(body.buffer, body.byteOffset, body.byteLength)) : fromWire(body.toString('utf8'));
  } catch {
    return sendEnvelope(res, 400, invalid(framed ? 'Ogiltigt anrop' : 'Ogiltig JSON'));
  }
  if (!call || typeof call !== 'object') return sendEnvelope(res, 400, invalid('Anropet saknar kanal'));
  const { channel, payload } = call as { channel?: unknown; payload?: unknown };
  const result = await dispatch(ctx.handlers, channel, payload);
  const status = result.ok ? 200 : result.error.code === 'internal' ? 500 : result.error.code === 'unknown-method' ? 404 : result.error.code === 'forbidden' ? 403 : 400;
  if (framed) return send(res, status, FRAME_TYPE, toFrame(result));
  return sendEnvelope(res, status, result);
}

function validToken(header: string | undefined, token: string): boolean {
  const m = /^Bearer (.+)$/.exec(header ?? '');
  if (!m) return false;
  const given = Buffer.from(m[1]!);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function serveStatic(pathname: string, res: ServerResponse, root: string): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return send(res, 400, 'text/plain', 'Ogiltig sökväg');
  }
  const rel = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const file = resolve(join(root, rel));
  if (file !== root && !file.startsWith(root + sep)) return send(res, 404, 'text/plain', 'Hittades inte');
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const data = await readFile(file);
    res.setHeader('Cache-Control', rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    return send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', data);
  } catch {
    return send(res, 404, 'text/plain', 'Hittades inte');
  }
}

/** Reads the body up to `limit`; past it, drains the rest (so the client gets our answer, not a reset). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => (size > limit ? reject(new Error('too large')) : resolvePromise(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
}

const forbidden = (message: string): Envelope<never> => ({ ok: false, error: { code: 'forbidden', message } });
const invalid = (message: string): Envelope<never> => ({ ok: false, error: { code: 'invalid-payload', message } });

function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  send(res, status, 'application/json; charset=utf-8', toWire(envelope));
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  if (res.headersSent) return;
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.end(body);
}
