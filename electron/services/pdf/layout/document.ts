// One document: A4, the embedded fonts, the association's header on every page, and footers
// drawn once a section's pages are all laid out, so "Sida 1 av 3" knows the total.
import PDFDocument from 'pdfkit';
import type { OrgModel } from '../models/common';
import { makeBrand, type Brand } from './brand';
import { Flow, type PageFrame } from './flow';
import { FONT, registerFonts } from './fonts';
import { creationDate } from './format';
import { openImage, type CheckedImage } from './images';
import { HAIRLINE, makeStyles, measurer, MUTED, type Styles } from './text';
import { wrapSpans, type TextStyle } from './wrap';

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = { left: 56, right: 56 };
const HEADER_RULE_Y = 78;

export type DocOptions = {
  org: OrgModel;
  title: string;
  subject: string;
  /** The model's date (ISO); fixes the PDF's creation date so the bytes are reproducible. */
  date?: string;
  /** Right-hand side of the page header, e.g. ["PROTOKOLL", "18 mars 2025"]. */
  headerRight?: string[];
  /** Room reserved at the bottom of each page for the footer. */
  footerHeight?: number;
  /** Decided once the fonts are loaded, so the choice can depend on measured text. */
  landscape?: boolean | ((doc: PDFKit.PDFDocument) => boolean);
};

export type FooterPage = { number: number; count: number };

export type Doc = {
  doc: PDFKit.PDFDocument;
  page: { width: number; height: number };
  flow: Flow;
  brand: Brand;
  styles: Styles;
  org: OrgModel;
  logo?: CheckedImage;
  /** An extra footer line on every page (the SHA-256 of adjusted minutes). */
  footerNote?: string;
  headerRight: string[];
};

export function createDocument(opts: DocOptions): { d: Doc; bytes: Promise<Uint8Array> } {
  const created = creationDate(opts.date);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    autoFirstPage: false,
    lang: 'sv-SE',
    displayTitle: true,
    pdfVersion: '1.4',
    info: {
      Title: opts.title,
      Author: opts.org.name,
      Subject: opts.subject,
      Creator: 'Kansli',
      Producer: 'Kansli',
      ...(created ? { CreationDate: created } : {}),
    },
  });
  const chunks: Buffer[] = [];
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const all = Buffer.concat(chunks);
      resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    });
  });
  registerFonts(doc);
  const brand = makeBrand(opts.org.color);
  const styles = makeStyles(brand);
  const landscape = typeof opts.landscape === 'function' ? opts.landscape(doc) : Boolean(opts.landscape);
  const page = landscape ? { width: A4.height, height: A4.width } : A4;
  const partial = {
    doc,
    page,
    brand,
    styles,
    org: opts.org,
    logo: openImage(doc, opts.org.logo),
    headerRight: opts.headerRight ?? [],
  };
  const footerHeight = opts.footerHeight ?? 62;
  const startPage = (): PageFrame => {
    doc.addPage({ size: 'A4', layout: landscape ? 'landscape' : 'portrait', margin: 0 });
    drawHeader(partial);
    return { left: MARGIN.left, right: page.width - MARGIN.right, top: HEADER_RULE_Y + 24, bottom: page.height - footerHeight };
  };
  const d: Doc = { ...partial, flow: new Flow(doc, startPage) };
  return { d, bytes };
}

function drawHeader(d: Omit<Doc, 'flow' | 'footerNote'>): void {
  const { doc, brand, logo, page } = d;
  const top = 30;
  const boxH = 36;
  let x = MARGIN.left;
  if (logo) {
    const scale = Math.min(130 / logo.width, boxH / logo.height);
    const w = logo.width * scale;
    const h = logo.height * scale;
    doc.image(logo.dataUrl, x, top + (boxH - h) / 2, { width: w, height: h });
    x += w + 12;
  }
  const rightWidth = 170;
  const nameWidth = page.width - MARGIN.right - rightWidth - 12 - x;
  // A long name takes two smaller lines before anything is cut off.
  let nameStyle: TextStyle = { font: FONT.bold, size: 12, color: brand.ink };
  let lines = [d.org.name.replace(/\s*\n\s*/g, ' ')];
  if (measurer(doc)(lines[0]!, nameStyle) > nameWidth) {
    nameStyle = { ...nameStyle, size: 10.5 };
    const wrapped = wrapSpans([{ text: lines[0]!, style: nameStyle }], nameWidth, measurer(doc)).map((l) => l.pieces.map((p) => p.text).join(''));
    lines = wrapped.length > 2 ? [wrapped[0]!, fitText(doc, wrapped.slice(1).join(' '), nameStyle, nameWidth)] : wrapped;
  }
  const lineHeight = nameStyle.size * 1.25;
  lines.forEach((line, i) => {
    const y = top + boxH / 2 - (lines.length * lineHeight) / 2 + i * lineHeight + (lineHeight - nameStyle.size * 1.164) / 2;
    doc.font(nameStyle.font).fontSize(nameStyle.size).fillColor(nameStyle.color).text(line, x, y, { lineBreak: false });
  });
  d.headerRight.forEach((line, i) => {
    const style: TextStyle = i === 0 ? { font: FONT.bold, size: 8.5, color: brand.ink } : { font: FONT.regular, size: 8.5, color: MUTED };
    const t = fitText(doc, line, style, rightWidth);
    const w = measurer(doc)(t, style);
    const y = top + boxH / 2 - (d.headerRight.length * 12) / 2 + i * 12;
    doc.font(style.font).fontSize(style.size).fillColor(style.color).text(t, page.width - MARGIN.right - w, y, { lineBreak: false });
  });
  doc.save().moveTo(MARGIN.left, HEADER_RULE_Y).lineTo(page.width - MARGIN.right, HEADER_RULE_Y).lineWidth(1.2).strokeColor(brand.accent).stroke().restore();
}

/** Shortens text with an ellipsis to fit one line. */
export function fitText(doc: PDFKit.PDFDocument, text: string, style: TextStyle, width: number): string {
  const measure = measurer(doc);
  const oneLine = text.replace(/\s*\n\s*/g, ', ');
  if (measure(oneLine, style) <= width) return oneLine;
  let lo = 0;
  let hi = oneLine.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${oneLine.slice(0, mid).trimEnd()}…`, style) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${oneLine.slice(0, lo).trimEnd()}…`;
}

export function pageLabel(page: FooterPage): string | undefined {
  return page.count > 1 ? `Sida ${page.number} av ${page.count}` : undefined;
}

function drawStandardFooter(d: Doc, page: FooterPage): void {
  const { doc, org } = d;
  const y = d.page.height - 44;
  const width = d.page.width - MARGIN.left - MARGIN.right;
  doc.save().moveTo(MARGIN.left, y).lineTo(d.page.width - MARGIN.right, y).lineWidth(0.5).strokeColor(HAIRLINE).stroke().restore();
  const style: TextStyle = { font: FONT.regular, size: 7.5, color: MUTED };
  const label = pageLabel(page);
  const labelWidth = label ? measurer(doc)(label, style) : 0;
  const details = [org.name, org.organisationNumber && `Org.nr ${org.organisationNumber}`, org.address, org.email, org.website]
    .filter((s): s is string => Boolean(s))
    .join('  ·  ');
  doc.font(style.font).fontSize(style.size).fillColor(style.color);
  doc.text(fitText(doc, details, style, width - labelWidth - 16), MARGIN.left, y + 7, { lineBreak: false });
  if (label) doc.text(label, d.page.width - MARGIN.right - labelWidth, y + 7, { lineBreak: false });
  if (d.footerNote) doc.text(fitText(doc, d.footerNote, style, width), MARGIN.left, y + 18, { lineBreak: false });
}

export type Footer = (d: Doc, page: FooterPage) => void;

/**
 * Draws the footers of the pages since the last section ended, numbered among themselves, and
 * writes those pages out. An invoice run closes a section per invoice, so a thousand invoices
 * never sit in memory at once.
 */
export function closeSection(d: Doc, footer: Footer = drawStandardFooter): void {
  const { doc } = d;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    footer(d, { number: i - start + 1, count });
  }
  doc.flushPages();
}

/** Draws the last footers and closes the document. */
export function finishDocument(d: Doc, bytes: Promise<Uint8Array>, footer: Footer = drawStandardFooter): Promise<Uint8Array> {
  closeSection(d, footer);
  d.doc.end();
  return bytes;
}
