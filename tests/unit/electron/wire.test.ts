import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Wire = typeof import('../../../electron/wire');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function wireWithout(...names: ('Buffer' | 'fromBase64')[]): Promise<Wire> {
  vi.resetModules();
  if (names.includes('Buffer')) vi.stubGlobal('Buffer', undefined);
  const saved = (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64;
  if (names.includes('fromBase64')) (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64 = undefined;
  try {
    return await import('../../../electron/wire');
  } finally {
    (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64 = saved;
  }
}

describe('bytes over the wire', () => {
  it('every way of encoding gives the same base64 and the same bytes back, as a plain Uint8Array', async () => {
    const node = await wireWithout();
    const browser = await wireWithout('Buffer', 'fromBase64');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const b64 = node.bytesToBase64(bytes);
        expect(browser.bytesToBase64(bytes)).toBe(b64);
        for (const decoded of [node.base64ToBytes(b64), browser.base64ToBytes(b64)]) {
          expect(decoded).toEqual(bytes);
          expect(decoded.constructor).toBe(Uint8Array);
          // Nothing else shares its memory (a Buffer from Node's pool would).
          expect(decoded.buffer.byteLength).toBe(bytes.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('carries a sync file of several megabytes inside a message, byte for byte', async () => {
    const { toWire, fromWire } = await wireWithout();
    const file = new Uint8Array(6 * 1024 * 1024).map((_, i) => (i * 31 + (i >> 8)) & 0xff);
    const back = fromWire(toWire({ ok: true, value: { bytes: file, name: 'kansli.sync' } })) as { value: { bytes: Uint8Array; name: string } };
    expect(back.value.name).toBe('kansli.sync');
    expect(back.value.bytes).toEqual(file);
  });
});
