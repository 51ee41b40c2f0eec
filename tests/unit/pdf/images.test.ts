import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/pdf';
import { decodeImage } from '../../../electron/services/pdf/layout/images';
import { notice, org } from './fixtures';
import { pdfImages, save } from './pdftools';
import { dataUrl, encodePng, logoPng } from './pngs';

/** A PNG whose pixel data inflates but has an invalid row filter: pdfkit would throw in a callback. */
function pngWithBadFilter(): Buffer {
  const good = encodePng(4, 4, () => [10, 20, 30, 128]);
  const idatAt = good.indexOf('IDAT') - 4;
  const raw = Buffer.alloc(4 * (1 + 16), 0);
  raw[0] = 9;
  const data = deflateSync(raw);
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('IDAT', 4, 'latin1');
  data.copy(chunk, 8);
  const iend = good.subarray(good.indexOf('IEND') - 4);
  return Buffer.concat([good.subarray(0, idatAt), chunk, iend]);
}

describe('logos and pictures', () => {
  const broken: [string, string][] = [
    ['not base64 PNG', 'data:image/png;base64,aGVsbG8gd29ybGQ='],
    ['GIF', 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'],
    ['truncated PNG', dataUrl(logoPng().subarray(0, 300))],
    ['PNG with an invalid row filter', dataUrl(pngWithBadFilter())],
    ['file path', '/etc/hostname'],
    ['remote URL', 'https://example.org/logo.png'],
    ['SVG', 'data:image/svg+xml;base64,PHN2Zy8+'],
  ];

  it.each(broken)('ignores a broken logo (%s) and still renders the document', async (_name, logo) => {
    expect(decodeImage(logo)).toBeUndefined();
    const bytes = await renderPdf({ kind: 'notice', org: { ...org, logo }, data: notice() });
    expect(pdfImages(bytes)).toHaveLength(0);
  });

  it('accepts a JPEG logo as well as a PNG with transparency', async () => {
    const png = await renderPdf({ kind: 'notice', org, data: notice() });
    expect(pdfImages(png)).toEqual([expect.objectContaining({ width: 160, height: 160 })]);
    // A real JPEG, made by poppler from the page just rendered.
    const out = `${save(png, 'for-jpeg')}-img`;
    execFileSync('/usr/bin/pdftoppm', ['-jpeg', '-r', '12', '-singlefile', save(png), out]);
    const jpeg = readFileSync(`${out}.jpg`);
    const bytes = await renderPdf({ kind: 'notice', org: { ...org, logo: dataUrl(jpeg, 'image/jpeg') }, data: notice() });
    expect(pdfImages(bytes)).toEqual([expect.objectContaining({ enc: 'jpeg' })]);
  });
});
