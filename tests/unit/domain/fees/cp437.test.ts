import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCp437, encodeCp437, isCp437Encodable } from '../../../../renderer/src/domain/fees/cp437';

describe('encodeCp437', () => {
  it('puts Swedish letters on the IBM PC bytes that SIE readers expect', () => {
    const expected: [string, number][] = [
      ['å', 0x86], ['ä', 0x84], ['ö', 0x94], ['Å', 0x8f], ['Ä', 0x8e], ['Ö', 0x99],
      ['é', 0x82], ['É', 0x90], ['ü', 0x81], ['Ü', 0x9a], ['æ', 0x91], ['Æ', 0x92], ['ñ', 0xa4],
      ['§', 0x3f], // § is not in CP437
    ];
    for (const [char, byte] of expected) expect([...encodeCp437(char)], char).toEqual([byte]);
  });

  it('passes ASCII through and writes "Föreningen Ängby" byte for byte', () => {
    expect([...encodeCp437('Föreningen Ängby 1930 "x"')]).toEqual([
      0x46, 0x94, 0x72, 0x65, 0x6e, 0x69, 0x6e, 0x67, 0x65, 0x6e, 0x20, 0x8e, 0x6e, 0x67, 0x62, 0x79,
      0x20, 0x31, 0x39, 0x33, 0x30, 0x20, 0x22, 0x78, 0x22,
    ]);
  });

  it('turns characters CP437 lacks into a single "?"', () => {
    expect(decodeCp437(encodeCp437('€ – 😀 ł'))).toBe('? ? ? ?');
    expect(isCp437Encodable('Årsmöte på Café Ölstugan')).toBe(true);
    expect(isCp437Encodable('Łódź')).toBe(false);
  });

  it('encodes a decomposed å (a + combining ring) like the composed one', () => {
    expect([...encodeCp437('a\u030a')]).toEqual([0x86]);
  });
});

describe('decodeCp437', () => {
  it('decodes every byte to one character and encodes it back to the same byte', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeCp437(all);
    expect([...text]).toHaveLength(256);
    expect(encodeCp437(text)).toEqual(all);
    expect(decodeCp437(Uint8Array.of(0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99))).toBe('åäöÅÄÖ');
  });

  it('round-trips any text made of CP437 characters', () => {
    const repertoire = decodeCp437(Uint8Array.from({ length: 224 }, (_, i) => i + 32));
    const char = fc.constantFrom(...repertoire);
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(decodeCp437(encodeCp437(text))).toBe(text);
      }),
    );
  });
});
