// Fakturor: one or many in one PDF, each starting on its own page and numbered on its own
// ("Sida 1 av 2" counts the pages of that invoice, not of the whole run). Payment by bankgiro
// with the OCR reference, and by Swish with a QR code when the association has a Swish number.
import { closeSection, createDocument, finishDocument, fitText, MARGIN, pageLabel, type Doc, type FooterPage } from '../layout/document';
import { stack, type Row } from '../layout/flow';
import { FONT } from '../layout/fonts';
import { formatBankgiro, formatIsoDate, formatOre, formatSwishNumber } from '../layout/format';
import { HAIRLINE, heightOf, INK, MUTED, paragraphRows, spacer, textRows } from '../layout/text';
import type { TextStyle } from '../layout/wrap';
import { problemError } from '../errors';
import type { OrgModel } from '../models/common';
import type { InvoiceModel, InvoicesModel } from '../models/invoice';
import { drawQr, qrMatrix, swishPayee, swishPayload } from '../swish';

const FOOTER_HEIGHT = 84;
const kindTitle = { invoice: 'Faktura', reminder: 'Påminnelse', credit: 'Kreditfaktura' } as const;

type Payment = { bankgiro?: string; swish?: string };

function paymentDetails(org: OrgModel, invoices: InvoiceModel[]): Payment {
  const bankgiro = org.bankgiro ? formatBankgiro(org.bankgiro) : undefined;
  if (org.bankgiro && !bankgiro) throw problemError('invoice', 'bankgironumret i föreningens inställningar är ogiltigt (det ska ha 7 eller 8 siffror).');
  const swish = swishPayee(org.swishNumber);
  if (!bankgiro && !swish && invoices.some((i) => i.kind !== 'credit')) {
    throw problemError('invoice', 'ange föreningens bankgiro eller Swishnummer i inställningarna, annars går fakturan inte att betala.');
  }
  return { bankgiro, swish };
}

function headerFor(inv: InvoiceModel): string[] {
  return [kindTitle[inv.kind].toUpperCase(), `Nr ${inv.invoiceNumber}`];
}

export async function renderInvoices(org: OrgModel, m: InvoicesModel): Promise<Uint8Array> {
  const payment = paymentDetails(org, m.invoices);
  const first = m.invoices[0]!;
  const { d, bytes } = createDocument({
    org,
    title: m.invoices.length === 1 ? `${kindTitle[first.kind]} ${first.invoiceNumber}` : `Fakturor (${m.invoices.length} st)`,
    subject: m.invoices.length === 1 ? `${kindTitle[first.kind]} från ${org.name}` : `${m.invoices.length} fakturor från ${org.name}`,
    date: first.invoiceDate,
    headerRight: headerFor(first),
    footerHeight: FOOTER_HEIGHT,
  });
  m.invoices.forEach((inv, i) => {
    if (i > 0) {
      closeSection(d, invoiceFooter);
      d.headerRight.splice(0, d.headerRight.length, ...headerFor(inv));
      d.flow.newPage();
    }
    invoicePage(d, inv, payment);
  });
  return finishDocument(d, bytes, invoiceFooter);
}

function invoicePage(d: Doc, inv: InvoiceModel, payment: Payment): void {
  const { doc, flow, styles } = d;
  const credit = inv.kind === 'credit';
  // A credit note prints what is credited as negative, whichever sign the model used.
  const sign = credit && inv.totalOre > 0 ? -1 : 1;

  // Title and recipient on the left, the invoice's facts on the right.
  const leftWidth = 235;
  const rightX = flow.left + 265;
  const rightWidth = flow.right - rightX;
  const left: Row[] = [
    ...textRows(doc, kindTitle[inv.kind], styles.title, flow.left, leftWidth, { leading: 1.2 }),
    spacer(18),
    ...textRows(doc, inv.member.name, styles.bodyBold, flow.left, leftWidth),
    ...inv.member.addressLines.flatMap((l) => textRows(doc, l, styles.body, flow.left, leftWidth)),
    ...(inv.member.organisationNumber ? textRows(doc, `Org.nr ${inv.member.organisationNumber}`, styles.smallMuted, flow.left, leftWidth) : []),
  ];
  const factRows: [string, string | undefined][] = [
    [credit ? 'Kreditfakturanr' : 'Fakturanummer', inv.invoiceNumber],
    ['Fakturadatum', formatIsoDate(inv.invoiceDate)],
    ...(credit ? [] : ([['Förfallodatum', formatIsoDate(inv.dueDate)], ['OCR-nummer', inv.ocr]] as [string, string][])),
    ['Krediterar faktura', inv.creditsInvoiceNumber],
    ['Påminnelse nr', inv.kind === 'reminder' && inv.reminderCount ? String(inv.reminderCount) : undefined],
    ['Medlemsnummer', inv.member.memberNumber || undefined],
    ['Er referens', inv.reference],
    ['Betalningsvillkor', credit ? undefined : inv.paymentTerms],
  ];
  const right: Row[] = factRows
    .filter((f): f is [string, string] => Boolean(f[1]))
    .map(([label, value]) => keyValueRow(d, label, value, rightX, rightWidth));
  const blockHeight = Math.max(heightOf(left), heightOf(right));
  flow.rows([
    {
      height: blockHeight,
      draw: (y) => {
        stack(left, y);
        stack(right, y + 4);
      },
    },
  ]);

  flow.space(26);
  const intro = inv.kind === 'reminder'
    ? `Vi har ännu inte fått betalt för faktura ${inv.invoiceNumber}. Betala gärna beloppet nedan så snart som möjligt. Har du redan betalat kan du bortse från den här påminnelsen.`
    : undefined;
  for (const text of [intro, inv.note]) {
    if (!text) continue;
    flow.rows(paragraphRows(doc, text, styles.body, flow.left, flow.width));
    flow.space(10);
  }

  lineTable(d, inv, sign);
  flow.space(22);
  if (credit) {
    const target = inv.creditsInvoiceNumber ? `mot faktura ${inv.creditsInvoiceNumber}` : 'till ditt konto hos föreningen';
    const text = `Detta är en kreditfaktura och ska inte betalas. Beloppet ${formatOre(Math.abs(inv.totalOre))} krediteras ${target}.`;
    flow.rows(paragraphRows(doc, text, styles.body, flow.left, flow.width));
  } else {
    paymentBox(d, inv, payment);
  }
}

function keyValueRow(d: Doc, label: string, value: string, x: number, width: number): Row {
  const { doc, styles } = d;
  const labelStyle = styles.smallMuted;
  const valueStyle: TextStyle = { font: FONT.bold, size: 9.5, color: INK };
  return {
    height: 17,
    draw: (y) => {
      doc.font(labelStyle.font).fontSize(labelStyle.size).fillColor(labelStyle.color).text(label, x, y + 3, { lineBreak: false });
      const room = width - doc.widthOfString(label) - 10;
      const shown = fitText(doc, value, valueStyle, room);
      const w = doc.font(valueStyle.font).fontSize(valueStyle.size).widthOfString(shown);
      doc.fillColor(valueStyle.color).text(shown, x + width - w, y + 2, { lineBreak: false });
      doc.save().moveTo(x, y + 16).lineTo(x + width, y + 16).lineWidth(0.4).strokeColor(HAIRLINE).stroke().restore();
    },
  };
}

function lineTable(d: Doc, inv: InvoiceModel, sign: number): void {
  const { doc, flow, styles, brand } = d;
  const amountWidth = 110;
  const textWidth = flow.width - amountWidth - 10;
  const amountStyle = styles.body;
  const rightText = (text: string, style: TextStyle, y: number, h: number) => {
    const w = doc.font(style.font).fontSize(style.size).widthOfString(text);
    doc.fillColor(style.color).text(text, flow.right - w, y + (h - style.size * 1.164) / 2, { lineBreak: false });
  };
  const header: Row = {
    height: 20,
    draw: (y) => {
      doc.font(styles.smallBold.font).fontSize(8.5).fillColor(MUTED).text('Beskrivning', flow.left, y + 4, { lineBreak: false });
      rightText('Belopp', { ...styles.smallBold, color: MUTED }, y, 18);
      doc.save().moveTo(flow.left, y + 18).lineTo(flow.right, y + 18).lineWidth(0.8).strokeColor(brand.accent).stroke().restore();
    },
  };
  const rows: Row[] = inv.lines.map((line) => {
    const textPart = textRows(doc, line.text, styles.body, flow.left, textWidth);
    const height = heightOf(textPart) + 8;
    return {
      height,
      draw: (y) => {
        stack(textPart, y + 4);
        rightText(formatOre(sign * line.amountOre), amountStyle, y + 4, textPart[0]?.height ?? 14);
        doc.save().moveTo(flow.left, y + height).lineTo(flow.right, y + height).lineWidth(0.4).strokeColor(HAIRLINE).stroke().restore();
      },
    };
  });
  const totalLabel = inv.kind === 'credit' ? 'Att kreditera' : 'Att betala';
  const totalStyle: TextStyle = { font: FONT.bold, size: 12, color: brand.ink };
  rows.push({
    height: 30,
    draw: (y) => {
      doc.save().rect(flow.left, y + 4, flow.width, 26).fillColor(brand.tint).fill().restore();
      doc.font(totalStyle.font).fontSize(totalStyle.size).fillColor(totalStyle.color).text(totalLabel, flow.left + 8, y + 10, { lineBreak: false });
      const amount = formatOre(sign * inv.totalOre);
      const w = doc.widthOfString(amount);
      doc.text(amount, flow.right - 8 - w, y + 10, { lineBreak: false });
    },
  });
  flow.rows(rows, { header: [header], minRows: 2 });
}

function paymentBox(d: Doc, inv: InvoiceModel, payment: Payment): void {
  const { doc, flow, styles, brand } = d;
  const qrSize = 92;
  const swish = payment.swish && inv.totalOre > 0 ? payment.swish : undefined;
  const textWidth = flow.width - (swish ? qrSize + 40 : 0) - 24;
  const x = flow.left + 14;
  const entries: [string, string][] = [
    ...(payment.bankgiro ? ([['Bankgiro', payment.bankgiro]] as [string, string][]) : []),
    ['OCR-nummer', inv.ocr],
    ['Belopp', formatOre(inv.totalOre)],
    ['Förfallodatum', formatIsoDate(inv.dueDate)],
  ];
  const rows: Row[] = [
    ...textRows(doc, 'Så betalar du', { ...styles.label, size: 9.5 }, x, textWidth),
    spacer(4),
    ...entries.map(([label, value]) => keyValueRow(d, label, value, x, Math.min(textWidth, 250))),
    spacer(8),
    ...paragraphRows(
      doc,
      payment.bankgiro
        ? 'Ange alltid OCR-numret som referens när du betalar, så att betalningen kan kopplas till din faktura.'
        : 'Ange OCR-numret som meddelande när du betalar.',
      styles.smallMuted,
      x,
      textWidth,
    ),
  ];
  const height = Math.max(heightOf(rows), swish ? qrSize + 30 : 0) + 24;
  flow.rows([
    {
      height,
      draw: (y) => {
        doc.save().roundedRect(flow.left, y, flow.width, height, 4).lineWidth(0.8).strokeColor(brand.accent).stroke().restore();
        stack(rows, y + 12);
        if (swish) {
          const qx = flow.right - qrSize - 16;
          drawQr(doc, qrMatrix(swishPayload(swish, inv.totalOre, inv.ocr)), qx, y + 8, qrSize);
          const caption = `Swish ${formatSwishNumber(swish)}`;
          doc.font(FONT.bold).fontSize(8.5).fillColor(INK);
          doc.text('Betala med Swish', qx + (qrSize - doc.widthOfString('Betala med Swish')) / 2, y + qrSize + 8, { lineBreak: false });
          doc.font(FONT.regular).fontSize(8).fillColor(MUTED);
          doc.text(caption, qx + (qrSize - doc.widthOfString(caption)) / 2, y + qrSize + 20, { lineBreak: false });
        }
      },
    },
  ], { keepTogether: true });
}

/** The classic Swedish invoice footer: address, contact, payment and registration in columns. */
function invoiceFooter(d: Doc, page: FooterPage): void {
  const { doc, org } = d;
  const y = d.page.height - FOOTER_HEIGHT + 14;
  const width = d.page.width - MARGIN.left - MARGIN.right;
  doc.save().moveTo(MARGIN.left, y).lineTo(d.page.width - MARGIN.right, y).lineWidth(0.5).strokeColor(HAIRLINE).stroke().restore();
  const columns: [string, string[]][] = [
    ['Adress', [org.name, ...(org.address ?? '').split(/\n|,\s*/).filter(Boolean)]],
    ['Kontakt', [org.email, org.website].filter((s): s is string => Boolean(s))],
    ['Betalning', [org.bankgiro && formatBankgiro(org.bankgiro) && `Bankgiro ${formatBankgiro(org.bankgiro)}`, swishPayee(org.swishNumber) && `Swish ${formatSwishNumber(org.swishNumber ?? '')}`].filter((s): s is string => Boolean(s))],
    ['Organisationsnummer', org.organisationNumber ? [org.organisationNumber] : []],
  ];
  const colWidth = width / columns.length;
  columns.forEach(([label, lines], i) => {
    const x = MARGIN.left + i * colWidth;
    doc.font(FONT.bold).fontSize(7).fillColor(MUTED).text(label, x, y + 8, { lineBreak: false });
    const style: TextStyle = { font: FONT.regular, size: 7.5, color: INK };
    lines.slice(0, 4).forEach((line, j) => {
      doc.font(style.font).fontSize(style.size).fillColor(style.color).text(fitText(doc, line, style, colWidth - 8), x, y + 18 + j * 10, { lineBreak: false });
    });
  });
  const label = pageLabel(page);
  if (label) {
    doc.font(FONT.regular).fontSize(7.5).fillColor(MUTED);
    doc.text(label, d.page.width - MARGIN.right - doc.widthOfString(label), d.page.height - 22, { lineBreak: false });
  }
}
