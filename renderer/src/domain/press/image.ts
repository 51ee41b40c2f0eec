// Pictures for a release are judged by their bytes, not their file name, and reduced to print
// size: 1600 px on the long side is sharp at full column width on A4 and keeps a release with
// three portraits well under a few megabytes.

export const PRINT_LONG_SIDE = 1600;
/** Larger files than this are refused outright rather than decoded (a camera RAW, a video). */
export const MAX_SOURCE_BYTES = 40 * 1024 * 1024;

export type ImageKind = 'image/jpeg' | 'image/png';
export type ImageCheck = { ok: true; mime: ImageKind } | { ok: false; reason: 'empty' | 'notImage' | 'tooLarge' };

export function sniffImage(bytes: Uint8Array): ImageKind | undefined {
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

export function checkImage(bytes: Uint8Array): ImageCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  const mime = sniffImage(bytes);
  if (!mime) return { ok: false, reason: 'notImage' };
  if (bytes.length > MAX_SOURCE_BYTES) return { ok: false, reason: 'tooLarge' };
  return { ok: true, mime };
}

/** The size to draw at: scaled down (never up) so the long side is at most `max`, ratio kept. */
export function printSize(width: number, height: number, max = PRINT_LONG_SIDE): { width: number; height: number; scaled: boolean } {
  if (!(width > 0 && height > 0)) return { width: 0, height: 0, scaled: false };
  const long = Math.max(width, height);
  if (long <= max) return { width, height, scaled: false };
  const f = max / long;
  return { width: Math.max(1, Math.round(width * f)), height: Math.max(1, Math.round(height * f)), scaled: true };
}

/** Bytes of a base64 data URL, for showing a picture's size. */
export function dataUrlBytes(src: string): number {
  const i = src.indexOf(',');
  if (i < 0) return 0;
  const b64 = src.length - i - 1;
  const pad = src.endsWith('==') ? 2 : src.endsWith('=') ? 1 : 0;
  return Math.floor((b64 * 3) / 4) - pad;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(n / 1024))} kB`;
}
