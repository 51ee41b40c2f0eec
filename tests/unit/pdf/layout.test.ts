import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastOnWhite, DEFAULT_COLOR, makeBrand, parseHexColor } from '../../../electron/services/pdf/layout/brand';
import { FONT } from '../../../electron/services/pdf/layout/fonts';
import { formatBankgiro, formatDate, formatDateWithWeekday, formatOre, formatSwishNumber, formatTimeRange } from '../../../electron/services/pdf/layout/format';
import { isTied, wrapSpans, type Measure, type TextStyle } from '../../../electron/services/pdf/layout/wrap';
import { swishPayee, swishPayload } from '../../../electron/services/pdf/swish';

describe('Swedish formatting', () => {
  it('writes amounts, dates and numbers the Swedish way', () => {
    expect(formatOre(123450)).toBe('1 234,50 kr');
    expect(formatOre(100_000_000)).toBe('1 000 000,00 kr');
    expect(formatOre(-50)).toBe('−0,50 kr');
    expect(formatDate('2025-03-18')).toBe('18 mars 2025');
    expect(formatDateWithWeekday('2025-03-18')).toBe('tisdag 18 mars 2025');
    expect(formatDateWithWeekday('2024-02-29')).toBe('torsdag 29 februari 2024');
    expect(formatTimeRange('18:00', '20:15')).toBe('18.00–20.15');
    expect(formatTimeRange('9:30')).toBe('09.30');
    expect(formatBankgiro('54029681')).toBe('5402-9681');
    expect(formatBankgiro('123-4567')).toBe('123-4567');
    expect(formatBankgiro('12345')).toBeUndefined();
    expect(formatSwishNumber('1231181189')).toBe('123 118 11 89');
  });

  it('shows timestamps in Swedish time, across daylight saving', () => {
    expect(formatDate('2025-03-18T23:30:00Z')).toBe('19 mars 2025'); // UTC+1
    expect(formatDate('2025-06-30T22:30:00Z')).toBe('1 juli 2025'); // UTC+2
    expect(formatDate('2025-06-30T22:30:00+02:00')).toBe('30 juni 2025');
    expect(formatDate('2025-06-30T23:59')).toBe('30 juni 2025'); // no zone: taken as written
  });
});

describe('Swish payload', () => {
  it('matches the example in Swish’s QR code specification', () => {
    // "if a company (1237856901) send an invoice for 100SEK with OCR number 12229445, then the
    // content of the QR code is … C1237856901;100,00;12229445;0"
    expect(swishPayload('1237856901', 10000, '12229445')).toBe('C1237856901;100,00;12229445;0');
  });

  it('URL-encodes the message and reads Swish numbers written with spaces', () => {
    expect(swishPayload('1231181189', 45050, 'Avgift 2025 – Åsa')).toBe('C1231181189;450,50;Avgift%202025%20%E2%80%93%20%C3%85sa;0');
    expect(swishPayee('123 118 11 89')).toBe('1231181189');
    expect(swishPayee('123-45')).toBeUndefined();
  });
});

describe('brand colour', () => {
  it('falls back to dark blue for anything that is not a hex colour', () => {
    for (const bad of [undefined, '', 'blå', '#12345', 'rgb(0,0,0)', '#ggg']) expect(makeBrand(bad).accent).toBe(DEFAULT_COLOR);
    expect(makeBrand('#0E7490').accent).toBe('#0e7490');
    expect(makeBrand('0e7490').accent).toBe('#0e7490');
  });

  it('always gives text a colour that reads on white', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const hex = `#${n.toString(16).padStart(6, '0')}`;
        const brand = makeBrand(hex);
        expect(contrastOnWhite(parseHexColor(brand.ink)!)).toBeGreaterThanOrEqual(4.5);
        expect(contrastOnWhite(parseHexColor(brand.accent)!)).toBeGreaterThanOrEqual(1.6);
      }),
    );
  });
});

describe('line breaking', () => {
  const style: TextStyle = { font: FONT.regular, size: 10, color: '#000000' };
  // A monospaced stand-in for the font: every character is 5 points wide.
  const measure: Measure = (text) => text.length * 5;
  const word = fc.stringMatching(/^[a-zåäö]{1,12}$/);

  it('keeps every line within the width and every word in order', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.integer({ min: 60, max: 400 }), (words, width) => {
        const lines = wrapSpans([{ text: words.join(' '), style }], width, measure);
        for (const line of lines) expect(line.width).toBeLessThanOrEqual(width);
        expect(lines.map((l) => l.pieces.map((p) => p.text).join('')).join(' ')).toBe(words.join(' '));
      }),
    );
  });

  it('cuts a word longer than the line between characters rather than overflowing', () => {
    const hash = '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b';
    const lines = wrapSpans([{ text: `SHA-256: ${hash}`, style }], 100, measure);
    expect(lines.every((l) => l.width <= 100)).toBe(true);
    expect(lines.map((l) => l.pieces.map((p) => p.text).join('')).join('')).toBe(`SHA-256:${hash}`);
  });

  it('never separates § from its number, an amount from "kr", or a day from its month', () => {
    expect(isTied('enligt §', '4')).toBe(true);
    expect(isTied('kl.', '18.00')).toBe(true);
    expect(isTied('412', '350')).toBe(true);
    expect(isTied('412 350', 'kr.')).toBe(true);
    expect(isTied('den 31', 'mars')).toBe(true);
    expect(isTied('31 mars', '2025')).toBe(true);
    expect(isTied('medlemmar', 'ska')).toBe(false);
    const phrase = fc.constantFrom('enligt § 4', 'kl. 18.00', 'totalt 412 350 kr', 'den 31 mars 2025', 'till 87 %');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, phrase), { minLength: 1, maxLength: 30 }), fc.integer({ min: 90, max: 300 }), (parts, width) => {
        const lines = wrapSpans([{ text: parts.join(' '), style }], width, measure).map((l) => l.pieces.map((p) => p.text).join(''));
        for (const line of lines) {
          expect(line).not.toMatch(/(§|kl\.)$/);
          expect(line).not.toMatch(/^(kr|%|mars)\b/);
        }
      }),
    );
  });

  it('lets styles change mid-line without adding or losing text', () => {
    const bold: TextStyle = { ...style, font: FONT.bold };
    const lines = wrapSpans([{ text: 'Styrelsen beslutar att ', style }, { text: 'godkänna', style: bold }, { text: ' dagordningen.', style }], 1000, measure);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.pieces.map((p) => [p.text, p.style.font])).toEqual([
      ['Styrelsen beslutar att ', FONT.regular],
      ['godkänna', FONT.bold],
      [' dagordningen.', FONT.regular],
    ]);
  });
});
