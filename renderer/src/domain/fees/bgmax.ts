/**
 * Reads Bankgirot's BgMax file (Bankgiro Inbetalningar): the payments into the association's
 * bankgiro. Fixed-width records of 80 characters, the first two the transaction code:
 *
 *   01 start · 05 opening (payee bankgiro, currency) · 20 payment · 21 deduction ·
 *   22/23 extra reference · 25 information · 26 name · 27/28 address · 29 organisation number ·
 *   15 deposit (closes the section: payment date, total, count) · 70 end (record counts)
 *
 * Records 20–29 belong to the section opened by the 05 before them and closed by the 15 after them;
 * 22–29 belong to the 20/21 before them. Unknown transaction codes are skipped, as Bankgirot asks.
 *
 * A deduction (21) is money the payer kept back, usually against a credit note: it is reported as
 * a payment with a negative amount, so the amounts of a section add up to what reached the bank.
 *
 * Nothing here throws on bad input: a malformed record, a section whose total or count disagrees
 * with its deposit record, or an end record with wrong counts becomes a Swedish message in
 * `errors` naming the line.
 */
import { formatKronor } from './money';
import { readRecord, type BgMaxRecord } from './bgmaxRecords';

export type BgMaxPayment = {
  reference: string;
  amountOre: number;
  paymentDate: string; // YYYY-MM-DD
  payerName?: string;
  bankgiro: string;
};

/** A payment (20) or deduction (21) with everything the file says about it. */
export type BgMaxEntry = BgMaxPayment & {
  kind: 'payment' | 'deduction';
  line: number;
  /** Bankgirot's reference code: 0/1 none, 2 checked OCR, 3 several or free text, 4 one, 5 wrong. */
  referenceCode: number;
  extraReferences: string[];
  information: string[];
  payerBankgiro?: string;
  payerAddress: string[];
  payerOrganisationNumber?: string;
  /** 1 bank, 2 Leverantörsbetalningar, 3 paper form, 4 Autogiro. */
  channel: number;
  bgcSerialNumber: string;
};

export type BgMaxDeposit = {
  line: number;
  bankgiro: string;
  paymentDate: string;
  amountOre: number;
  count: number;
  serialNumber: string;
  bankAccount: string;
};

export type BgMaxFile = {
  /** The file's creation time as written (YYYY-MM-DDTHH:MM:SS), when the start record has one. */
  created?: string;
  testFile: boolean;
  entries: BgMaxEntry[];
  deposits: BgMaxDeposit[];
  errors: string[];
};

type Section = {
  line: number;
  bankgiro: string;
  entries: Omit<BgMaxEntry, 'paymentDate'>[];
  /** A record in it could not be read, so its total and count cannot be checked. */
  broken: boolean;
  /** Its payments are not delivered (foreign currency, unreadable opening record). */
  rejected: boolean;
};

export function parseBgMax(text: string): { payments: BgMaxPayment[]; errors: string[] } {
  const file = parseBgMaxFile(text);
  const payments = file.entries.map((e): BgMaxPayment => {
    const p: BgMaxPayment = {
      reference: e.reference,
      amountOre: e.amountOre,
      paymentDate: e.paymentDate,
      bankgiro: e.bankgiro,
    };
    if (e.payerName !== undefined) p.payerName = e.payerName;
    return p;
  });
  return { payments, errors: file.errors };
}

export function parseBgMaxFile(text: string): BgMaxFile {
  const file: BgMaxFile = { testFile: false, entries: [], deposits: [], errors: [] };
  const err = (line: number, message: string): void => {
    file.errors.push(`Rad ${line}: ${message}`);
  };
  const counted = { payments: 0, deductions: 0, extraReferences: 0, deposits: 0 };
  let started = false;
  let endLine = 0;
  let section: Section | null = null;
  let entry: Omit<BgMaxEntry, 'paymentDate'> | null = null;
  // After an unreadable 20/21 its name and address records are skipped quietly: one error is enough.
  let skippingEntry = false;

  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = (lines[i] ?? '').replace(/[ ]+$/, '');
    if (raw.trim() === '') continue;
    const parsed = readRecord(raw);
    if (!started) {
      // Other Bankgirot files (Autogiro, Leverantörsbetalningar) also start with 01; only BGMAX will do.
      if (parsed.ok && parsed.record.code === '01' && parsed.record.layout === 'BGMAX') {
        started = true;
        handleStart(parsed.record, lineNo);
        continue;
      }
      file.errors.push(
        'Filen är inte en BgMax-fil från Bankgirot: den första raden ska vara en startpost som börjar med ”01BGMAX”.',
      );
      return file;
    }
    if (endLine > 0) {
      err(lineNo, 'det finns poster efter slutposten (70); de har inte lästs in.');
      break;
    }
    if (!parsed.ok) {
      err(lineNo, parsed.message);
      skipBrokenRecord(parsed.code, lineNo);
      continue;
    }
    const r = parsed.record;
    if (['05', '20', '21', '15', '70'].includes(r.code)) skippingEntry = false;
    switch (r.code) {
      case '01':
        err(lineNo, 'en andra startpost (01) mitt i filen har hoppats över.');
        break;
      case '05':
        if (section) dropOpenSection(section, lineNo);
        section = { line: lineNo, bankgiro: r.bankgiro, entries: [], broken: false, rejected: false };
        entry = null;
        if (r.currency !== 'SEK') {
          err(lineNo, `avsnittet gäller valutan ${r.currency}; Kansli läser bara in betalningar i kronor (SEK).`);
          section.rejected = true;
        }
        break;
      case '20':
      case '21': {
        if (r.code === '20') counted.payments++;
        else counted.deductions++;
        if (!section) {
          err(lineNo, `${r.code === '20' ? 'betalningsposten' : 'avdragsposten'} står utanför ett avsnitt (ingen öppningspost 05 före den).`);
          entry = null;
          skippingEntry = true;
          break;
        }
        entry = {
          kind: r.code === '20' ? 'payment' : 'deduction',
          line: lineNo,
          reference: r.reference,
          referenceCode: r.referenceCode,
          amountOre: r.code === '20' ? r.amountOre : -r.amountOre,
          bankgiro: section.bankgiro,
          extraReferences: [],
          information: [],
          payerAddress: [],
          channel: r.channel,
          bgcSerialNumber: r.bgcSerialNumber,
        };
        if (r.payerBankgiro) entry.payerBankgiro = r.payerBankgiro;
        section.entries.push(entry);
        break;
      }
      case '22':
      case '23':
        counted.extraReferences++;
        if (skippingEntry) break;
        if (entry) {
          if (r.reference) entry.extraReferences.push(r.reference);
        } else err(lineNo, 'extra referensnummer utan en betalning före; raden har hoppats över.');
        break;
      case '25':
      case '26':
      case '27':
      case '28':
      case '29':
        if (skippingEntry) break;
        if (!entry) {
          err(lineNo, 'uppgifter om en betalare utan en betalning före; raden har hoppats över.');
          break;
        }
        if (r.code === '25') entry.information.push(r.text);
        else if (r.code === '26') {
          if (r.text) entry.payerName = r.text;
        } else if (r.code === '29') {
          if (r.text) entry.payerOrganisationNumber = r.text;
        } else if (r.text) entry.payerAddress.push(r.text);
        break;
      case '15':
        counted.deposits++;
        if (!section) {
          err(lineNo, 'insättningsposten (15) står utanför ett avsnitt (ingen öppningspost 05 före den).');
        } else {
          closeSection(section, r, lineNo);
        }
        section = null;
        entry = null;
        break;
      case '70':
        endLine = lineNo;
        if (section) dropOpenSection(section, lineNo);
        section = null;
        checkEndCounts(r, lineNo);
        break;
      case 'other':
        break; // Bankgirot: ignore records you do not know.
    }
  }

  if (!started) {
    file.errors.push('Filen är tom – det finns inga betalningar att läsa in.');
  } else if (endLine === 0) {
    if (section) dropOpenSection(section, lines.length);
    file.errors.push('Slutposten (70) saknas – filen kan vara avkortad. Kontrollera att hela filen hämtats från banken.');
  }
  return file;

  function handleStart(r: Extract<BgMaxRecord, { code: '01' }>, lineNo: number): void {
    if (r.created) file.created = r.created;
    if (r.testMark === 'T') {
      file.testFile = true;
      err(lineNo, 'filen är märkt som testfil (T) av Bankgirot – betalningarna i den är inte riktiga inbetalningar.');
    }
  }

  function skipBrokenRecord(code: string | undefined, lineNo: number): void {
    if (code === '20' || code === '21') {
      if (code === '20') counted.payments++;
      else counted.deductions++;
      if (section) section.broken = true;
      entry = null;
      skippingEntry = true;
    } else if (code === '22' || code === '23') {
      counted.extraReferences++;
    } else if (code === '05') {
      if (section) dropOpenSection(section, lineNo);
      // Keep reading the section so its records are not reported once more as strays.
      section = { line: lineNo, bankgiro: '', entries: [], broken: true, rejected: true };
      entry = null;
    } else if (code === '15') {
      counted.deposits++;
      if (section && !section.rejected && section.entries.length > 0) {
        const n = section.entries.length;
        err(lineNo, `${n === 1 ? 'betalningen' : `de ${n} betalningarna`} i avsnittet från rad ${section.line} har därför inte lästs in.`);
      }
      section = null;
      entry = null;
    }
  }

  function dropOpenSection(open: Section, lineNo: number): void {
    if (open.rejected) return;
    const n = open.entries.length;
    const start = `avsnittet som börjar på rad ${open.line} avslutas aldrig med en insättningspost (15)`;
    err(lineNo, n === 0 ? `${start}.` : `${start}; ${n === 1 ? 'dess betalning' : `dess ${n} betalningar`} saknar betalningsdag och har inte lästs in.`);
  }

  function closeSection(open: Section, r: Extract<BgMaxRecord, { code: '15' }>, lineNo: number): void {
    if (open.rejected) return;
    const sum = open.entries.reduce((acc, e) => acc + e.amountOre, 0);
    if (!open.broken && sum !== r.amountOre) {
      err(
        lineNo,
        `insättningen är ${formatKronor(r.amountOre)} men betalningarna i avsnittet (från rad ${open.line}) ` +
          `summerar till ${formatKronor(sum)}.`,
      );
    }
    if (!open.broken && open.entries.length !== r.count) {
      err(
        lineNo,
        `insättningsposten anger ${r.count} betalningar men avsnittet (från rad ${open.line}) innehåller ${open.entries.length}.`,
      );
    }
    file.deposits.push({
      line: lineNo,
      bankgiro: open.bankgiro,
      paymentDate: r.paymentDate,
      amountOre: r.amountOre,
      count: r.count,
      serialNumber: r.serialNumber,
      bankAccount: r.bankAccount,
    });
    for (const e of open.entries) file.entries.push({ ...e, paymentDate: r.paymentDate });
  }

  function checkEndCounts(r: Extract<BgMaxRecord, { code: '70' }>, lineNo: number): void {
    const checks: [number, number, string][] = [
      [r.payments, counted.payments, 'betalningsposter (20)'],
      [r.deductions, counted.deductions, 'avdragsposter (21)'],
      [r.extraReferences, counted.extraReferences, 'extra referensnummerposter (22/23)'],
      [r.deposits, counted.deposits, 'insättningsposter (15)'],
    ];
    for (const [stated, found, what] of checks) {
      if (stated !== found) {
        err(lineNo, `slutposten anger ${stated} ${what} men filen innehåller ${found} – filen kan vara ofullständig.`);
      }
    }
  }
}

/**
 * The text of a BgMax file as downloaded: Bankgirot writes ISO 8859-1, but a file that has been
 * opened and saved again may be UTF-8, so valid UTF-8 is read as such.
 */
export function decodeBgMaxBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    return text;
  }
}
