// Reading PDFs the way a reader (or a printer) sees them, with poppler-utils.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(tmpdir(), 'kansli-pdf-test-'));
let counter = 0;

/** poppler-utils may still be installing when the suite starts; give it a while, then fail loudly. */
function tool(name: string): string {
  const file = `/usr/bin/${name}`;
  const deadline = Date.now() + 90_000;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${file} saknas: installera poppler-utils`);
    execFileSync('sleep', ['2']);
  }
  return file;
}

export function save(bytes: Uint8Array, name = 'doc'): string {
  const file = path.join(dir, `${name}-${++counter}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

function run(name: string, args: string[]): string {
  return execFileSync(tool(name), args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** The text as pdftotext extracts it; pages are separated by form feeds. */
export function pdfText(bytes: Uint8Array, opts: { layout?: boolean } = {}): string {
  return run('pdftotext', [...(opts.layout ? ['-layout'] : []), '-enc', 'UTF-8', save(bytes), '-']);
}

export function pdfPages(bytes: Uint8Array): string[] {
  const pages = pdfText(bytes).split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-isodates', save(bytes)]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m?.[1]) info[m[1].trim()] = m[2] ?? '';
  }
  return info;
}

export function pageCount(bytes: Uint8Array): number {
  return Number(pdfInfo(bytes).Pages);
}

/** One entry per image drawn on a page, with the PDF object it draws (soft masks left out). */
export function pdfImages(bytes: Uint8Array): { page: number; object: number; width: number; height: number; enc: string }[] {
  return run('pdfimages', ['-list', save(bytes)])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => l.trim().split(/\s+/))
    .filter((c) => c[2] === 'image')
    .map((c) => ({ page: Number(c[0]), width: Number(c[3]), height: Number(c[4]), enc: c[8] ?? '', object: Number(c[10]) }));
}

export function pdfFonts(bytes: Uint8Array): string {
  return run('pdffonts', [save(bytes)]);
}

/** Word boxes (points, origin top-left) on the first page. */
export function wordBoxes(bytes: Uint8Array): { word: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = run('pdftotext', ['-bbox', '-f', '1', '-l', '1', save(bytes), '-']);
  const out: { word: string; xMin: number; yMin: number; xMax: number; yMax: number }[] = [];
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    out.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), word: m[5] ?? '' });
  }
  return out;
}

/** A grey raster of part of page 1, `scale` pixels per point. */
export function rasterize(bytes: Uint8Array, box: { x: number; y: number; w: number; h: number }, scale = 4): { width: number; height: number; pixels: Uint8Array } {
  const out = path.join(dir, `raster-${++counter}`);
  const px = (v: number) => String(Math.round(v * scale));
  run('pdftoppm', ['-gray', '-r', String(72 * scale), '-f', '1', '-l', '1', '-x', px(box.x), '-y', px(box.y), '-W', px(box.w), '-H', px(box.h), '-singlefile', save(bytes), out]);
  const data = readFileSync(`${out}.pgm`);
  // P5 header: magic, width, height, maxval, each followed by whitespace.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.toString('latin1', 0, 40));
  if (!header) throw new Error('unexpected raster format');
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
}

/** Collapses whitespace, line breaks included, so assertions do not depend on where lines wrap. */
export const squash = (s: string) => s.replace(/\s+/g, ' ');
