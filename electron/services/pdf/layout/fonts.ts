// DejaVu Sans covers Swedish and the typographic marks the documents use (§ – — “ ” ’ •).
// The TTF files stay in node_modules; the path is resolved through Node's module resolution so it
// works from the sources (vitest) and from the CommonJS bundle in dist-electron alike.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';

export const FONT = {
  regular: 'Sans',
  bold: 'Sans-Bold',
  italic: 'Sans-Oblique',
  boldItalic: 'Sans-BoldOblique',
} as const;
export type FontName = (typeof FONT)[keyof typeof FONT];

const files: Record<FontName, string> = {
  [FONT.regular]: 'DejaVuSans.ttf',
  [FONT.bold]: 'DejaVuSans-Bold.ttf',
  [FONT.italic]: 'DejaVuSans-Oblique.ttf',
  [FONT.boldItalic]: 'DejaVuSans-BoldOblique.ttf',
};

// The CommonJS bundle and vitest both provide `require`; a plain ES module host does not, and
// there the working directory (the project root) is the best anchor available.
function nodeRequire(): NodeRequire {
  return typeof require === 'function' ? require : createRequire(path.join(process.cwd(), 'noop.js'));
}

let cache: Map<FontName, Buffer> | undefined;

/** The font files, read once per process: every document embeds its own subset of them. */
export function fontBuffers(): Map<FontName, Buffer> {
  if (cache) return cache;
  const req = nodeRequire();
  const loaded = new Map<FontName, Buffer>();
  for (const [name, file] of Object.entries(files) as [FontName, string][]) {
    loaded.set(name, readFileSync(req.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
  }
  cache = loaded;
  return loaded;
}

/** A font as fontkit parsed it: pdfkit takes one in place of the file's bytes. */
type ParsedFont = { layout(text: string): unknown };
type FontSource = Buffer | ParsedFont;

let parsed: Map<FontName, FontSource> | undefined;

/**
 * The fonts parsed once per process. pdfkit parses a font file anew for every document, and for a
 * one-page press release that parsing (fontkit decoding DejaVu's tables) was most of the time.
 * The parsed font only holds the file's tables and fontkit's glyph and layout caches; each
 * document still makes its own subset of it, so sharing it changes no byte of the output.
 * pdfkit keeps the parsed font on its current font object (`_font.font`), which its types do
 * not show; should that ever change, the file's bytes are used as before.
 */
function parsedFonts(): Map<FontName, FontSource> {
  if (parsed) return parsed;
  const scratch = new PDFDocument({ autoFirstPage: false });
  const loaded = new Map<FontName, FontSource>();
  for (const [name, buffer] of fontBuffers()) {
    scratch.registerFont(name, buffer);
    scratch.font(name);
    const font = (scratch as unknown as { _font?: { font?: Partial<ParsedFont> } })._font?.font;
    loaded.set(name, typeof font?.layout === 'function' ? (font as ParsedFont) : buffer);
  }
  parsed = loaded;
  return loaded;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  // pdfkit's types know only file sources; at run time it also takes a parsed font (see above).
  for (const [name, source] of parsedFonts()) doc.registerFont(name, source as Buffer);
  doc.font(FONT.regular);
}
