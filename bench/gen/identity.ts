// Valid Swedish identity numbers from the random stream. Each is checked with the app's own
// validator, so a generator bug shows up here rather than as a skewed benchmark.
import { isValidOrganisationNumber, isValidPersonalNumber } from '../../renderer/src/domain/members/identity';
import { luhnCheckDigit } from '../../renderer/src/domain/fees/ocr';
import type { Rng } from './prng';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Group prefixes by legal form: 556/559 aktiebolag, 769 ekonomisk förening, 802 ideell förening, 969 handelsbolag, 212 kommun. */
export type LegalForm = 'ab' | 'economic' | 'nonprofit' | 'partnership' | 'public';
const PREFIXES: Record<LegalForm, readonly string[]> = {
  ab: ['556', '559'],
  economic: ['769'],
  nonprofit: ['802'],
  partnership: ['969'],
  public: ['212'],
};

export function organisationNumber(rng: Rng, form: LegalForm, taken: Set<string>): string {
  for (;;) {
    const nine = rng.pick(PREFIXES[form]) + rng.digits(6);
    const number = `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
    if (taken.has(number)) continue;
    if (!isValidOrganisationNumber(number)) throw new Error(`generated an invalid organisation number ${number}`);
    taken.add(number);
    return number;
  }
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "YYYYMMDD-NNNN", born 1945–2004; one in fifty a samordningsnummer (day + 60). */
export function personalNumber(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const year = rng.int(1945, 2004);
    const month = rng.int(1, 12);
    const day = rng.int(1, DAYS[month - 1]!);
    const shownDay = rng.chance(0.02) ? day + 60 : day;
    const nine = `${pad2(year % 100)}${pad2(month)}${pad2(shownDay)}${rng.digits(3)}`;
    const number = `${year}${nine.slice(2, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
    if (taken.has(number)) continue;
    if (!isValidPersonalNumber(number)) throw new Error(`generated an invalid personnummer ${number}`);
    taken.add(number);
    return number;
  }
}
