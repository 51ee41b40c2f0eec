/**
 * Kronor as the user reads and types them. Amounts are integer öre everywhere else.
 * The Swedish form follows CLDR (what Intl sv-SE prints): "1 250,00 kr" with no-break spaces and a
 * real minus sign, so a figure never wraps between its digits.
 */

const NBSP = '\u00a0';
const MINUS = '\u2212';

export type MoneyLocale = 'sv' | 'en';

function assertOre(ore: number): void {
  if (!Number.isSafeInteger(ore)) {
    throw new RangeError(`Beloppet måste vara ett helt antal öre (fick ${String(ore)}).`);
  }
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** "1 250,00 kr" (sv, default) or "SEK 1,250.00" (en). */
export function formatKronor(ore: number, locale: MoneyLocale = 'sv'): string {
  assertOre(ore);
  const abs = Math.abs(ore);
  const kronor = String(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  if (locale === 'en') {
    return `${ore < 0 ? '-' : ''}SEK${NBSP}${groupThousands(kronor, ',')}.${cents}`;
  }
  return `${ore < 0 ? MINUS : ''}${groupThousands(kronor, NBSP)},${cents}${NBSP}kr`;
}

// Spaces people (and Intl) put between groups of thousands: plain, no-break, narrow, thin.
const GROUP_SPACE = /[ \u00a0\u202f\u2009]/;

/**
 * Reads an amount typed by a person: "1 250,50", "1250.5", "1250 kr", "250:-", "SEK 1,250.00",
 * "−75". Returns öre, or null when the text is not an amount or is ambiguous (such as "1,250",
 * which could be 1,25 kr or 1 250 kr) or has fractions of an öre.
 */
export function parseKronor(text: string): number | null {
  let s = text.trim().replace(/\s*(sek|kr\.?|:-|,-)$/i, '');
  let sign = 1;
  let signSeen = false;
  const takeSign = (): void => {
    const m = /^([-+\u2212])\s*/.exec(s);
    if (m && !signSeen) {
      signSeen = true;
      if (m[1] !== '+') sign = -1;
      s = s.slice(m[0].length);
    }
  };
  // The sign may stand before or after a leading currency: "-SEK 5" (as Intl writes it), "SEK -5".
  takeSign();
  s = s.replace(/^(sek|kr)\.?\s*/i, '');
  takeSign();
  if (!/^[0-9]/.test(s) && !/^[.,][0-9]/.test(s)) return null;
  if (!/^[0-9 \u00a0\u202f\u2009.,]+$/.test(s)) return null;

  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  const commas = s.split(',').length - 1;
  const dots = s.split('.').length - 1;
  let decimalAt = -1;
  let groupChar: string | null = null;
  if (commas > 0 && dots > 0) {
    decimalAt = Math.max(lastComma, lastDot);
    groupChar = decimalAt === lastComma ? '.' : ',';
    if ((groupChar === '.' ? commas : dots) !== 1) return null;
  } else if (commas === 1 || dots === 1) {
    decimalAt = commas === 1 ? lastComma : lastDot;
  } else if (commas > 1 || dots > 1) {
    groupChar = commas > 1 ? ',' : '.';
  }

  const intPart = decimalAt >= 0 ? s.slice(0, decimalAt) : s;
  const fracPart = decimalAt >= 0 ? s.slice(decimalAt + 1) : '';
  if (!/^[0-9]{0,2}$/.test(fracPart)) return null;

  const groups = groupChar === null ? intPart.split(GROUP_SPACE) : intPart.split(groupChar);
  if (groupChar !== null && GROUP_SPACE.test(intPart)) return null;
  if (groups.length > 1) {
    const [first, ...rest] = groups;
    if (first === undefined || !/^[0-9]{1,3}$/.test(first) || !rest.every((g) => /^[0-9]{3}$/.test(g))) {
      return null;
    }
  }
  const intDigits = groups.join('');
  if (!/^[0-9]*$/.test(intDigits) || (intDigits === '' && fracPart === '')) return null;

  const ore = Number(intDigits || '0') * 100 + Number(fracPart.padEnd(2, '0'));
  if (!Number.isSafeInteger(ore)) return null;
  return sign * ore === 0 ? 0 : sign * ore;
}
