// Swish QR codes for invoices, drawn as vector squares (sharp at any print resolution).
//
// Payload: Swish's "C" format for prefilled payments (Swish QR-code API manual, section 6.1,
// "QR code encoding specification"):
//   C<payee>;<amount>;<message>;<lock mask>
// - payee: the Swish number, digits only;
// - amount: SEK with two decimals and a decimal comma ("500,00");
// - message: URL-encoded; on an invoice the OCR reference, so the payment can be matched;
// - lock mask: bits payee = 1, amount = 2, message = 4, a set bit meaning "the payer may edit".
//   We use 0: nothing editable, so the payer cannot change the amount or the reference.
// The message is at most 50 characters in Swish, and an OCR reference is at most 25 digits.
import QRCode from 'qrcode';
import { digitsOnly } from './layout/format';

export function swishPayee(swishNumber: string | undefined): string | undefined {
  const digits = digitsOnly(swishNumber ?? '');
  return digits.length >= 8 && digits.length <= 15 ? digits : undefined;
}

export function swishPayload(payee: string, amountOre: number, message: string): string {
  const amount = `${Math.floor(amountOre / 100)},${String(amountOre % 100).padStart(2, '0')}`;
  return `C${payee};${amount};${encodeURIComponent(message.slice(0, 50))};0`;
}

export type QrMatrix = { size: number; dark(row: number, col: number): boolean };

export function qrMatrix(payload: string): QrMatrix {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (r, c) => modules.data[r * modules.size + c] === 1 };
}

/**
 * Draws the code with its top-left corner at (x, y), `size` points wide including the quiet zone
 * of four modules that scanners need. Each run of dark modules in a row is one rectangle, and all
 * of them are filled at once, which keeps a page with a code small and fast to render.
 */
export function drawQr(doc: PDFKit.PDFDocument, matrix: QrMatrix, x: number, y: number, size: number): void {
  const quiet = 4;
  const cell = size / (matrix.size + 2 * quiet);
  doc.save();
  for (let r = 0; r < matrix.size; r++) {
    let c = 0;
    while (c < matrix.size) {
      if (!matrix.dark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < matrix.size && matrix.dark(r, c)) c++;
      // A hair of overlap between rows hides seams some viewers draw between adjacent squares.
      doc.rect(x + (quiet + start) * cell, y + (quiet + r) * cell, (c - start) * cell, cell + 0.05);
    }
  }
  doc.fillColor('#000000').fill();
  doc.restore();
}
