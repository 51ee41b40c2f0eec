import { describe, expect, it } from 'vitest';
import { checkLogo, normaliseProfile, validateProfile, isValidFiscalYearStart } from '../../../../renderer/src/domain/org/profile';
import { isValidSwishNumber, formatSwishNumber } from '../../../../renderer/src/domain/org/payment';

describe('the association profile', () => {
  it('accepts a complete, real-looking profile', () => {
    expect(
      validateProfile({
        name: 'Västsvenska IT-nätverket',
        organisationNumber: '802456-1238',
        street: 'Lindholmspiren 3',
        postalCode: '417 56',
        city: 'Göteborg',
        email: 'kansli@vastit.se',
        website: 'www.vastit.se',
        color: '#1f4e79',
        bankgiro: '5050-1055',
        swishNumber: '123 456 78 90',
        fiscalYearStart: '01-01',
        pressContacts: [{ name: 'Anna Berg', role: 'Ordförande', phone: '070-123 45 67', email: 'anna@vastit.se' }],
      }),
    ).toEqual({});
  });

  it('names each bad field', () => {
    expect(
      validateProfile({
        name: ' ',
        organisationNumber: '802456-1239',
        email: 'kansli@',
        website: 'inte en adress',
        postalCode: '4175',
        color: 'blå',
        bankgiro: '5050-1056',
        swishNumber: '0701234567',
        fiscalYearStart: '02-30',
        pressContacts: [{ name: '', email: 'x' }],
      }),
    ).toEqual({
      name: 'required',
      organisationNumber: 'orgNumber',
      email: 'email',
      website: 'website',
      postalCode: 'postalCode',
      color: 'color',
      bankgiro: 'bankgiro',
      swishNumber: 'swish',
      fiscalYearStart: 'fiscalYearStart',
      'pressContacts.0.name': 'required',
      'pressContacts.0.email': 'email',
    });
  });

  it('trims and drops empty fields before saving', () => {
    expect(normaliseProfile({ name: '  Föreningen   Norr ', city: '', about: '  Rad ett.\n\nRad två.  ' })).toEqual({ name: 'Föreningen Norr', about: 'Rad ett.\n\nRad två.' });
  });

  it('knows a fiscal year start when it sees one', () => {
    expect(isValidFiscalYearStart('07-01')).toBe(true);
    expect(isValidFiscalYearStart('13-01')).toBe(false);
    expect(isValidFiscalYearStart('1-1')).toBe(false);
  });

  it('Swish numbers for associations start with 123', () => {
    expect(isValidSwishNumber('1231234567')).toBe(true);
    expect(isValidSwishNumber('123-123 45 67')).toBe(true);
    expect(isValidSwishNumber('0701234567')).toBe(false);
    expect(formatSwishNumber('1231234567')).toBe('123 123 45 67');
  });
});

describe('the logo file', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
  it('is judged by its bytes, not its name', () => {
    expect(checkLogo(png)).toEqual({ ok: true, mime: 'image/png' });
    expect(checkLogo(jpeg)).toEqual({ ok: true, mime: 'image/jpeg' });
    expect(checkLogo(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ ok: false, reason: 'notImage' });
    expect(checkLogo(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
  });
  it('refuses more than 2 MB', () => {
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(png);
    expect(checkLogo(big)).toEqual({ ok: false, reason: 'tooLarge' });
  });
});
