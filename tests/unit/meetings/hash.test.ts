import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, groupHash, sha256Hex } from '../../../renderer/src/domain/meetings/hash';

describe('SHA-256 of the minutes', () => {
  it('matches the FIPS 180-2 test vectors', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('hashes UTF-8, so å, ä, ö and § give the same hash on every device', async () => {
    // printf '§ 1 Årsmöte' | sha256sum (coreutils)
    expect(await sha256Hex('§ 1 Årsmöte')).toBe('f09031a10adc09a85223f4c14c9ba4c102fc7c554d4ccf6f8a684259f7596ae8');
  });
});

describe('canonical JSON (RFC 8785 for the values minutes hold)', () => {
  it('sorts keys, drops undefined and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, d: { z: 'å', y: -0.5 } })).toBe('{"a":[true,null,"x"],"b":1,"d":{"y":-0.5,"z":"å"}}');
  });

  it('matches the RFC 8785 key-order example (UTF-16 code unit order)', () => {
    const input = { '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' };
    // RFC 8785 § 3.2.3: the sorted order of these keys (JSON.parse would reorder "1", so compare text).
    const order = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'];
    const expected = `{${order.map((k) => `${JSON.stringify(k)}:${JSON.stringify(input[k as keyof typeof input])}`).join(',')}}`;
    expect(canonicalJson(input)).toBe(expected);
  });

  it('gives the same hash whatever order the fields were stored in', async () => {
    const a = { meeting: { title: 'Styrelsemöte', date: '2025-03-18' }, items: [{ number: '1', title: 'Mötets öppnande' }] };
    const b = { items: [{ title: 'Mötets öppnande', number: '1' }], meeting: { date: '2025-03-18', title: 'Styrelsemöte' } };
    expect(await contentHash(a)).toBe(await contentHash(b));
    expect(await contentHash({ ...a, items: [{ number: '1', title: 'Mötets öppnande.' }] })).not.toBe(await contentHash(a));
  });

  it('refuses values that have no canonical form', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
    expect(() => canonicalJson({ f: () => 1 })).toThrow();
  });

  it('groups the hash in eights for reading aloud', () => {
    expect(groupHash('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')).toBe('ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad');
  });
});
