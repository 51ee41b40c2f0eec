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

// The binary frame: what the browser host and its client send since a sync moves megabytes. JSON
// with every Uint8Array taken out and appended raw, so bytes are neither base64-encoded nor
// revived key by key: [JSON length, 4 bytes little-endian][JSON][bytes]. In the JSON a byte array
// is { $bytes: [offset, length] } into the bytes after it.
export const FRAME_TYPE = 'application/x-kansli-frame';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function toFrame(value: unknown): Uint8Array<ArrayBuffer> {
  const blobs: Uint8Array[] = [];
  let size = 0;
  const json = JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    // The holder's own value: a Node Buffer has reached the replacer as its toJSON() form.
    const raw = key === '' ? v : this[key];
    if (!(raw instanceof Uint8Array)) return v;
    blobs.push(raw);
    const marker = { $bytes: [size, raw.length] };
    size += raw.length;
    return marker;
  });
  const text = encoder.encode(json ?? 'null');
  const out = new Uint8Array(4 + text.length + size);
  new DataView(out.buffer).setUint32(0, text.length, true);
  out.set(text, 4);
  let at = 4 + text.length;
  for (const b of blobs) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/** Throws a RangeError or SyntaxError on a frame that is not one. */
export function fromFrame(frame: Uint8Array): unknown {
  if (frame.length < 4) throw new RangeError('frame too short');
  const textLength = new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(0, true);
  if (textLength > frame.length - 4) throw new RangeError('frame shorter than its JSON');
  const start = 4 + textLength;
  const blobs = frame.length - start;
  const value: unknown = JSON.parse(decoder.decode(frame.subarray(4, start)));
  const revive = (v: unknown): unknown => {
    if (!v || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = revive(v[i]);
      return v;
    }
    const o = v as Record<string, unknown>;
    const ref = o.$bytes;
    if (ref !== undefined && Object.keys(o).length === 1) {
      if (!Array.isArray(ref) || ref.length !== 2 || !ref.every((n) => Number.isSafeInteger(n) && n >= 0) || ref[0] + ref[1] > blobs) {
        throw new RangeError('byte reference outside the frame');
      }
      // A copy: callers may hand `.buffer` on, and must not find the whole frame behind it.
      return frame.slice(start + ref[0], start + ref[0] + ref[1]);
    }
    for (const k of Object.keys(o)) o[k] = revive(o[k]);
    return o;
  };
  return revive(value);
}
