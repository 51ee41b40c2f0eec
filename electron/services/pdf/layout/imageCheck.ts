// pdfkit decodes some PNGs (those with transparency, or interlaced) in an asynchronous zlib
// callback and throws from inside it, which would take the whole main process down. So every image
// from a model is checked here first, completely and synchronously; one that fails is skipped.
import { inflateSync } from 'node:zlib';

export type ImageFormat = 'png' | 'jpeg';

const MAX_PIXELS = 40_000_000;
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;
const channelsOf: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const allowedDepths: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

export function sniffFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}

/** True when the PNG is complete and every scanline decodes: what pdfkit will need later. */
export function isUsablePng(bytes: Buffer): boolean {
  try {
    let pos = 8;
    let header: { width: number; height: number; depth: number; colorType: number; interlace: number } | undefined;
    let hasPalette = false;
    const data: Buffer[] = [];
    let ended = false;
    while (pos + 8 <= bytes.length) {
      const length = bytes.readUInt32BE(pos);
      const type = bytes.toString('latin1', pos + 4, pos + 8);
      const body = pos + 8;
      if (body + length + 4 > bytes.length) return false;
      if (type === 'IHDR') {
        header = {
          width: bytes.readUInt32BE(body),
          height: bytes.readUInt32BE(body + 4),
          depth: bytes[body + 8] ?? 0,
          colorType: bytes[body + 9] ?? 0,
          interlace: bytes[body + 12] ?? 0,
        };
      } else if (type === 'PLTE') hasPalette = true;
      else if (type === 'IDAT') data.push(bytes.subarray(body, body + length));
      else if (type === 'IEND') {
        ended = true;
        break;
      }
      pos = body + length + 4;
    }
    if (!header || !ended || data.length === 0) return false;
    const { width, height, depth, colorType, interlace } = header;
    const channels = channelsOf[colorType];
    if (!channels || !allowedDepths[colorType]?.includes(depth)) return false;
    if (colorType === 3 && !hasPalette) return false;
    if (width < 1 || height < 1 || width * height > MAX_PIXELS || interlace > 1) return false;
    const raw = inflateSync(Buffer.concat(data));
    const passes = interlace === 1 ? ADAM7 : ([[0, 0, 1, 1]] as const);
    let offset = 0;
    for (const [x0, y0, dx, dy] of passes) {
      const w = Math.ceil((width - x0) / dx);
      const h = Math.ceil((height - y0) / dy);
      if (w <= 0 || h <= 0) continue;
      const rowBytes = Math.ceil((w * channels * depth) / 8);
      for (let row = 0; row < h; row++) {
        const filter = raw[offset];
        if (filter === undefined || filter > 4) return false;
        offset += 1 + rowBytes;
      }
    }
    return offset <= raw.length;
  } catch {
    return false;
  }
}

/** True when the JPEG has a frame header pdfkit understands (grey, RGB or CMYK). */
export function isUsableJpeg(bytes: Buffer): boolean {
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) {
      pos++;
      continue;
    }
    const marker = bytes.readUInt16BE(pos);
    pos += 2;
    const isFrame = marker >= 0xffc0 && marker <= 0xffcf && marker !== 0xffc4 && marker !== 0xffc8 && marker !== 0xffcc;
    if (isFrame) {
      if (pos + 8 > bytes.length) return false;
      const height = bytes.readUInt16BE(pos + 3);
      const width = bytes.readUInt16BE(pos + 5);
      const channels = bytes[pos + 7] ?? 0;
      return width > 0 && height > 0 && width * height <= MAX_PIXELS && [1, 3, 4].includes(channels);
    }
    if (marker === 0xffd8 || marker === 0xff01 || (marker >= 0xffd0 && marker <= 0xffd7)) continue;
    pos += bytes.readUInt16BE(pos);
  }
  return false;
}
