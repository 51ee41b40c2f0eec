import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { PdfModelError, renderPdf } from '../../../electron/services/pdf';
import { invoice, invoices, org } from './fixtures';
import { pageCount, pdfImages, pdfText, rasterize, squash, wordBoxes } from './pdftools';

describe('invoice PDF', () => {
  it('carries what is needed to pay: OCR, bankgiro, amount and due date', async () => {
    const data = invoices(1);
    const inv = data.invoices[0]!;
    const bytes = await renderPdf({ kind: 'invoice', org, data });
    // Layout mode keeps each label on the same line as its value, as the reader sees them.
    const text = squash(pdfText(bytes, { layout: true }));
    expect(inv.ocr).toBe('2025001005');
    for (const expected of [
      'Faktura',
      'Fakturanummer 2025-0001',
      'Fakturadatum 2025-02-03',
      'Förfallodatum 2025-03-05',
      'OCR-nummer 2025001005',
      'Bankgiro 5402-9681',
      'Umeå Kodverkstad AB',
      '901 21 Umeå',
      'Medlemsavgift 2025, kategori Medelstort företag (10–49 anställda)',
      '4 500,00 kr',
      'Att betala 5 000,00 kr',
      'Betala med Swish',
      'Swish 123 118 11 89',
      'Organisationsnummer',
      '802456-7896',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pageCount(bytes)).toBe(1);
    expect(text).not.toContain('Sida');
  });

  it('draws the Swish code as vector graphics holding the C-format payload', async () => {
    const bytes = await renderPdf({ kind: 'invoice', org, data: invoices(1) });
    // Only the logo is an image: the QR code is drawn, not rasterised.
    expect(pdfImages(bytes).map((i) => i.width)).toEqual([160]);

    // Find the code above its caption "Betala med Swish", rasterise it and read the modules.
    const words = wordBoxes(bytes);
    const start = words.findIndex((w, i) => w.word === 'Betala' && words[i + 1]?.word === 'med' && words[i + 2]?.word === 'Swish');
    expect(start).toBeGreaterThan(-1);
    const caption = { xMin: words[start]!.xMin, xMax: words[start + 2]!.xMax, yMin: words[start]!.yMin };
    const mid = (caption.xMin + caption.xMax) / 2;
    const scale = 6;
    const raster = rasterize(bytes, { x: mid - 50, y: caption.yMin - 96, w: 100, h: 94 }, scale);
    // Black only: the box border in the association's colour and grey text are lighter.
    const dark = (x: number, y: number) => (raster.pixels[Math.round(y) * raster.width + Math.round(x)] ?? 255) < 50;
    let x0 = raster.width, y0 = raster.height, x1 = 0, y1 = 0;
    for (let y = 0; y < raster.height; y++) {
      for (let x = 0; x < raster.width; x++) {
        if (!dark(x, y)) continue;
        x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
      }
    }
    // The payload written out by hand from Swish's spec: C<payee>;<amount>;<message>;<lock mask>.
    const expected = QRCode.create('C1231181189;5000,00;2025001005;0', { errorCorrectionLevel: 'M' }).modules;
    const cell = (x1 - x0 + 1) / expected.size;
    expect(Math.abs(y1 - y0 + 1 - (x1 - x0 + 1))).toBeLessThan(2); // square
    let mismatches = 0;
    for (let r = 0; r < expected.size; r++) {
      for (let c = 0; c < expected.size; c++) {
        const isDark = dark(x0 + (c + 0.5) * cell, y0 + (r + 0.5) * cell);
        if (isDark !== (expected.data[r * expected.size + c] === 1)) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  it('leaves out the Swish code when the association has no Swish number', async () => {
    const bytes = await renderPdf({ kind: 'invoice', org: { ...org, swishNumber: undefined }, data: invoices(1) });
    const text = pdfText(bytes);
    expect(text).not.toContain('Swish');
    expect(squash(text)).toContain('Bankgiro 5402-9681');
  });

  it('writes reminders and credit notes as such', async () => {
    const reminder = invoice(0, { kind: 'reminder', reminderCount: 2, invoiceDate: '2025-03-20', dueDate: '2025-03-30' });
    const credit = invoice(1, { kind: 'credit', creditsInvoiceNumber: '2025-0001', lines: [{ text: 'Kreditering av medlemsavgift 2025', amountOre: 450000 }], totalOre: 450000 });
    const bytes = await renderPdf({ kind: 'invoice', org, data: { invoices: [reminder, credit] } });
    const [first, second] = pdfText(bytes, { layout: true }).split('\f').map(squash);
    expect(first).toContain('Påminnelse');
    expect(first).toContain('Påminnelse nr 2');
    expect(first).toContain('Vi har ännu inte fått betalt för faktura 2025-0001');
    expect(first).toContain('OCR-nummer');
    expect(second).toContain('Kreditfaktura');
    expect(second).toContain('Krediterar faktura 2025-0001');
    expect(second).toContain('Att kreditera −4 500,00 kr');
    expect(second).toContain('ska inte betalas. Beloppet 4 500,00 kr krediteras mot faktura 2025-0001.');
    expect(second).not.toContain('OCR-nummer');
    expect(second).not.toContain('Betala med Swish');
  });

  it('numbers the pages of each invoice on its own', async () => {
    const long = invoice(1, {
      lines: Array.from({ length: 30 }, (_, i) => ({ text: `Deltagaravgift frukostmöte ${i + 1} – medlem`, amountOre: 15000 })),
      totalOre: 30 * 15000,
    });
    const bytes = await renderPdf({ kind: 'invoice', org, data: { invoices: [invoice(0), long, invoice(2)] } });
    const pages = pdfText(bytes, { layout: true }).split('\f').map(squash).filter((p) => p.trim());
    expect(pages).toHaveLength(4);
    expect(pages[0]).not.toContain('Sida');
    expect(pages[1]).toContain('Sida 1 av 2');
    expect(pages[2]).toContain('Sida 2 av 2');
    expect(pages[2]).toContain('Beskrivning Belopp'); // the table header repeats
    expect(pages[2]).toContain('Att betala 4 500,00 kr');
    expect(pages[3]).not.toContain('Sida');
  });

  it('refuses invoices that cannot be paid or do not add up, in Swedish', async () => {
    await expect(renderPdf({ kind: 'invoice', org: { ...org, bankgiro: undefined, swishNumber: undefined }, data: invoices(1) })).rejects.toThrow(
      /Fakturan kunde inte skapas: ange föreningens bankgiro eller Swishnummer/,
    );
    await expect(renderPdf({ kind: 'invoice', org: { ...org, bankgiro: '12-34' }, data: invoices(1) })).rejects.toThrow(/bankgironumret .* är ogiltigt/);
    const wrong = invoice(0, { totalOre: 499900 });
    const err = await renderPdf({ kind: 'invoice', org, data: { invoices: [invoice(1), wrong] } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PdfModelError);
    expect((err as Error).message).toBe(
      'Fakturan kunde inte skapas eftersom uppgifterna är ofullständiga: faktura 2, att betala stämmer inte med summan av fakturaraderna.',
    );
  });

  it('renders 1,000 invoices as one document of 1,000 pages, embedding the logo once', { timeout: 120_000 }, async () => {
    const bytes = await renderPdf({ kind: 'invoice', org, data: invoices(1000) });
    expect(pageCount(bytes)).toBe(1000);
    const images = pdfImages(bytes);
    expect(images).toHaveLength(1000);
    expect(new Set(images.map((i) => i.object)).size).toBe(1);
    // Shared fonts and logo keep the file small: a few kilobytes per page.
    expect(bytes.length / 1000).toBeLessThan(8_000);
    const text = pdfText(bytes);
    expect(text).toContain('2025001005');
    expect(text).toContain('Medlemsföretag 1099 AB');
    expect(text).not.toContain('Sida');
  });
});
