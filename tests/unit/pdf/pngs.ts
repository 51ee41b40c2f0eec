// Tiny PNG encoder for test images (a logo with transparency, a "photo"), so the tests need no
// binary fixtures and exercise pdfkit's alpha-channel path, the one that decodes asynchronously.
import { crc32, deflateSync } from 'node:zlib';

type Pixel = [number, number, number, number];

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Pixel): Buffer {
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const p = pixel(x, y);
      raw.set(p, row + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const dataUrl = (png: Buffer, mime = 'image/png') => `data:${mime};base64,${png.toString('base64')}`;

/** A round badge with a white "N" on transparent ground, like a small association's logo. */
export function logoPng(): Buffer {
  const size = 160;
  const c = size / 2;
  return encodePng(size, size, (x, y) => {
    const r = Math.hypot(x - c + 0.5, y - c + 0.5);
    if (r > c - 2) return [0, 0, 0, 0];
    const inN = (x > 50 && x < 64) || (x > 96 && x < 110) || (Math.abs(y - 40 - (x - 57) * (80 / 46)) < 11 && x >= 57 && x <= 103);
    const inLetter = inN && y > 40 && y < 120;
    return inLetter ? [255, 255, 255, 255] : [14, 116, 144, 255];
  });
}

/** A landscape "photo": sky, hills and a sun. */
export function photoPng(width = 480, height = 270): Buffer {
  return encodePng(width, height, (x, y) => {
    const hill = height * 0.62 + Math.sin(x / 45) * 18 + Math.sin(x / 17) * 5;
    if (Math.hypot(x - width * 0.75, y - height * 0.28) < 26) return [250, 204, 21, 255];
    if (y > hill) return [34 + (y % 7), 110 + ((x * 3) % 20), 60, 255];
    const t = y / height;
    return [Math.round(120 + 100 * t), Math.round(170 + 60 * t), 235, 255];
  });
}
