// The renderer's only way to the Node side: window.kansli (Electron's preload) when present,
// otherwise the browser host over HTTP. Screens call `send`, never either transport directly.
import type { Channel, Envelope, Input, KansliApi, KansliError, Output } from '../../../electron/api';
import { FRAME_TYPE, fromFrame, fromWire, toFrame } from '../../../electron/wire';

declare global {
  interface Window {
    kansli?: KansliApi;
  }
}

export class BridgeError extends Error {
  constructor(readonly error: KansliError) {
    super(error.message);
  }
}

const TOKEN_KEY = 'kansli.token';

/** The host puts a per-start token in the URL fragment; keep it for this tab and clean the URL. */
export function captureToken(): void {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!m) return;
  sessionStorage.setItem(TOKEN_KEY, m[1]!);
  history.replaceState(null, '', window.location.pathname + window.location.search + '#/');
}

export function shell(): 'electron' | 'browser' {
  return window.kansli ? 'electron' : 'browser';
}

async function overHttp(channel: Channel, input: unknown): Promise<Envelope<unknown>> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) {
    return { ok: false, error: { code: 'forbidden', message: 'Den här fliken saknar åtkomstnyckel. Öppna Kansli via länken som skrevs ut när det startade.' } };
  }
  let res: Response;
  try {
    res = await fetch('./api/invoke', {
      method: 'POST',
      // Binary, so a sync file's megabytes travel as they are, not as base64 text. In a Blob:
      // Chromium spends about 40 ms of the page's main thread per MB handing over a typed-array
      // body, and next to nothing for a Blob (a 250 kB call 68-115 ms against 18-35 ms in all).
      headers: { 'Content-Type': FRAME_TYPE, Authorization: `Bearer ${token}` },
      body: new Blob([toFrame({ channel, payload: input })]),
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: 'Kontakten med Kansli bröts. Kör programmet fortfarande?' } };
  }
  try {
    // Refusals made before the call is read (no token, too large) come back as JSON.
    if ((res.headers.get('Content-Type') ?? '').startsWith(FRAME_TYPE)) return fromFrame(new Uint8Array(await res.arrayBuffer())) as Envelope<unknown>;
    return fromWire(await res.text()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `Oväntat svar (${res.status})` } };
  }
}

export async function send<K extends Channel>(channel: K, input: Input<K>): Promise<Output<K>> {
  const envelope = window.kansli ? await window.kansli.invoke(channel, input) : await overHttp(channel, input);
  if (!envelope.ok) throw new BridgeError(envelope.error);
  return envelope.value as Output<K>;
}
