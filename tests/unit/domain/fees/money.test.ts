import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatKronor, parseKronor } from '../../../../renderer/src/domain/fees/money';

const NBSP = '\u00a0';

describe('formatKronor', () => {
  it('writes Swedish amounts with no-break spaces, a decimal comma and "kr"', () => {
    expect(formatKronor(125000)).toBe(`1${NBSP}250,00${NBSP}kr`);
    expect(formatKronor(5)).toBe(`0,05${NBSP}kr`);
    expect(formatKronor(0)).toBe(`0,00${NBSP}kr`);
    expect(formatKronor(123456750)).toBe(`1${NBSP}234${NBSP}567,50${NBSP}kr`);
    expect(formatKronor(-25000)).toBe(`\u2212250,00${NBSP}kr`);
  });

  it('writes English amounts as "SEK 1,250.00"', () => {
    expect(formatKronor(125000, 'en')).toBe(`SEK${NBSP}1,250.00`);
    expect(formatKronor(-125050, 'en')).toBe(`-SEK${NBSP}1,250.50`);
  });

  it('agrees with the platform’s own CLDR formatting', () => {
    const sv = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' });
    const en = new Intl.NumberFormat('en', { style: 'currency', currency: 'SEK' });
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (ore) => {
        expect(formatKronor(ore)).toBe(sv.format(ore / 100));
        expect(formatKronor(ore, 'en')).toBe(en.format(ore / 100));
      }),
    );
  });

  it('refuses fractions of an öre', () => {
    expect(() => formatKronor(1.5)).toThrow(RangeError);
    expect(() => formatKronor(Number.NaN)).toThrow(/helt antal öre/);
  });
});

describe('parseKronor', () => {
  it.each([
    ['1 250,50', 125050],
    [`1${NBSP}250,50${NBSP}kr`, 125050],
    ['1\u202f250,50', 125050],
    ['1250.5', 125050],
    ['1250 kr', 125000],
    ['1250kr', 125000],
    ['250:-', 25000],
    ['250,-', 25000],
    ['SEK 1,250.00', 125000],
    ['-SEK 1,250.50', -125050],
    ['1.250,50', 125050],
    ['1,250.50', 125050],
    ['1 000 000', 100000000],
    ['1,000,000', 100000000],
    ['-75', -7500],
    ['\u221275,25 kr', -7525],
    ['+3', 300],
    [',5', 50],
    ['0', 0],
    ['  42  ', 4200],
  ])('reads %j as %i öre', (text, ore) => {
    expect(parseKronor(text)).toBe(ore);
  });

  it.each([
    '', 'kr', 'abc', '12 50', '1,250', '1.250', '1,2,3', '12,345', '1,255.5.5', '1.2345', '--5', '5-',
    '1e3', '0x10', 'Infinity', '12 345,678', '1 250.000,50',
  ])('refuses %j', (text) => {
    expect(parseKronor(text)).toBeNull();
  });

  it('reads back whatever formatKronor writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.constantFrom('sv' as const, 'en' as const), (ore, locale) => {
        expect(parseKronor(formatKronor(ore, locale))).toBe(ore);
      }),
    );
  });
});
