// Pressmeddelande: label and date, a large headline, the lead set apart in bold, the body with
// sub-headings, quotes and pictures, then "Om föreningen" and the press contacts.
import { heading, ruleRow } from '../layout/blocks';
import { createDocument, finishDocument, type Doc } from '../layout/document';
import type { Row } from '../layout/flow';
import { FONT } from '../layout/fonts';
import { formatDate } from '../layout/format';
import { openImage } from '../layout/images';
import { HAIRLINE, heightOf, INK, MUTED, paragraphRows, spacer, textRows } from '../layout/text';
import type { TextStyle } from '../layout/wrap';
import type { OrgModel } from '../models/common';
import type { PressBlock, PressReleaseModel } from '../models/pressRelease';

// A portrait beside a quote should not fill the page: two fit with their text.
const MAX_IMAGE_HEIGHT = 220;

export async function renderPressRelease(org: OrgModel, m: PressReleaseModel): Promise<Uint8Array> {
  const { d, bytes } = createDocument({ org, title: m.headline, subject: `Pressmeddelande ${formatDate(m.date)}`, date: m.date });
  // Page one says "Pressmeddelande" in large type; later pages get it in the header.
  d.headerRight.push('PRESSMEDDELANDE', formatDate(m.date));
  const { doc, flow, brand } = d;
  const body: TextStyle = { font: FONT.regular, size: 10.5, color: INK };

  const label: TextStyle = { font: FONT.bold, size: 10, color: brand.ink };
  const dateStyle: TextStyle = { font: FONT.regular, size: 10, color: MUTED };
  const dateText = formatDate(m.date);
  flow.rows([
    {
      height: 16,
      draw: (y) => {
        doc.font(label.font).fontSize(label.size).fillColor(label.color).text('PRESSMEDDELANDE', flow.left, y, { lineBreak: false, characterSpacing: 0.5 });
        const w = doc.font(dateStyle.font).fontSize(dateStyle.size).widthOfString(dateText);
        doc.fillColor(dateStyle.color).text(dateText, flow.right - w, y, { lineBreak: false });
      },
    },
  ]);
  if (m.embargo) {
    const [day, time] = m.embargo.split('T') as [string, string];
    flow.space(4);
    flow.rows(textRows(doc, `EMBARGO: Får publiceras tidigast ${formatDate(day)} kl. ${time.replace(':', '.')}`, { font: FONT.bold, size: 10, color: INK }, flow.left, flow.width));
  }
  flow.space(14);
  flow.rows(textRows(doc, m.headline, { font: FONT.bold, size: 23, color: brand.ink }, flow.left, flow.width, { leading: 1.2 }), { keepTogether: true });
  flow.space(12);
  flow.rows(paragraphRows(doc, m.lead, { font: FONT.bold, size: 11.5, color: INK }, flow.left, flow.width));
  flow.space(10);

  for (const block of m.body) renderBlock(d, block, body);

  if (m.about) {
    flow.space(16);
    flow.rows([ruleRow(d, HAIRLINE, 0.6, 6)]);
    heading(d, m.about.heading, { font: FONT.bold, size: 10, color: brand.ink }, 4, 30);
    flow.rows(paragraphRows(doc, m.about.text, { font: FONT.regular, size: 9.5, color: INK }, flow.left, flow.width));
  }
  if (m.contacts.length > 0) contacts(d, m.contacts);
  return finishDocument(d, bytes);
}

function renderBlock(d: Doc, block: PressBlock, body: TextStyle): void {
  const { doc, flow, brand } = d;
  switch (block.type) {
    case 'paragraph':
      flow.space(7);
      flow.rows(paragraphRows(doc, block.text, body, flow.left, flow.width));
      return;
    case 'heading':
      heading(d, block.text, { font: FONT.bold, size: 12.5, color: brand.ink }, 14, 40);
      return;
    case 'quote':
      quote(d, block.text, block.name, block.title);
      return;
    case 'image':
      image(d, block.src, block.caption);
      return;
  }
}

/** Wraps the text in Swedish quotation marks unless the writer already did. */
export function quoted(text: string): string {
  return /^[“”"«»]/.test(text) ? text : `”${text}”`;
}

function quote(d: Doc, text: string, name: string, title?: string): void {
  const { doc, flow, brand } = d;
  const indent = 20;
  const x = flow.left + indent + 12;
  const width = flow.width - indent - 12;
  const rows: Row[] = [
    ...paragraphRows(doc, quoted(text), { font: FONT.italic, size: 11.5, color: INK }, x, width),
    spacer(4),
    ...textRows(doc, `– ${title ? `${name}, ${title}` : name}`, { font: FONT.regular, size: 9.5, color: MUTED }, x, width),
  ];
  flow.space(12);
  flow.rows(rows, {
    padTop: 2,
    padBottom: 2,
    minRows: 2,
    decorate: (top, bottom) => {
      doc.save().rect(flow.left + indent, top, 2.5, bottom - top).fillColor(brand.accent).fill().restore();
    },
  });
  flow.space(6);
}

function image(d: Doc, src: string, caption?: string): void {
  const { doc, flow } = d;
  const img = openImage(doc, src);
  if (!img) return; // a broken picture must not stop the press release
  const captionStyle: TextStyle = { font: FONT.italic, size: 8.5, color: MUTED };
  const place = (height: number) => {
    const width = (height * img.width) / img.height;
    const x = flow.left + (flow.width - width) / 2;
    const captionRows = caption ? textRows(doc, caption, captionStyle, x, Math.max(width, Math.min(flow.width, 260))) : [];
    return { width, height, x, captionRows, total: height + 5 + heightOf(captionRows) };
  };
  let fit = place(Math.min(MAX_IMAGE_HEIGHT, (flow.width * img.height) / img.width));
  flow.space(12);
  // Rather than leave half a page empty, a picture may shrink a little to fit where it is.
  const room = flow.bottom - flow.y;
  if (!flow.fits(fit.total) && room - (fit.total - fit.height) >= fit.height * 0.6) fit = place(room - (fit.total - fit.height));
  const { width, height, x, captionRows } = fit;
  flow.rows([{ height: height + 5, draw: (y) => void doc.image(img.dataUrl, x, y, { width, height }) }, ...captionRows], {
    keepTogether: true,
    minRows: 1 + captionRows.length,
  });
  flow.space(6);
}

function contacts(d: Doc, people: PressReleaseModel['contacts']): void {
  const { doc, flow, brand } = d;
  const blocks = people.map((c) => {
    const rows: Row[] = [
      ...textRows(doc, [
        { text: c.name, style: { font: FONT.bold, size: 9.5, color: INK } },
        ...(c.role ? [{ text: `, ${c.role}`, style: { font: FONT.regular, size: 9.5, color: INK } }] : []),
      ], { font: FONT.regular, size: 9.5, color: INK }, flow.left, flow.width),
    ];
    const reach = [c.phone && `Telefon ${c.phone}`, c.email && `E-post ${c.email}`].filter(Boolean).join('  ·  ');
    if (reach) rows.push(...textRows(doc, reach, { font: FONT.regular, size: 9.5, color: MUTED }, flow.left, flow.width));
    rows.push(spacer(6));
    return rows;
  });
  // The contact block moves to the next page as a whole rather than leaving one name behind.
  const whole = blocks.reduce((sum, rows) => sum + heightOf(rows), 0);
  heading(d, 'För mer information, kontakta', { font: FONT.bold, size: 10, color: brand.ink }, 14, Math.min(whole, 300));
  for (const rows of blocks) flow.rows(rows, { keepTogether: true });
}
