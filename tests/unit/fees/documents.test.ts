// The fees area's documents as the member gets them: an invoice with its Swish code, an invoice
// that uses a carried surplus, and the credit note — checked by the text a reader sees and by
// reading the QR code's modules back from the rendered page.
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/pdf';
import { creditNotePdfData, invoicePdfData, pdfOrg } from '../../../renderer/src/domain/fees/pdfModel';
import { createOcrReference } from '../../../renderer/src/domain/fees/ocr';
import type { Invoice } from '../../../renderer/src/domain/fees/invoicing';
import type { OrgProfile } from '../../../renderer/src/domain/org/profile';
import { pdfImages, pdfText, rasterize, squash, wordBoxes } from '../pdf/pdftools';

const profile: OrgProfile = { name: 'Västsvenska IT-nätverket', organisationNumber: '802456-7896', street: 'Lindholmspiren 3', postalCode: '417 56', city: 'Göteborg', bankgiro: '5050-1055', swishNumber: '123 118 11 89' };
const invoice: Invoice = {
  year: 2026, invoiceNumber: 20260042, ocr: createOcrReference('20260042'), memberId: 'm42', memberNumber: 42, memberName: 'Åkesson Bygg AB', categoryId: 'c',
  amountOre: 120_000, invoiceDate: '2026-01-15', dueDate: '2026-02-14', paymentTerms: '30 dagar netto', status: 'open', reminderCount: 0,
};
const member = { name: 'Åkesson Bygg AB', memberNumber: 42, organisationNumber: '556677-8899', street: 'Storgatan 1', postalCode: '411 01', city: 'Göteborg' };

async function render(data: ReturnType<typeof invoicePdfData> | ReturnType<typeof creditNotePdfData>, p: OrgProfile = profile) {
  return renderPdf({ kind: 'invoice', org: pdfOrg(p, 'Föreningen'), data: { invoices: [data] } });
}

/** Reads the code above "Betala med Swish" back into modules and counts those that differ from `payload`'s. */
function qrMismatches(bytes: Uint8Array, payload: string): number {
  const words = wordBoxes(bytes);
  const start = words.findIndex((w, i) => w.word === 'Betala' && words[i + 1]?.word === 'med' && words[i + 2]?.word === 'Swish');
  if (start < 0) throw new Error('no Swish caption');
  const mid = (words[start]!.xMin + words[start + 2]!.xMax) / 2;
  const raster = rasterize(bytes, { x: mid - 50, y: words[start]!.yMin - 96, w: 100, h: 94 }, 6);
  const dark = (x: number, y: number) => (raster.pixels[Math.round(y) * raster.width + Math.round(x)] ?? 255) < 50;
  let x0 = raster.width, y0 = raster.height, x1 = 0;
  for (let y = 0; y < raster.height; y++) for (let x = 0; x < raster.width; x++) if (dark(x, y)) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); }
  const expected = QRCode.create(payload, { errorCorrectionLevel: 'M' }).modules;
  const cell = (x1 - x0 + 1) / expected.size;
  let mismatches = 0;
  for (let r = 0; r < expected.size; r++) for (let c = 0; c < expected.size; c++) if (dark(x0 + (c + 0.5) * cell, y0 + (r + 0.5) * cell) !== (expected.data[r * expected.size + c] === 1)) mismatches++;
  return mismatches;
}

describe('the fee invoice PDF', () => {
  it('carries a Swish code for the amount and OCR reference when the association has a Swish number', async () => {
    const bytes = await render(invoicePdfData(invoice, member, { kind: 'invoice' }));
    const text = squash(pdfText(bytes, { layout: true }));
    expect(invoice.ocr).toBe('202600425'); // Luhn over 20260042: 4+4+0+0+3+2+0+2 = 15, check digit 5
    expect(text).toContain('Att betala 1 200,00 kr');
    expect(text).toContain('Swish 123 118 11 89');
    // Drawn as vector squares, not an image: no image at all without a logo.
    expect(pdfImages(bytes)).toEqual([]);
    expect(qrMismatches(bytes, 'C1231181189;1200,00;202600425;0')).toBe(0);
  });

  it('has no Swish code without a Swish number', async () => {
    const bytes = await render(invoicePdfData(invoice, member, { kind: 'invoice' }), { ...profile, swishNumber: undefined });
    expect(pdfText(bytes)).not.toContain('Swish');
  });

  it('lowers what is to pay by a surplus carried from the member’s earlier invoice, Swish code included', async () => {
    const next = { ...invoice, year: 2027, invoiceNumber: 20270042, ocr: createOcrReference('20270042') };
    const bytes = await render(invoicePdfData(next, member, { kind: 'invoice', carriedIn: [{ fromInvoiceNumber: 20260042, amountOre: 25_000 }] }));
    const text = squash(pdfText(bytes, { layout: true }));
    expect(text).toContain('Medlemsavgift 2027 1 200,00 kr');
    expect(text).toContain('Tillgodo från faktura 20260042 (överbetalt) −250,00 kr');
    expect(text).toContain('Att betala 950,00 kr');
    expect(qrMismatches(bytes, `C1231181189;950,00;${next.ocr};0`)).toBe(0);
  });
});

describe('the credit note', () => {
  it('is a Kreditfaktura with its own number, the invoice it credits, a negative amount and no way to pay', async () => {
    const credited: Invoice = { ...invoice, status: 'credited', creditedDate: '2026-04-02', creditReason: 'left' };
    const bytes = await render(creditNotePdfData(credited, member, '2026-11-28'));
    const text = squash(pdfText(bytes, { layout: true }));
    for (const expected of [
      'Kreditfaktura',
      'Kreditfakturanr K20260042',
      'Fakturadatum 2026-04-02',
      'Krediterar faktura 20260042',
      'Orsak: Medlemmen har lämnat föreningen.',
      'Kreditering av medlemsavgift 2026, faktura 20260042 −1 200,00 kr',
      'Att kreditera −1 200,00 kr',
      'Detta är en kreditfaktura och ska inte betalas.',
      'Åkesson Bygg AB',
    ]) expect(text).toContain(expected);
    for (const absent of ['OCR-nummer', 'Förfallodatum', 'Så betalar du', 'Betala med Swish', 'Att betala']) expect(text).not.toContain(absent);
  });
});
