// DejaVu Sans covers Swedish and the typographic marks the documents use (§ – — “ ” ’ •).
// The TTF files stay in node_modules; the path is resolved through Node's module resolution so it
// works from the sources (vitest) and from the CommonJS bundle in dist-electron alike.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

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

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, buffer] of fontBuffers()) doc.registerFont(name, buffer);
  doc.font(FONT.regular);
}
