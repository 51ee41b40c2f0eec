// Images arrive as data URLs (the logo from the settings, pictures in a press release). Only PNG
// and JPEG that pass a full check reach pdfkit, and only as data URLs rebuilt from the checked
// bytes: pdfkit reads any other string as a file path, which a model must never be able to do.
import { isUsableJpeg, isUsablePng, sniffFormat } from './imageCheck';

export type CheckedImage = { dataUrl: string; width: number; height: number };

const dataUrlPattern = /^data:image\/(png|jpe?g);base64,([A-Za-z0-9+/=\s]+)$/i;

/** Decodes and checks a data URL; undefined for anything that is not a usable PNG or JPEG. */
export function decodeImage(src: string | undefined): Buffer | undefined {
  if (!src) return undefined;
  const match = dataUrlPattern.exec(src.trim());
  if (!match?.[2]) return undefined;
  const bytes = Buffer.from(match[2].replace(/\s+/g, ''), 'base64');
  const format = sniffFormat(bytes);
  if (format === 'png' && isUsablePng(bytes)) return bytes;
  if (format === 'jpeg' && isUsableJpeg(bytes)) return bytes;
  return undefined;
}

type OpenedImage = { width: number; height: number; orientation?: number };
type ImageOpener = { openImage(src: string): OpenedImage };

/**
 * Registers the image with the document once and returns the URL to draw it with: pdfkit keeps
 * images by their source string, so every later `doc.image(url)` reuses the same image object
 * (the logo on a thousand invoice pages is embedded, and parsed, once).
 */
export function openImage(doc: PDFKit.PDFDocument, src: string | undefined): CheckedImage | undefined {
  const bytes = decodeImage(src);
  if (!bytes) return undefined;
  const mime = sniffFormat(bytes) === 'png' ? 'image/png' : 'image/jpeg';
  const dataUrl = `data:${mime};base64,${bytes.toString('base64')}`;
  try {
    // openImage is public in pdfkit but missing from its type definitions.
    const opened = (doc as unknown as ImageOpener).openImage(dataUrl);
    const turned = (opened.orientation ?? 1) > 4;
    return { dataUrl, width: turned ? opened.height : opened.width, height: turned ? opened.width : opened.height };
  } catch {
    return undefined;
  }
}
