// The shared file's envelope: one line of cleartext JSON header, a newline, then the body.
//
// The header names the format and its version (so a foreign or newer file is recognised before
// anything is decoded), the KDF parameters (so they can be raised later), the wrapped data key, the
// IV, the body's size (so a truncated copy is recognised as such) and the hash of the version this
// write was merged from. With a passphrase the body is AES-GCM-256 under a random data key; the
// data key is wrapped (AES-KW) by a key from PBKDF2-SHA-256, so changing the passphrase re-wraps one
// key; the header bytes are the additional data, so a changed header fails authentication. Every
// write has a fresh 96-bit IV. Without a passphrase the header carries the body's SHA-256 instead.
// WebCrypto only (crypto.subtle, in browsers, Electron and Node 20), so this runs in every shell.
import { SyncFileError } from './errors';

export const FORMAT = 'kansli-sync';
export const FORMAT_VERSION = 1;
/** OWASP's Password Storage Cheat Sheet (2023-): 600,000 iterations for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
const MAX_ITERATIONS = 10_000_000;
const MAX_HEADER = 64 * 1024;

export type Kdf = { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
export type Encryption = { cipher: 'AES-GCM-256'; iv: string; kdf: Kdf; wrap: 'AES-KW'; wrappedKey: string };
export type FileHeader = {
  format: typeof FORMAT;
  version: number;
  content: 'state' | 'backup';
  compression: 'deflate' | 'none';
  size: number;
  encryption?: Encryption;
  digest?: string;
  /** SHA-256 (hex) of the file this one was merged from; null for the first write. */
  base: string | null;
  writtenAt: string;
};

/** The data key of an encrypted file and how it is wrapped; kept in memory for the session. */
export type FileKey = { dataKey: CryptoKey; kdf: Kdf; wrappedKey: string; passphrase: string };

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

function random(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(n));
}

async function keyFromPassphrase(passphrase: string, kdf: Kdf): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', enc.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: fromBase64(kdf.salt) },
    material,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function wrap(dataKey: CryptoKey, passphrase: string, iterations: number): Promise<FileKey> {
  const kdf: Kdf = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(random(16)) };
  const kek = await keyFromPassphrase(passphrase, kdf);
  const wrapped = new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, kek, 'AES-KW'));
  return { dataKey, kdf, wrappedKey: toBase64(wrapped), passphrase };
}

/** A new random data key for a new encrypted file. */
export async function createFileKey(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<FileKey> {
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  return wrap(dataKey, passphrase, iterations);
}

/** The same data key under a new passphrase (and a new salt): other devices' old passphrase stops working. */
export function rewrapFileKey(key: FileKey, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<FileKey> {
  return wrap(key.dataKey, passphrase, iterations);
}

/** The data key of a file, from its header and the passphrase; a wrong passphrase fails the key unwrap. */
export async function unlockFileKey(header: FileHeader, passphrase: string, cached?: FileKey): Promise<FileKey> {
  const e = header.encryption;
  if (!e) throw new RangeError('the file is not encrypted');
  return unwrapFileKey(e, passphrase, cached);
}

/** The data key from a wrapped key and its KDF parameters (both file formats carry them). */
export async function unwrapFileKey(e: { kdf: Kdf; wrappedKey: string }, passphrase: string, cached?: FileKey): Promise<FileKey> {
  if (cached && cached.passphrase === passphrase && cached.wrappedKey === e.wrappedKey && cached.kdf.salt === e.kdf.salt) return cached;
  const kek = await keyFromPassphrase(passphrase, e.kdf);
  try {
    const dataKey = await crypto.subtle.unwrapKey('raw', fromBase64(e.wrappedKey), kek, 'AES-KW', { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    return { dataKey, kdf: e.kdf, wrappedKey: e.wrappedKey, passphrase };
  } catch {
    throw new SyncFileError('wrong-passphrase');
  }
}

export type SealOptions = { content: FileHeader['content']; compression: FileHeader['compression']; key?: FileKey; base: string | null; writtenAt: string };

export async function sealFile(body: Uint8Array, opts: SealOptions): Promise<Uint8Array> {
  const header: FileHeader = {
    format: FORMAT,
    version: FORMAT_VERSION,
    content: opts.content,
    compression: opts.compression,
    size: 0,
    base: opts.base,
    writtenAt: opts.writtenAt,
  };
  let out: Uint8Array;
  if (opts.key) {
    const iv = random(12);
    header.encryption = { cipher: 'AES-GCM-256', iv: toBase64(iv), kdf: opts.key.kdf, wrap: 'AES-KW', wrappedKey: opts.key.wrappedKey };
    header.size = body.length + 16; // the GCM tag
    const aad = enc.encode(JSON.stringify(header));
    out = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, opts.key.dataKey, body as Uint8Array<ArrayBuffer>));
    return join(aad, out);
  }
  header.size = body.length;
  header.digest = await sha256Hex(body);
  return join(enc.encode(JSON.stringify(header)), body);
}

function join(header: Uint8Array, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(header.length + 1 + body.length);
  out.set(header, 0);
  out[header.length] = 0x0a;
  out.set(body, header.length + 1);
  return out;
}

const PREFIX = enc.encode(`{"format":"${FORMAT}"`);

function startsLikeOurs(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, PREFIX.length);
  for (let i = 0; i < n; i++) if (bytes[i] !== PREFIX[i]) return false;
  return true;
}

const isB64 = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(v);

function validEncryption(e: unknown): e is Encryption {
  if (!e || typeof e !== 'object') return false;
  const x = e as Partial<Encryption>;
  const k = x.kdf as Partial<Kdf> | undefined;
  return x.cipher === 'AES-GCM-256' && x.wrap === 'AES-KW' && isB64(x.iv) && fromBase64(x.iv).length === 12 && isB64(x.wrappedKey)
    && !!k && k.name === 'PBKDF2' && k.hash === 'SHA-256' && Number.isSafeInteger(k.iterations)
    && k.iterations! >= 1000 && k.iterations! <= MAX_ITERATIONS && isB64(k.salt) && fromBase64(k.salt).length >= 16;
}

/** The header and where the body starts; tells a foreign, truncated or newer file apart. */
export function readHeader(bytes: Uint8Array): { header: FileHeader; headerBytes: Uint8Array; body: Uint8Array } {
  if (bytes.length === 0) throw new SyncFileError('truncated', 'empty file');
  if (!startsLikeOurs(bytes)) throw new SyncFileError('foreign');
  const nl = bytes.subarray(0, MAX_HEADER).indexOf(0x0a);
  if (nl < 0) throw new SyncFileError(bytes.length < MAX_HEADER ? 'truncated' : 'damaged', 'no header end');
  const headerBytes = bytes.subarray(0, nl);
  let raw: unknown;
  try {
    raw = JSON.parse(dec.decode(headerBytes));
  } catch {
    throw new SyncFileError('damaged', 'header is not JSON');
  }
  const h = raw as Partial<FileHeader>;
  if (!h || typeof h !== 'object' || h.format !== FORMAT) throw new SyncFileError('foreign');
  if (!Number.isSafeInteger(h.version) || h.version! < 1) throw new SyncFileError('damaged', 'version');
  if (h.version! > FORMAT_VERSION) throw new SyncFileError('newer');
  const ok = (h.content === 'state' || h.content === 'backup') && (h.compression === 'deflate' || h.compression === 'none')
    && Number.isSafeInteger(h.size) && h.size! >= 0 && (h.base === null || (typeof h.base === 'string' && /^[0-9a-f]{64}$/.test(h.base)))
    && typeof h.writtenAt === 'string'
    && (h.encryption === undefined ? typeof h.digest === 'string' : validEncryption(h.encryption));
  if (!ok) throw new SyncFileError('damaged', 'header fields');
  const body = bytes.subarray(nl + 1);
  if (body.length < h.size!) throw new SyncFileError('truncated', 'body shorter than its header says');
  if (body.length > h.size!) throw new SyncFileError('damaged', 'body longer than its header says');
  return { header: h as FileHeader, headerBytes, body };
}

export type Unlock = { passphrase?: string; cached?: FileKey };

/** The verified body of a file, decrypted. Throws SyncFileError and changes nothing on any fault. */
export async function openFile(bytes: Uint8Array, unlock: Unlock = {}): Promise<{ header: FileHeader; body: Uint8Array; key?: FileKey }> {
  const { header, headerBytes, body } = readHeader(bytes);
  if (!header.encryption) {
    if ((await sha256Hex(body)) !== header.digest) throw new SyncFileError('damaged', 'digest');
    return { header, body };
  }
  if (unlock.passphrase === undefined || unlock.passphrase === '') throw new SyncFileError('needs-passphrase');
  const key = await unlockFileKey(header, unlock.passphrase, unlock.cached);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(header.encryption.iv), additionalData: headerBytes as Uint8Array<ArrayBuffer>, tagLength: 128 },
      key.dataKey,
      body as Uint8Array<ArrayBuffer>,
    );
    return { header, body: new Uint8Array(plain), key };
  } catch {
    throw new SyncFileError('damaged', 'authentication failed');
  }
}
