import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Wire = typeof import('../../../electron/wire');

// toEqual walks megabytes element by element (minutes on a busy machine); the answer is the same.
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0;

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
    expect(sameBytes(back.value.bytes, file)).toBe(true);
  });
});

describe('the binary frame', () => {
  it('carries any message with byte arrays in it, each back as a plain Uint8Array of its own', async () => {
    const { toFrame, fromFrame } = await wireWithout();
    const json = fc.jsonValue().filter((v) => !JSON.stringify(v).includes('$bytes'));
    fc.assert(
      fc.property(fc.array(fc.tuple(json, fc.uint8Array({ maxLength: 3000 })), { maxLength: 6 }), (items) => {
        const message = { channel: 'sync:write', payload: { parts: items.map(([meta, bytes]) => ({ meta, bytes })), last: new Uint8Array([1, 2, 3]) } };
        const back = fromFrame(toFrame(message)) as typeof message;
        expect(back.channel).toBe('sync:write');
        expect(Array.from(back.payload.last)).toEqual([1, 2, 3]);
        expect(back.payload.parts).toHaveLength(items.length);
        for (const [i, [meta, bytes]] of items.entries()) {
          expect(back.payload.parts[i]!.meta).toEqual(JSON.parse(JSON.stringify(meta)));
          const got = back.payload.parts[i]!.bytes;
          expect(got.constructor).toBe(Uint8Array);
          expect(Array.from(got)).toEqual(Array.from(bytes));
          expect(got.buffer.byteLength).toBe(bytes.length);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('sends a Node Buffer as its bytes, not as its JSON form', async () => {
    const { toFrame, fromFrame } = await wireWithout();
    const back = fromFrame(toFrame({ ok: true, value: [Buffer.from('Måndag'), 'ö'] })) as { value: [Uint8Array, string] };
    expect(new TextDecoder().decode(back.value[0])).toBe('Måndag');
    expect(back.value[1]).toBe('ö');
  });

  it('carries a sync file of several megabytes byte for byte', async () => {
    const { toFrame, fromFrame } = await wireWithout();
    const file = new Uint8Array(6 * 1024 * 1024).map((_, i) => (i * 31 + (i >> 8)) & 0xff);
    const frame = toFrame({ ok: true, value: { bytes: file, name: 'kansli.sync' } });
    // No base64: the frame is the file plus a few dozen bytes.
    expect(frame.length).toBeLessThan(file.length + 100);
    const back = fromFrame(frame) as { value: { bytes: Uint8Array; name: string } };
    expect(back.value.name).toBe('kansli.sync');
    expect(sameBytes(back.value.bytes, file)).toBe(true);
  });

  it('refuses a frame that is cut short or points outside itself', async () => {
    const { toFrame, fromFrame } = await wireWithout();
    const frame = toFrame({ bytes: new Uint8Array(10) });
    expect(() => fromFrame(frame.subarray(0, 3))).toThrow(RangeError);
    expect(() => fromFrame(frame.subarray(0, frame.length - 1))).toThrow(RangeError);
    const text = new TextEncoder().encode('{"bytes":{"$bytes":[4,9]}}');
    const forged = new Uint8Array(4 + text.length + 10);
    new DataView(forged.buffer).setUint32(0, text.length, true);
    forged.set(text, 4);
    expect(() => fromFrame(forged)).toThrow(RangeError);
    const huge = new Uint8Array(8);
    new DataView(huge.buffer).setUint32(0, 1_000_000, true);
    expect(() => fromFrame(huge)).toThrow(RangeError);
  });
});
