import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkOrganisationNumber,
  checkPersonalNumber,
  describeIdentityProblem,
  isValidOrganisationNumber,
  isValidPersonalNumber,
  isValidSoleTraderNumber,
  luhnValid,
  normaliseOrganisationNumber,
  normalisePersonalNumber,
} from '../../../../renderer/src/domain/members/identity';

// A fixed "today" so that the century of ten-digit numbers does not drift with the calendar.
const TODAY = new Date(2025, 5, 15); // 15 June 2025, local time

/** The Luhn check digit for nine digits, to build numbers whose only fault is the one under test. */
function withCheckDigit(nine: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${nine}${d}`)) return `${nine}${d}`;
  throw new Error('unreachable');
}

describe('personnummer', () => {
  it.each([
    ['19121212-1212', '19121212-1212'], // the classic test number
    ['121212-1212', '20121212-1212'], // ten digits and '-': younger than 100, so 2012 in 2025
    ['121212+1212', '19121212-1212'], // '+': 100 or older
    ['1212121212', '20121212-1212'],
    ['189001019802', '18900101-9802'], // Skatteverket's open data set "Testpersonnummer"
    ['900101+9802', '18900101-9802'], // the same person, written with '+' and ten digits
    ['201701012393', '20170101-2393'], // Skatteverket "Testpersonnummer"
    ['811218-9876', '19811218-9876'], // the example in Skatteverket's SKV 704
    [' 19811218-9876 ', '19811218-9876'], // pasted with spaces around it
  ])('%s is valid and normalises to %s', (input, normalised) => {
    expect(isValidPersonalNumber(input, TODAY)).toBe(true);
    expect(normalisePersonalNumber(input, TODAY)).toBe(normalised);
  });

  it('accepts a samordningsnummer: day of birth plus 60 (Skatteverket SKVM 2010:3)', () => {
    // a man born 3 October 1970, individual number 239
    const check = checkPersonalNumber('701063-2391', TODAY);
    expect(check).toEqual({ ok: true, normalised: '19701063-2391', birthDate: '1970-10-03', coordination: true });
    expect(checkPersonalNumber('19121212-1212', TODAY)).toMatchObject({ coordination: false, birthDate: '1912-12-12' });
  });

  it('refuses a wrong check digit, and every single-digit slip in a valid number', () => {
    expect(checkPersonalNumber('19121212-1213', TODAY)).toEqual({ ok: false, problem: 'checksum' });
    expect(checkPersonalNumber('811218-9875', TODAY)).toEqual({ ok: false, problem: 'checksum' });
    // Luhn catches any change of one digit; changes that land on a date that cannot exist are refused too
    const digits = '8112189876';
    for (let i = 0; i < 10; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === digits[i]) continue;
        const typo = `${digits.slice(0, i)}${d}${digits.slice(i + 1)}`;
        expect(isValidPersonalNumber(typo, TODAY), typo).toBe(false);
      }
    }
  });

  it('knows leap years: 29 February exists in 2000 and 2024 but not in 1900 or 2023', () => {
    expect(normalisePersonalNumber(withCheckDigit('000229239'), TODAY)).toBe('20000229-2399');
    expect(normalisePersonalNumber(`20${withCheckDigit('240229238')}`, TODAY)).toBe('20240229-2383');
    // the same ten digits with '+' mean 1900, which was not a leap year (divisible by 100, not by 400)
    expect(checkPersonalNumber(`000229+${withCheckDigit('000229239').slice(6)}`, TODAY)).toEqual({ ok: false, problem: 'date' });
    expect(checkPersonalNumber(`19${withCheckDigit('000229239')}`, TODAY)).toEqual({ ok: false, problem: 'date' });
    expect(checkPersonalNumber(`20${withCheckDigit('230229238')}`, TODAY)).toEqual({ ok: false, problem: 'date' });
  });

  it('refuses days and months that do not exist, even with a correct check digit', () => {
    for (const nine of ['850431123', '851301123', '850001123', '850100123', '850132123']) {
      expect(checkPersonalNumber(withCheckDigit(nine), TODAY), nine).toEqual({ ok: false, problem: 'date' });
    }
    // samordningsnummer: 31 April + 60 = 91 does not exist either
    expect(checkPersonalNumber(withCheckDigit('850491123'), TODAY)).toEqual({ ok: false, problem: 'date' });
  });

  it('reads the century from the separator and today', () => {
    // a ten-digit date later this year cannot be a newborn: it is someone turning 100
    expect(normalisePersonalNumber(withCheckDigit('250701123'), TODAY)?.slice(0, 8)).toBe('19250701');
    expect(normalisePersonalNumber(withCheckDigit('250601123'), TODAY)?.slice(0, 8)).toBe('20250601');
    // the same number read a year later still belongs to 2025
    expect(normalisePersonalNumber(withCheckDigit('250601123'), new Date(2026, 0, 1))?.slice(0, 4)).toBe('2025');
  });

  it("refuses a '+' that contradicts a twelve-digit year, a future birth date and unknown centuries", () => {
    expect(checkPersonalNumber('20121212+1212', TODAY)).toEqual({ ok: false, problem: 'plus' });
    expect(isValidPersonalNumber('19121212+1212', TODAY)).toBe(true);
    expect(checkPersonalNumber(`20${withCheckDigit('260101123')}`, TODAY)).toEqual({ ok: false, problem: 'future' });
    expect(checkPersonalNumber('17121212-1212', TODAY)).toEqual({ ok: false, problem: 'century' });
  });

  it.each(['', '19121212', '1912121212121', '121212_1212', '12121-21212', 'abcdefghij', '121212--1212'])(
    'refuses the malformed %j',
    (input) => expect(checkPersonalNumber(input, TODAY)).toEqual({ ok: false, problem: 'format' }),
  );

  it('says so when an organisation number is given as a personnummer', () => {
    expect(checkPersonalNumber('556036-0793', TODAY)).toEqual({ ok: false, problem: 'organisation-number' });
    expect(describeIdentityProblem('organisation-number')).toMatch(/organisationsnummer/);
  });

  it('normalises every valid twelve-digit number to itself (property)', () => {
    const dates = fc.date({ min: new Date(1890, 0, 1), max: new Date(2024, 11, 31), noInvalidDate: true });
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 999 }), fc.boolean(), (date, individual, coordination) => {
        const yy = String(date.getFullYear() % 100).padStart(2, '0');
        const mm = String(date.getMonth() + 1).padStart(2, '0');
        const dd = String(date.getDate() + (coordination ? 60 : 0)).padStart(2, '0');
        const ten = withCheckDigit(`${yy}${mm}${dd}${String(individual).padStart(3, '0')}`);
        const twelve = `${date.getFullYear()}${ten.slice(2, 6)}-${ten.slice(6)}`;
        expect(normalisePersonalNumber(twelve, TODAY)).toBe(twelve);
        expect(normalisePersonalNumber(twelve.replace('-', ''), TODAY)).toBe(twelve);
        // the ten-digit form with the separator that fits the age gives back the same person
        const age100 = new Date(date.getFullYear() + 100, date.getMonth(), date.getDate()) <= TODAY;
        const short = `${ten.slice(0, 6)}${age100 ? '+' : '-'}${ten.slice(6)}`;
        expect(normalisePersonalNumber(short, TODAY)).toBe(twelve);
      }),
    );
  });
});

describe('organisationsnummer', () => {
  it.each([
    ['556036-0793', '556036-0793'], // Saab AB
    ['5560360793', '556036-0793'],
    ['16556036-0793', '556036-0793'], // the 12-digit form with Skatteverket's "16" prefix
    ['165560360793', '556036-0793'],
    ['212000-0142', '212000-0142'], // Stockholms stad
    ['212000-1355', '212000-1355'], // Göteborgs stad
    ['802543-4120', '802543-4120'], // Hand i hand i Leksand, an ideell förening (group 8)
  ])('%s is a valid organisation number', (input, normalised) => {
    expect(isValidOrganisationNumber(input)).toBe(true);
    expect(normaliseOrganisationNumber(input)).toBe(normalised);
  });

  it('refuses a wrong check digit and swapped digits', () => {
    expect(checkOrganisationNumber('556036-0794')).toEqual({ ok: false, problem: 'checksum' });
    expect(checkOrganisationNumber('556306-0793')).toEqual({ ok: false, problem: 'checksum' });
    expect(normaliseOrganisationNumber('212000-0143')).toBeNull();
  });

  it('refuses numbers whose first digit is no group number (0 and 4 are not used)', () => {
    const group4 = withCheckDigit('456036079');
    expect(checkOrganisationNumber(group4)).toEqual({ ok: false, problem: 'group' });
    expect(checkOrganisationNumber(withCheckDigit('056036079'))).toEqual({ ok: false, problem: 'group' });
  });

  it('does not take a personnummer for a legal entity, but accepts it as a sole trader when asked', () => {
    expect(checkOrganisationNumber('811218-9876', { today: TODAY })).toEqual({ ok: false, problem: 'personal-number' });
    expect(isValidOrganisationNumber('19121212-1212', { today: TODAY })).toBe(false);
    expect(isValidSoleTraderNumber('811218-9876', TODAY)).toBe(true);
    expect(checkOrganisationNumber('811218-9876', { allowSoleTrader: true, today: TODAY })).toEqual({
      ok: true, normalised: '19811218-9876', soleTrader: true,
    });
    // a legal entity stays a legal entity with the option on
    expect(normaliseOrganisationNumber('5560360793', { allowSoleTrader: true })).toBe('556036-0793');
    // a third digit of 0 or 1 that is not a valid personnummer either
    expect(checkOrganisationNumber('550157-7911')).toEqual({ ok: false, problem: 'personal-number-invalid' });
  });

  it('refuses a "16" prefix on a personnummer and malformed input', () => {
    expect(isValidOrganisationNumber('16121212-1212')).toBe(false);
    expect(isValidOrganisationNumber('17556036-0793')).toBe(false);
    for (const bad of ['', '556036', '556036-07933', '556036 0793x', 'SE556036079301']) {
      expect(isValidOrganisationNumber(bad), bad).toBe(false);
    }
  });

  it('explains every problem in Swedish', () => {
    expect(describeIdentityProblem('checksum')).toBe('kontrollsiffran stämmer inte');
    expect(describeIdentityProblem('group')).toMatch(/gruppnummer/);
  });
});
