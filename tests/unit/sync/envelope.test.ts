// The shared file's envelope: encryption, and every way a file can be unusable. Each failure must
// be recognised for what it is (the user is told why) and must not yield any data.
import { describe, expect, it } from 'vitest';
import {
  createFileKey, openFile, PBKDF2_ITERATIONS, readHeader, rewrapFileKey, sealFile, sha256Hex, type FileKey,
} from '../../../renderer/src/domain/sync/envelope';
import { SyncFileError } from '../../../renderer/src/domain/sync/errors';

const FAST = 1000; // PBKDF2 iterations for tests; the default is checked separately
const body = new TextEncoder().encode('Västsvenska IT-nätverket – medlemsregister'.repeat(20));
const opts = { content: 'state' as const, compression: 'deflate' as const, base: null, writtenAt: '2026-03-01T10:00:00.000Z' };

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'opened';
  } catch (e) {
    if (e instanceof SyncFileError) return e.code;
    throw e;
  }
}

let key: FileKey;
const getKey = async () => (key ??= await createFileKey('korrekt häst batteri häftstift', FAST));

describe('without a passphrase', () => {
  it('round-trips, with a readable header naming the format and version', async () => {
    const bytes = await sealFile(body, opts);
    const firstLine = new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0x0a)));
    expect(JSON.parse(firstLine)).toMatchObject({ format: 'kansli-sync', version: 1, content: 'state', base: null });
    const opened = await openFile(bytes);
    expect(opened.body).toEqual(body);
  });

  it('notices a changed byte in the body', async () => {
    const bytes = await sealFile(body, opts);
    bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 1;
    expect(await code(openFile(bytes))).toBe('damaged');
  });
});

describe('with a passphrase', () => {
  it('uses OWASP\'s PBKDF2 iteration count by default, and the KDF parameters travel in the header', async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const k = await createFileKey('lösen');
    const { header } = readHeader(await sealFile(body, { ...opts, key: k }));
    expect(header.encryption!.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(atob(header.encryption!.kdf.salt)).toHaveLength(16);
  });

  it('round-trips, and the body is not readable without the key', async () => {
    const bytes = await sealFile(body, { ...opts, key: await getKey() });
    expect(new TextDecoder().decode(bytes)).not.toContain('Västsvenska');
    const opened = await openFile(bytes, { passphrase: 'korrekt häst batteri häftstift' });
    expect(opened.body).toEqual(body);
  });

  it('uses a fresh 96-bit IV for every write', async () => {
    const k = await getKey();
    const a = readHeader(await sealFile(body, { ...opts, key: k })).header.encryption!.iv;
    const b = readHeader(await sealFile(body, { ...opts, key: k })).header.encryption!.iv;
    expect(atob(a)).toHaveLength(12);
    expect(a).not.toBe(b);
  });

  it('says "wrong passphrase" for a wrong passphrase, and asks for one when none is given', async () => {
    const bytes = await sealFile(body, { ...opts, key: await getKey() });
    expect(await code(openFile(bytes, { passphrase: 'korrekt häst batteri häftstift!' }))).toBe('wrong-passphrase');
    expect(await code(openFile(bytes))).toBe('needs-passphrase');
    expect(new SyncFileError('wrong-passphrase').message).toBe('Fel lösenfras. Ingenting har ändrats.');
  });

  it('authenticates the cleartext header: changing it (say, the base hash) fails', async () => {
    const bytes = await sealFile(body, { ...opts, key: await getKey(), base: 'a'.repeat(64) });
    const text = new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0x0a)));
    const forged = new TextEncoder().encode(text.replace('a'.repeat(64), 'b'.repeat(64)));
    const out = new Uint8Array(bytes.length);
    out.set(forged);
    out.set(bytes.subarray(forged.length), forged.length);
    expect(await code(openFile(out, { passphrase: 'korrekt häst batteri häftstift' }))).toBe('damaged');
  });

  it('a passphrase change re-wraps the same data key: the new passphrase opens, the old one no longer does', async () => {
    const k = await getKey();
    const changed = await rewrapFileKey(k, 'ny lösenfras för styrelsen', FAST);
    const bytes = await sealFile(body, { ...opts, key: changed });
    expect((await openFile(bytes, { passphrase: 'ny lösenfras för styrelsen' })).body).toEqual(body);
    expect(await code(openFile(bytes, { passphrase: 'korrekt häst batteri häftstift' }))).toBe('wrong-passphrase');
    expect(changed.dataKey).toBe(k.dataKey);
  });
});

describe('files that cannot be used', () => {
  it('a truncated file (cut in the body, in the header, or empty) is reported as truncated', async () => {
    const bytes = await sealFile(body, { ...opts, key: await getKey() });
    const nl = bytes.indexOf(0x0a);
    expect(await code(openFile(bytes.subarray(0, bytes.length - 1), { passphrase: 'x' }))).toBe('truncated');
    expect(await code(openFile(bytes.subarray(0, nl + 10), { passphrase: 'x' }))).toBe('truncated');
    expect(await code(openFile(bytes.subarray(0, nl - 20)))).toBe('truncated');
    expect(await code(openFile(new Uint8Array(0)))).toBe('truncated');
  });

  it('a foreign file (a spreadsheet, a JSON file, random bytes) is reported as foreign', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(await code(openFile(zip))).toBe('foreign');
    expect(await code(openFile(new TextEncoder().encode('{"name":"Kansli"}\n')))).toBe('foreign');
    expect(await code(openFile(crypto.getRandomValues(new Uint8Array(500))))).toBe('foreign');
    expect(await code(openFile(new TextEncoder().encode('{"format":"kansli-backup","version":1}\n')))).toBe('foreign');
  });

  it('a file from a newer Kansli is recognised as such, whatever else its header holds', async () => {
    const newer = new TextEncoder().encode('{"format":"kansli-sync","version":2,"somethingNew":true}\n\u0000\u0001');
    expect(await code(openFile(newer))).toBe('newer');
  });

  it('hashes files as SHA-256 hex (the base named in the next write)', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
