import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createOcrReference,
  isValidOcrReference,
  luhnCheckDigit,
  ocrFromInvoiceNumber,
} from '../../../../renderer/src/domain/fees/ocr';

// References from Bankgirot's published BgMax example file for an agreement on OCR check with
// check digit and length ("Avtal om OCR-kontroll: Checksiffra och längd"), see fixtures/.
const BANKGIROT_LENGTH_REFERENCES = [
  '655969', '657866', '658765', '657767', '657965', '650861', '659763', '658260', '658369', '658468',
];

describe('createOcrReference', () => {
  it('appends the Luhn check digit', () => {
    expect(createOcrReference('123456789')).toBe('1234567897');
    // The classic Luhn example (ISO/IEC 7812): 7992739871 gets check digit 3.
    expect(createOcrReference('7992739871')).toBe('79927398713');
    expect(createOcrReference('0')).toBe('00');
  });

  it('with a length digit, appends the total length mod 10 and a check digit covering it', () => {
    // 9 digits + length digit + check digit = 11 -> length digit 1; Luhn of 1234567891 is 1.
    expect(createOcrReference('123456789', { lengthDigit: true })).toBe('12345678911');
    // Bankgirot's examples: base 6559 -> 6559 + 6 (six digits) + 9.
    for (const ref of BANKGIROT_LENGTH_REFERENCES) {
      expect(createOcrReference(ref.slice(0, -2), { lengthDigit: true })).toBe(ref);
    }
  });

  it('allows up to 25 digits in total and refuses more', () => {
    expect(createOcrReference('1'.repeat(24))).toHaveLength(25);
    expect(createOcrReference('1'.repeat(23), { lengthDigit: true })).toHaveLength(25);
    expect(() => createOcrReference('1'.repeat(25))).toThrow(RangeError);
    expect(() => createOcrReference('1'.repeat(24), { lengthDigit: true })).toThrow(/för långt.*högst 23 siffror/);
  });

  it('refuses anything but digits, with a Swedish message', () => {
    expect(() => createOcrReference('12-34')).toThrow(RangeError);
    expect(() => createOcrReference('12-34')).toThrow('OCR-referensen kan bara byggas av siffror, men ”12-34” innehåller annat.');
    expect(() => createOcrReference(' 1234')).toThrow(RangeError);
    expect(() => createOcrReference('١٢٣')).toThrow(RangeError); // Arabic-Indic digits are not 0–9
    expect(() => createOcrReference('')).toThrow(/tomt/);
  });
});

describe('isValidOcrReference', () => {
  it('accepts the references in Bankgirot’s example file, with and without the length check', () => {
    for (const ref of BANKGIROT_LENGTH_REFERENCES) {
      expect(isValidOcrReference(ref)).toBe(true);
      expect(isValidOcrReference(ref, { lengthDigit: true })).toBe(true);
    }
  });

  it('rejects a wrong check digit, a wrong length digit and malformed text', () => {
    // The deduction in Bankgirot's example file has a free-text reference (reference code 3).
    expect(isValidOcrReference('89853')).toBe(false);
    expect(isValidOcrReference('1234567897')).toBe(true);
    expect(isValidOcrReference('1234567897', { lengthDigit: true })).toBe(false); // 9 ≠ 10 mod 10
    expect(isValidOcrReference('1234567898')).toBe(false);
    expect(isValidOcrReference('0')).toBe(false); // shorter than 2
    expect(isValidOcrReference('0'.repeat(26))).toBe(false); // longer than 25
    expect(isValidOcrReference('0'.repeat(25))).toBe(true);
    expect(isValidOcrReference('1234 567897')).toBe(false);
    expect(isValidOcrReference('')).toBe(false);
  });

  const base = fc.stringMatching(/^[0-9]{1,23}$/);

  it('accepts every reference it creates', () => {
    fc.assert(
      fc.property(base, fc.boolean(), (b, lengthDigit) => {
        const ref = createOcrReference(b, { lengthDigit });
        expect(isValidOcrReference(ref, { lengthDigit })).toBe(true);
        expect(isValidOcrReference(ref)).toBe(true);
        expect(ref.startsWith(b)).toBe(true);
      }),
    );
  });

  it('catches every single mistyped digit', () => {
    fc.assert(
      fc.property(base, fc.boolean(), fc.nat(), fc.integer({ min: 1, max: 9 }), (b, lengthDigit, at, delta) => {
        const ref = createOcrReference(b, { lengthDigit });
        const i = at % ref.length;
        const wrong = ref.slice(0, i) + String((Number(ref[i]) + delta) % 10) + ref.slice(i + 1);
        expect(isValidOcrReference(wrong)).toBe(false);
      }),
    );
  });

  it('catches swapped neighbours, except the 0/9 pair that Luhn cannot see', () => {
    fc.assert(
      fc.property(base, fc.nat(), (b, at) => {
        const ref = createOcrReference(b);
        if (ref.length < 2) return;
        const i = at % (ref.length - 1);
        const [x, y] = [ref[i], ref[i + 1]];
        if (x === y) return;
        const swapped = ref.slice(0, i) + y + x + ref.slice(i + 2);
        const blind = (x === '0' && y === '9') || (x === '9' && y === '0');
        expect(isValidOcrReference(swapped)).toBe(blind);
      }),
    );
    expect(luhnCheckDigit('09')).toBe(luhnCheckDigit('90'));
  });
});

describe('ocrFromInvoiceNumber', () => {
  it('builds the reference from the invoice number', () => {
    expect(ocrFromInvoiceNumber(123456789)).toBe('1234567897');
    expect(ocrFromInvoiceNumber(6559, { lengthDigit: true })).toBe('655969');
  });

  it('refuses numbers that are not positive whole numbers', () => {
    for (const n of [0, -5, 1.5, Number.NaN, 2 ** 60]) expect(() => ocrFromInvoiceNumber(n)).toThrow(RangeError);
  });
});
