// Turns a picked file into a picture fit for print: checked by its bytes, decoded by the
// browser, drawn onto a canvas at print size. A PNG with transparency (a logo) stays PNG; a
// photo becomes JPEG, which is a tenth of the size at no visible loss in print.
import { checkImage, printSize, type ImageKind } from '../../domain/press/image';

export type PreparedImage = { ok: true; src: string; width: number; height: number; originalWidth: number; originalHeight: number; bytes: number };
export type ImageRefusal = { ok: false; reason: 'empty' | 'notImage' | 'tooLarge' | 'unreadable'; size: number };

/** Small enough pictures are kept byte for byte rather than re-encoded. */
const KEEP_AS_IS_BYTES = 1024 * 1024;
const JPEG_QUALITY = 0.86;

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('FileReader'));
    r.readAsDataURL(blob);
  });
}

function hasTransparency(ctx: CanvasRenderingContext2D, width: number, height: number): boolean {
  const data = ctx.getImageData(0, 0, width, height).data;
  for (let i = 3; i < data.length; i += 4) if (data[i]! < 255) return true;
  return false;
}

function canvasBlob(canvas: HTMLCanvasElement, type: ImageKind, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), type, quality));
}

export async function prepareImage(file: Blob): Promise<PreparedImage | ImageRefusal> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkImage(bytes);
  if (!check.ok) return { ok: false, reason: check.reason, size: bytes.length };
  const source = new Blob([bytes], { type: check.mime });
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(source);
  } catch {
    return { ok: false, reason: 'unreadable', size: bytes.length };
  }
  try {
    const size = printSize(bitmap.width, bitmap.height);
    const original = { originalWidth: bitmap.width, originalHeight: bitmap.height };
    if (!size.scaled && bytes.length <= KEEP_AS_IS_BYTES) {
      return { ok: true, src: await toDataUrl(source), width: size.width, height: size.height, bytes: bytes.length, ...original };
    }
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d', { willReadFrequently: check.mime === 'image/png' });
    if (!ctx) return { ok: false, reason: 'unreadable', size: bytes.length };
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, size.width, size.height);
    const keepPng = check.mime === 'image/png' && hasTransparency(ctx, size.width, size.height);
    const blob = await canvasBlob(canvas, keepPng ? 'image/png' : 'image/jpeg', keepPng ? undefined : JPEG_QUALITY);
    return { ok: true, src: await toDataUrl(blob), width: size.width, height: size.height, bytes: blob.size, ...original };
  } finally {
    bitmap.close();
  }
}
