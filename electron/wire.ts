// JSON over HTTP cannot carry bytes; the browser host and its client encode Uint8Array as
// { $bytes: base64 }. Imported by both sides, so it uses no Node module: each side's fastest
// built-in is found at run time (Node's Buffer; Chromium's Uint8Array.toBase64/fromBase64), with
// atob/btoa as the fallback. The fallback took seconds for a 16 MB sync file; the built-ins take
// milliseconds.
const CHUNK = 0x8000;

type NodeBuf = { from(data: ArrayBufferLike | string, offsetOrEncoding?: number | string, length?: number): Uint8Array & { toString(encoding: string): string } };
type Base64Native = { fromBase64?(s: string): Uint8Array };
type Base64Bytes = Uint8Array & { toBase64?(): string };

const NodeBuffer = (globalThis as { Buffer?: NodeBuf }).Buffer;
const fromBase64 = (Uint8Array as unknown as Base64Native).fromBase64;

export function bytesToBase64(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const native = (bytes as Base64Bytes).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(b64: string): Uint8Array {
  if (NodeBuffer) {
    const b = NodeBuffer.from(b64, 'base64');
    // A small Buffer is a view into Node's shared pool; callers may hand `.buffer` on, so copy it out.
    return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? new Uint8Array(b.buffer) : new Uint8Array(b);
  }
  if (fromBase64) return fromBase64(b64);
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function toWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { $bytes: bytesToBase64(v) } : v));
}

export function fromWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const b = (v as { $bytes?: unknown }).$bytes;
      if (keys.length === 1 && typeof b === 'string') return base64ToBytes(b);
    }
    return v;
  });
}
