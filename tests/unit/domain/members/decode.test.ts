import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCsvBytes, decodeWindows1252 } from '../../../../renderer/src/domain/members/decode';

describe('decodeCsvBytes', () => {
  it('reads Windows-1252 bytes, as Swedish Excel saves them', () => {
    // "Göteborg Ängelholm Åre" in Windows-1252: ö = 0xF6, Ä = 0xC4, Å = 0xC5
    const bytes = Uint8Array.from([
      0x47, 0xf6, 0x74, 0x65, 0x62, 0x6f, 0x72, 0x67, 0x20, 0xc4, 0x6e, 0x67, 0x65, 0x6c, 0x68, 0x6f, 0x6c, 0x6d, 0x20,
      0xc5, 0x72, 0x65,
    ]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Göteborg Ängelholm Åre', encoding: 'windows-1252' });
  });

  it('reads the characters where Windows-1252 differs from Latin-1 (€, –, curly quotes)', () => {
    // "500 € – ”ja”" with 0x80 euro sign, 0x96 en dash, 0x94 right double quotation mark
    const bytes = Uint8Array.from([0x35, 0x30, 0x30, 0x20, 0x80, 0x20, 0x96, 0x20, 0x94, 0x6a, 0x61, 0x94]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: '500 € – ”ja”', encoding: 'windows-1252' });
  });

  it('reads UTF-8 with and without a byte order mark, and drops the mark', () => {
    const utf8 = new TextEncoder().encode('Namn;Ort\r\nÅsa Öberg;Ängelholm\r\n');
    expect(decodeCsvBytes(utf8)).toEqual({ text: 'Namn;Ort\r\nÅsa Öberg;Ängelholm\r\n', encoding: 'utf-8' });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeCsvBytes(withBom)).toEqual({ text: 'Namn;Ort\r\nÅsa Öberg;Ängelholm\r\n', encoding: 'utf-8' });
  });

  it('treats plain ASCII and an empty file as UTF-8', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('Name,City'))).toEqual({ text: 'Name,City', encoding: 'utf-8' });
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('gives back any Swedish text saved as UTF-8 (property)', () => {
    const swedish = fc.string({ unit: fc.constantFrom(...'abcåäöÅÄÖéü€–”;,"\r\n 0123456789'.split('')) });
    fc.assert(
      fc.property(swedish, (text) => {
        expect(decodeCsvBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
      }),
    );
  });

  it('maps every byte to one character, matching the WHATWG table in the 0x80–0x9F range', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect(text.slice(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    expect(text.slice(0xa0)).toBe(String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)));
  });
});
