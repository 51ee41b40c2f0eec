import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImage, dataUrlBytes, formatBytes, printSize, sniffImage } from '../../../renderer/src/domain/press/image';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve('tests/fixtures/press', name)));

describe('pictures are judged by their bytes', () => {
  it('knows a JPEG portrait and a PNG by their signatures, whatever the name says', () => {
    expect(sniffImage(fixture('portratt-anna.jpg'))).toBe('image/jpeg');
    expect(sniffImage(fixture('portratt-lars.png'))).toBe('image/png');
    expect(checkImage(fixture('inte-en-bild.jpg'))).toEqual({ ok: false, reason: 'notImage' });
    expect(checkImage(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    // a GIF or a PDF renamed .png is not accepted either
    expect(sniffImage(new TextEncoder().encode('GIF89a....'))).toBeUndefined();
    expect(sniffImage(new TextEncoder().encode('%PDF-1.7'))).toBeUndefined();
  });

  it('scales a camera picture down to print size and never scales up', () => {
    expect(printSize(2400, 3000)).toEqual({ width: 1280, height: 1600, scaled: true });
    expect(printSize(6000, 4000)).toEqual({ width: 1600, height: 1067, scaled: true });
    expect(printSize(900, 1100)).toEqual({ width: 900, height: 1100, scaled: false });
    expect(printSize(0, 10).width).toBe(0);
  });

  it('reports the size of a stored picture', () => {
    const bytes = fixture('portratt-lars.png');
    const url = `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
    expect(dataUrlBytes(url)).toBe(bytes.length);
    expect(formatBytes(98_644)).toBe('96 kB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3,0 MB');
  });
});
