// The shared file, format versions 2 and 3: segmented, so a sync reads, decodes and writes only
// what changed (segments.ts says which record lives where). The two differ only in the layout of
// each segment's body (codec.ts: layout 1 in version 2, the denser layout 2 in version 3); a
// version-2 file is read, and the next full write rewrites it as version 3.
//
//   line 1  header, cleartext JSON: format, version, file id, KDF parameters and wrapped data key,
//           the hash of the version this write was merged from, and per segment its id, length,
//           record count and SHA-256 (of the bytes as stored)
//   line 2  the header's seal: with a passphrase an AES-GCM tag over the header bytes under the data
//           key (base64 of IV and tag), else the header's SHA-256 (damage, not tampering)
//   then    the segments in header order, each its own deflated body (codec.ts); encrypted, each is
//           a fresh 96-bit IV followed by AES-GCM of the body with the format, its version, the file id and
//           segment id as additional data, so a segment cannot be moved to another place or file.
//
// An authenticated header that names every segment's hash means a reader that already holds a
// segment's content (same hash) need not read it again, and a writer can reuse an unchanged
// segment's stored bytes as they are.
import { deflateSync, inflateSync } from 'fflate';
import { decodePayload, encodeRecords, PAYLOAD_LAYOUT, type Devices, type SyncBody } from './codec';
import { fromBase64, sha256Hex, toBase64, unwrapFileKey, FORMAT, type FileKey, type Kdf } from './envelope';
import { SyncFileError } from './errors';
import type { Unlock } from './envelope';
import type { SyncRecord } from './types';

export const SEGMENTED_VERSION = 2;
/** The newest format, the one this build writes; a file with a higher version is refused as "newer". */
export const LATEST_VERSION = 3;
const MAX_HEADER = 4 * 1024 * 1024;

export type SegmentEntry = { id: string; length: number; hash: string; records: number };
export type SegEncryption = { cipher: 'AES-GCM-256'; kdf: Kdf; wrap: 'AES-KW'; wrappedKey: string };
export type SegHeader = {
  format: typeof FORMAT;
  version: 2 | 3;
  content: 'state';
  fileId: string;
  base: string | null;
  writtenAt: string;
  encryption?: SegEncryption;
  /** Total bytes of all segments, so a truncated copy is told apart. */
  size: number;
  segments: SegmentEntry[];
};
/** A segment with where it starts in the file. */
export type PlacedSegment = SegmentEntry & { offset: number };
export type Head = { header: SegHeader; segments: Map<string, PlacedSegment>; end: number; key?: FileKey };

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

function fail(code: 'damaged' | 'truncated', why: string): never {
  throw new SyncFileError(code, why);
}

/** The first line's version, checking format and that it is not from a newer Kansli. */
export function fileVersion(bytes: Uint8Array): number {
  if (bytes.length === 0) fail('truncated', 'empty file');
  const prefix = enc.encode(`{"format":"${FORMAT}"`);
  for (let i = 0; i < Math.min(bytes.length, prefix.length); i++) if (bytes[i] !== prefix[i]) throw new SyncFileError('foreign');
  const nl = bytes.subarray(0, MAX_HEADER).indexOf(0x0a);
  if (nl < 0) fail(bytes.length < MAX_HEADER ? 'truncated' : 'damaged', 'no header end');
  let raw: unknown;
  try {
    raw = JSON.parse(dec.decode(bytes.subarray(0, nl)));
  } catch {
    return fail('damaged', 'header is not JSON');
  }
  const v = (raw as { version?: unknown } | null)?.version;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) fail('damaged', 'version');
  if (v > LATEST_VERSION) throw new SyncFileError('newer');
  return v;
}

const isHex64 = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
const isB64 = (v: unknown) => typeof v === 'string' && v.length > 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(v);

function validHeader(h: Partial<SegHeader>): h is SegHeader {
  const e = h.encryption;
  const encOk = e === undefined || (e.cipher === 'AES-GCM-256' && e.wrap === 'AES-KW' && isB64(e.wrappedKey)
    && !!e.kdf && e.kdf.name === 'PBKDF2' && e.kdf.hash === 'SHA-256' && Number.isSafeInteger(e.kdf.iterations)
    && e.kdf.iterations >= 1000 && e.kdf.iterations <= 10_000_000 && isB64(e.kdf.salt));
  return h.format === FORMAT && (h.version === SEGMENTED_VERSION || h.version === LATEST_VERSION) && h.content === 'state' && typeof h.fileId === 'string'
    && /^[0-9a-f]{32}$/.test(h.fileId) && (h.base === null || isHex64(h.base)) && typeof h.writtenAt === 'string' && encOk
    && Number.isSafeInteger(h.size) && Array.isArray(h.segments)
    && h.segments.every((s) => !!s && typeof s.id === 'string' && Number.isSafeInteger(s.length) && s.length >= 0
      && Number.isSafeInteger(s.records) && s.records >= 0 && isHex64(s.hash));
}

function aad(version: number, fileId: string, segment: string): Uint8Array<ArrayBuffer> {
  return enc.encode(`${FORMAT}/${version}/${fileId}/${segment}`);
}

async function headerTag(key: FileKey, iv: Uint8Array<ArrayBuffer>, headerBytes: Uint8Array): Promise<Uint8Array> {
  const tag = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: headerBytes as Uint8Array<ArrayBuffer>, tagLength: 128 }, key.dataKey, new Uint8Array(0));
  return new Uint8Array(tag);
}

/**
 * The verified header of a segmented (version 2 or 3) file. `bytes` may be only the start of the file (the header
 * and its seal); `fileSize` is the whole file's size, to recognise a truncated one.
 */
export async function openHead(bytes: Uint8Array, fileSize: number, unlock: Unlock = {}): Promise<Head> {
  const nl = bytes.subarray(0, MAX_HEADER).indexOf(0x0a);
  const nl2 = nl < 0 ? -1 : bytes.indexOf(0x0a, nl + 1);
  if (nl < 0 || nl2 < 0) fail('truncated', 'no header seal');
  const headerBytes = bytes.subarray(0, nl);
  let raw: Partial<SegHeader>;
  try {
    raw = JSON.parse(dec.decode(headerBytes)) as Partial<SegHeader>;
  } catch {
    return fail('damaged', 'header is not JSON');
  }
  if (!raw || typeof raw !== 'object' || !validHeader(raw)) fail('damaged', 'header fields');
  const header = raw;
  const seal = dec.decode(bytes.subarray(nl + 1, nl2));
  let key: FileKey | undefined;
  if (!header.encryption) {
    if (seal !== (await sha256Hex(headerBytes))) fail('damaged', 'header digest');
  } else {
    if (unlock.passphrase === undefined || unlock.passphrase === '') throw new SyncFileError('needs-passphrase');
    key = await unwrapFileKey(header.encryption, unlock.passphrase, unlock.cached);
    if (!isB64(seal)) fail('damaged', 'header seal');
    const sealBytes = fromBase64(seal);
    if (sealBytes.length !== 28) fail('damaged', 'header seal');
    const expected = await headerTag(key, sealBytes.slice(0, 12), headerBytes);
    if (!equal(expected, sealBytes.subarray(12))) fail('damaged', 'header authentication failed');
  }
  const end = nl2 + 1;
  const segments = new Map<string, PlacedSegment>();
  let offset = end;
  for (const s of header.segments) {
    if (segments.has(s.id)) fail('damaged', 'duplicate segment');
    segments.set(s.id, { ...s, offset });
    offset += s.length;
  }
  if (offset - end !== header.size) fail('damaged', 'segment sizes');
  if (fileSize < offset) fail('truncated', 'file shorter than its header says');
  if (fileSize > offset) fail('damaged', 'file longer than its header says');
  return { header, segments, end, key };
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i]! ^ b[i]!;
  return d === 0;
}

/** One segment's content, after checking its bytes against the (authenticated) header. */
export async function openSegment(head: Head, segment: PlacedSegment, bytes: Uint8Array): Promise<SyncBody> {
  if (bytes.length !== segment.length || (await sha256Hex(bytes)) !== segment.hash) fail('damaged', 'segment hash');
  let plain: Uint8Array = bytes;
  if (head.header.encryption) {
    if (!head.key) throw new SyncFileError('needs-passphrase');
    try {
      plain = new Uint8Array(await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: bytes.slice(0, 12), additionalData: aad(head.header.version, head.header.fileId, segment.id), tagLength: 128 },
        head.key.dataKey,
        bytes.subarray(12) as Uint8Array<ArrayBuffer>,
      ));
    } catch {
      fail('damaged', 'segment authentication failed');
    }
  }
  let json: Uint8Array;
  try {
    json = await inflate(plain);
  } catch {
    return fail('damaged', 'segment is not deflated');
  }
  return decodePayload(json);
}

/**
 * Raw DEFLATE undone with the platform's zlib (DecompressionStream, in Chromium, Electron and
 * Node 20) where there is one, several times faster than fflate in JavaScript; else with fflate.
 */
async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  if (typeof DecompressionStream === 'undefined') return inflateSync(bytes);
  return through(new DecompressionStream('deflate-raw'), bytes);
}

/**
 * The bytes through a (de)compression stream. Written to the stream directly: a Blob in between
 * cost Chromium a copy into its blob store and a read back out for every segment. Read with the
 * stream's own reader, not through a Response (in Node a fetch Response per segment cost more
 * than the inflating).
 */
async function through(transform: TransformStream<BufferSource, Uint8Array>, bytes: Uint8Array): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Not awaited: the writes complete only as the readable side is read, below.
  void writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Raw DEFLATE, as fflate writes it (codec.ts): with the platform's zlib (CompressionStream, in
 * Chromium, Electron and Node 20) when there is one, several times faster than deflating in
 * JavaScript and off the JavaScript thread; else with fflate.
 */
async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  if (typeof CompressionStream === 'undefined') return deflateSync(bytes, { level: 6 });
  return through(new CompressionStream('deflate-raw'), bytes);
}

export type SealedSegment = SegmentEntry & { bytes: Uint8Array };

/** Encodes, deflates and (with a key) encrypts one segment under a fresh IV, for a file of the latest version. */
export async function sealSegment(fileId: string, id: string, records: readonly SyncRecord[], devices: Devices, key?: FileKey): Promise<SealedSegment> {
  const plain = await deflate(encodeRecords(records, devices, PAYLOAD_LAYOUT));
  let bytes: Uint8Array = plain;
  if (key) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(LATEST_VERSION, fileId, id), tagLength: 128 }, key.dataKey, plain as Uint8Array<ArrayBuffer>));
    bytes = new Uint8Array(12 + ct.length);
    bytes.set(iv, 0);
    bytes.set(ct, 12);
  }
  return { id, length: bytes.length, hash: await sha256Hex(bytes), records: records.length, bytes };
}

/** A piece of the new file: new bytes, or a range of the file it replaces (an unchanged segment). */
export type Part = Uint8Array | { offset: number; length: number };

export type ComposeOptions = { fileId: string; key?: FileKey; base: string | null; writtenAt: string };

/**
 * The new file as parts, in segment id order: a new segment's bytes, or a reused segment's range
 * in the base file (`PlacedSegment`, which must come from a file of the latest version, as the new
 * file is). The first part is the header and its seal.
 */
export async function composeFile(segments: (SealedSegment | PlacedSegment)[], o: ComposeOptions): Promise<Part[]> {
  const sorted = [...segments].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const header: SegHeader = {
    format: FORMAT,
    version: LATEST_VERSION,
    content: 'state',
    fileId: o.fileId,
    base: o.base,
    writtenAt: o.writtenAt,
    size: sorted.reduce((n, s) => n + s.length, 0),
    segments: sorted.map((s) => ({ id: s.id, length: s.length, hash: s.hash, records: s.records })),
  };
  if (o.key) header.encryption = { cipher: 'AES-GCM-256', kdf: o.key.kdf, wrap: 'AES-KW', wrappedKey: o.key.wrappedKey };
  const headerBytes = enc.encode(JSON.stringify(header));
  let seal: string;
  if (o.key) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const tag = await headerTag(o.key, iv, headerBytes);
    const both = new Uint8Array(28);
    both.set(iv, 0);
    both.set(tag, 12);
    seal = toBase64(both);
  } else {
    seal = await sha256Hex(headerBytes);
  }
  const sealBytes = enc.encode(seal);
  const head = new Uint8Array(headerBytes.length + sealBytes.length + 2);
  head.set(headerBytes, 0);
  head[headerBytes.length] = 0x0a;
  head.set(sealBytes, headerBytes.length + 1);
  head[head.length - 1] = 0x0a;
  return [head, ...sorted.map((s): Part => ('bytes' in s ? s.bytes : { offset: s.offset, length: s.length }))];
}

/** The parts joined into one file, taking reused ranges from `base`. */
export function joinParts(parts: readonly Part[], base: Uint8Array | null): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    if (p instanceof Uint8Array) {
      out.set(p, at);
    } else {
      if (!base || p.offset < 0 || p.offset + p.length > base.length) throw new RangeError('a reused range lies outside the base file');
      out.set(base.subarray(p.offset, p.offset + p.length), at);
    }
    at += p.length;
  }
  return out;
}

export function newFileId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
