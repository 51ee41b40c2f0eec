/**
 * One BgMax record (a line of at most 80 characters) read into its fields. Positions follow
 * Bankgirot's technical manual for Bankgiro Inbetalningar and are 1-based, as the manual writes them.
 */

export type BgMaxRecord =
  | { code: '01'; layout: string; version: string; created?: string; testMark: string }
  | { code: '05'; bankgiro: string; currency: string }
  | AmountRecord
  | { code: '25' | '26' | '27' | '28' | '29'; text: string }
  | {
      code: '15';
      bankAccount: string;
      paymentDate: string;
      serialNumber: string;
      amountOre: number;
      count: number;
    }
  | { code: '70'; payments: number; deductions: number; extraReferences: number; deposits: number }
  | { code: 'other' };

/** Payment (20), deduction (21) and extra reference (22, 23) records share one layout. */
export type AmountRecord = {
  code: '20' | '21' | '22' | '23';
  payerBankgiro?: string;
  reference: string;
  amountOre: number;
  referenceCode: number;
  channel: number;
  bgcSerialNumber: string;
};

export type RecordResult =
  | { ok: true; record: BgMaxRecord }
  | { ok: false; code?: string; message: string };

const RECORD_LENGTH = 80;

class FieldError extends Error {}

/** Characters `from`–`to` (1-based, inclusive), the line being padded with spaces to 80. */
function field(line: string, from: number, to: number): string {
  return line.slice(from - 1, to).padEnd(to - from + 1, ' ');
}

function number(line: string, from: number, to: number, what: string): number {
  const text = field(line, from, to);
  if (!/^[0-9]+$/.test(text)) {
    throw new FieldError(`${what} (position ${from}–${to}) ska vara siffror men är ”${text.trim()}”.`);
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new FieldError(`${what} (position ${from}–${to}) är orimligt stort.`);
  return value;
}

function digit(line: string, pos: number, what: string): number {
  return number(line, pos, pos, what);
}

function date(line: string, from: number, what: string): string {
  const text = field(line, from, from + 7);
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (!m || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) {
    throw new FieldError(`${what} (position ${from}–${from + 7}) är inget giltigt datum: ”${text.trim()}”.`);
  }
  return iso;
}

/** Bankgiro digits without the zero fill, or undefined when the field is blank or all zeros. */
function bankgiro(line: string, from: number, to: number, what: string): string | undefined {
  const text = field(line, from, to).trim();
  if (text === '') return undefined;
  if (!/^[0-9]+$/.test(text)) throw new FieldError(`${what} (position ${from}–${to}) ska vara siffror men är ”${text}”.`);
  const digits = text.replace(/^0+/, '');
  return digits === '' ? undefined : digits;
}

function text(line: string, from: number, to: number): string {
  return field(line, from, to).trim().replace(/\s+/g, ' ');
}

function joined(...parts: string[]): string {
  return parts.filter((p) => p !== '').join(', ');
}

export function readRecord(line: string): RecordResult {
  const code = line.slice(0, 2);
  if (!/^[0-9]{2}$/.test(code)) {
    return { ok: false, message: `raden börjar inte med en transaktionskod (två siffror) och har hoppats över.` };
  }
  // A tab or other control character means the file was edited and the columns have moved.
  if (/[\u0000-\u001f\u007f]/.test(line)) {
    return { ok: false, code, message: `raden innehåller tabb- eller styrtecken, så fälten går inte att läsa; raden har hoppats över.` };
  }
  if (line.length > RECORD_LENGTH) {
    return { ok: false, code, message: `raden är ${line.length} tecken lång, men en BgMax-post har högst 80; raden har hoppats över.` };
  }
  try {
    return { ok: true, record: fields(code, line) };
  } catch (e) {
    if (e instanceof FieldError) return { ok: false, code, message: `${e.message} Raden har hoppats över.` };
    throw e;
  }
}

function fields(code: string, line: string): BgMaxRecord {
  switch (code) {
    case '01': {
      const stamp = field(line, 25, 44);
      const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d{6}$/.exec(stamp);
      const record: Extract<BgMaxRecord, { code: '01' }> = {
        code,
        layout: text(line, 3, 22),
        version: text(line, 23, 24),
        testMark: field(line, 45, 45),
      };
      if (m) record.created = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
      return record;
    }
    case '05': {
      const payee = bankgiro(line, 3, 12, 'Mottagarens bankgironummer');
      if (!payee) throw new FieldError('Mottagarens bankgironummer (position 3–12) saknas.');
      return { code, bankgiro: payee, currency: text(line, 23, 25) || 'SEK' };
    }
    case '20':
    case '21':
    case '22':
    case '23': {
      const record: AmountRecord = {
        code,
        reference: text(line, 13, 37),
        amountOre: number(line, 38, 55, 'Beloppet'),
        referenceCode: digit(line, 56, 'Referenskoden'),
        channel: field(line, 57, 57).trim() === '' ? 0 : digit(line, 57, 'Betalningskanalen'),
        bgcSerialNumber: text(line, 58, 69),
      };
      const payer = bankgiro(line, 3, 12, 'Avsändarens bankgironummer');
      if (payer) record.payerBankgiro = payer;
      return record;
    }
    case '25':
      return { code, text: text(line, 3, 52) };
    case '26':
      return { code, text: [text(line, 3, 37), text(line, 38, 72)].filter((p) => p !== '').join(' ') };
    case '27':
      return { code, text: joined(text(line, 3, 37), text(line, 38, 46)) };
    case '28':
      return { code, text: joined(text(line, 3, 37), text(line, 38, 72), text(line, 73, 74)) };
    case '29':
      return { code, text: text(line, 3, 14).replace(/^00(?=\d{10}$)/, '') };
    case '15':
      return {
        code,
        bankAccount: text(line, 3, 37).replace(/^0+(?=\d)/, ''),
        paymentDate: date(line, 38, 'Betalningsdagen'),
        serialNumber: text(line, 46, 50),
        amountOre: number(line, 51, 68, 'Insättningsbeloppet'),
        count: number(line, 72, 79, 'Antalet betalningar'),
      };
    case '70':
      return {
        code,
        payments: number(line, 3, 10, 'Antalet betalningsposter'),
        deductions: number(line, 11, 18, 'Antalet avdragsposter'),
        extraReferences: number(line, 19, 26, 'Antalet extra referensnummerposter'),
        deposits: number(line, 27, 34, 'Antalet insättningsposter'),
      };
    default:
      return { code: 'other' };
  }
}
