// Swedish identity numbers: personnummer, samordningsnummer and organisationsnummer.
//
// Sources: Skatteverket SKV 704 (personnummer), SKV 707 and SKVM 2010:3 (samordningsnummer),
// lagen (1974:174) om identitetsbeteckning för juridiska personer (organisationsnummer).
//
// Choice about sole traders (enskild firma): the organisation number of a sole trader IS the
// owner's personnummer. `isValidOrganisationNumber` answers for legal entities only (third digit
// >= 2, a known group number), because that is what the word means to Skatteverket and because a
// personnummer is personal data that should not slip in unnoticed. Pass `{ allowSoleTrader: true }`
// (or call `isValidSoleTraderNumber`) where a sole trader's number is welcome; it is then
// normalised like a personnummer, to 12 digits, which also tells the two kinds apart.

export type PersonalNumberProblem =
  | 'format' // not 10 or 12 digits in one of the accepted layouts
  | 'century' // a 12-digit number that does not start with 18, 19 or 20
  | 'date' // no such calendar day
  | 'future' // born after today
  | 'plus' // '+' given for someone younger than 100
  | 'checksum' // the Luhn check digit does not match
  | 'organisation-number'; // a valid organisation number, given where a personnummer was expected

export type OrganisationNumberProblem =
  | 'format'
  | 'checksum'
  | 'group' // first digit is not a group number in use (0 or 4)
  | 'personal-number' // a personnummer: only an organisation number of a sole trader
  | 'personal-number-invalid'; // looks like a personnummer (third digit 0 or 1) but is not valid

export type PersonalNumberCheck =
  | { ok: true; normalised: string; birthDate: string; coordination: boolean }
  | { ok: false; problem: PersonalNumberProblem };

export type OrganisationNumberCheck =
  | { ok: true; normalised: string; soleTrader: boolean }
  | { ok: false; problem: OrganisationNumberProblem | PersonalNumberProblem };

export type OrganisationNumberOptions = { allowSoleTrader?: boolean; today?: Date };

/** Luhn mod 10 over a string of digits, the rightmost being the check digit. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

type Ymd = { y: number; m: number; d: number };

function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

// Local calendar date: a birthday is a day in Sweden, not an instant in UTC.
function todayYmd(today: Date): Ymd {
  return { y: today.getFullYear(), m: today.getMonth() + 1, d: today.getDate() };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const PERSONAL_RE = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+])?(\d{4})$/;

/**
 * Check a personnummer or samordningsnummer: YYMMDD-NNNN, YYMMDDNNNN, YYYYMMDD-NNNN or
 * YYYYMMDDNNNN. With ten digits the century follows from `today`: '-' means younger than 100,
 * '+' means 100 or older. With twelve digits the century is given, and '+' is only accepted when
 * it agrees with the age.
 */
export function checkPersonalNumber(input: string, today: Date = new Date()): PersonalNumberCheck {
  const m = PERSONAL_RE.exec(input.trim());
  if (!m) return { ok: false, problem: 'format' };
  const centuryText = m[1];
  const [yyText, mmText, ddText, separator, tail] = [m[2]!, m[3]!, m[4]!, m[5], m[6]!];
  const yy = Number(yyText);
  const month = Number(mmText);
  const rawDay = Number(ddText);
  const coordination = rawDay > 60;
  const day = coordination ? rawDay - 60 : rawDay;
  const now = todayYmd(today);

  let year: number;
  if (centuryText !== undefined) {
    if (!['18', '19', '20'].includes(centuryText)) return { ok: false, problem: 'century' };
    year = Number(centuryText) * 100 + yy;
  } else {
    year = Math.floor(now.y / 100) * 100 + yy;
    if (compareYmd({ y: year, m: month, d: day }, now) > 0) year -= 100;
    if (separator === '+') year -= 100;
  }

  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    const asOrg = checkLegalEntity(`${yyText}${mmText}${ddText}${tail}`);
    return { ok: false, problem: centuryText === undefined && asOrg.ok ? 'organisation-number' : 'date' };
  }
  if (compareYmd({ y: year, m: month, d: day }, now) > 0) return { ok: false, problem: 'future' };
  if (centuryText !== undefined && separator === '+' && compareYmd({ y: year + 100, m: month, d: day }, now) > 0) {
    return { ok: false, problem: 'plus' };
  }
  if (!luhnValid(`${yyText}${mmText}${ddText}${tail}`)) return { ok: false, problem: 'checksum' };

  return {
    ok: true,
    normalised: `${pad(year, 4)}${mmText}${ddText}-${tail}`,
    birthDate: `${pad(year, 4)}-${mmText}-${pad(day, 2)}`,
    coordination,
  };
}

export function isValidPersonalNumber(input: string, today?: Date): boolean {
  return checkPersonalNumber(input, today).ok;
}

/** "YYYYMMDD-NNNN" (always with '-', the century now explicit), or null when not valid. */
export function normalisePersonalNumber(input: string, today?: Date): string | null {
  const check = checkPersonalNumber(input, today);
  return check.ok ? check.normalised : null;
}

// Group numbers in use: 1 dödsbon, 2 stat/region/kommun/församling, 3 utländska företag,
// 5 aktiebolag, 6 enkla bolag, 7 ekonomiska föreningar, 8 ideella föreningar och stiftelser,
// 9 handels- och kommanditbolag.
const GROUP_NUMBERS = new Set(['1', '2', '3', '5', '6', '7', '8', '9']);

function checkLegalEntity(ten: string): OrganisationNumberCheck {
  if (Number(ten[2]) < 2) return { ok: false, problem: 'personal-number-invalid' };
  if (!GROUP_NUMBERS.has(ten[0] ?? '')) return { ok: false, problem: 'group' };
  if (!luhnValid(ten)) return { ok: false, problem: 'checksum' };
  return { ok: true, normalised: `${ten.slice(0, 6)}-${ten.slice(6)}`, soleTrader: false };
}

const ORG_RE = /^(16|18|19|20)?(\d{6})-?(\d{4})$/;

/**
 * Check an organisationsnummer: NNNNNN-NNNN or NNNNNNNNNN, optionally with the "16" prefix of
 * the 12-digit form used by Skatteverket. Legal entities normalise to "NNNNNN-NNNN"; with
 * `allowSoleTrader` a personnummer is accepted as a sole trader's number and normalises to
 * "YYYYMMDD-NNNN".
 */
export function checkOrganisationNumber(input: string, opts: OrganisationNumberOptions = {}): OrganisationNumberCheck {
  const trimmed = input.trim();
  const m = ORG_RE.exec(trimmed);
  if (m) {
    const ten = `${m[2]}${m[3]}`;
    const looksPersonal = Number(ten[2]) < 2;
    if (m[1] === '16' || (m[1] === undefined && !looksPersonal)) {
      const legal = checkLegalEntity(ten);
      return !legal.ok && legal.problem === 'personal-number-invalid' ? { ok: false, problem: 'format' } : legal;
    }
  }
  if (opts.allowSoleTrader) return soleTrader(trimmed, opts.today);
  if (isValidPersonalNumber(trimmed, opts.today)) return { ok: false, problem: 'personal-number' };
  return { ok: false, problem: m && m[1] === undefined ? 'personal-number-invalid' : 'format' };
}

function soleTrader(input: string, today?: Date): OrganisationNumberCheck {
  const personal = checkPersonalNumber(input, today);
  return personal.ok ? { ok: true, normalised: personal.normalised, soleTrader: true } : personal;
}

export function isValidOrganisationNumber(input: string, opts?: OrganisationNumberOptions): boolean {
  return checkOrganisationNumber(input, opts).ok;
}

/** A sole trader's (enskild firma) organisation number, which is the owner's personnummer. */
export function isValidSoleTraderNumber(input: string, today?: Date): boolean {
  return checkPersonalNumber(input, today).ok;
}

/** "NNNNNN-NNNN" for a legal entity ("YYYYMMDD-NNNN" for a sole trader when allowed), or null. */
export function normaliseOrganisationNumber(input: string, opts?: OrganisationNumberOptions): string | null {
  const check = checkOrganisationNumber(input, opts);
  return check.ok ? check.normalised : null;
}

const PROBLEM_TEXT: Record<PersonalNumberProblem | OrganisationNumberProblem, string> = {
  format: 'fel format – skriv till exempel ÅÅMMDD-NNNN eller NNNNNN-NNNN',
  century: 'ett tolvsiffrigt nummer ska börja med 18, 19 eller 20',
  date: 'datumet i numret finns inte',
  future: 'födelsedatumet ligger i framtiden',
  plus: '”+” betyder att personen är minst 100 år, vilket inte stämmer med årtalet',
  checksum: 'kontrollsiffran stämmer inte',
  'organisation-number': 'det här är ett organisationsnummer, inte ett personnummer',
  group: 'numret börjar inte med ett gruppnummer som används för organisationer',
  'personal-number': 'det här är ett personnummer – en enskild firma har ägarens personnummer',
  'personal-number-invalid': 'den tredje siffran i ett organisationsnummer är alltid 2 eller högre',
};

/** A short Swedish explanation of why a number was refused, for a form or an import report. */
export function describeIdentityProblem(problem: PersonalNumberProblem | OrganisationNumberProblem): string {
  return PROBLEM_TEXT[problem];
}
