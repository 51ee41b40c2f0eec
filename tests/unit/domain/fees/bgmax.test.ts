import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBgMaxBytes, parseBgMax, parseBgMaxFile } from '../../../../renderer/src/domain/fees/bgmax';
import { isValidOcrReference } from '../../../../renderer/src/domain/fees/ocr';
import { writeBgMax, type TestSection } from './bgmaxWriter';

// Bankgirot's published example file "Avtal om OCR-kontroll: Checksiffra och längd", stored as
// Bankgirot sends it: ISO 8859-1, records padded to 80 characters.
const exampleBytes = new Uint8Array(readFileSync(new URL('./fixtures/bankgirot-exempel-ocr-checksiffra-langd.txt', import.meta.url)));
const example = decodeBgMaxBytes(exampleBytes);

const lines = (text: string): string[] => text.split('\n');
const replaceLine = (text: string, lineNo: number, record: string): string => {
  const all = lines(text);
  all[lineNo - 1] = record;
  return all.join('\n');
};

describe('parseBgMax on Bankgirot’s example file', () => {
  it('reads every payment with its reference, amount, payment date, payer and the payee bankgiro', () => {
    const { payments, errors } = parseBgMax(example);
    expect(errors).toEqual([]);
    const kalle = { payerName: 'Kalles Plåt AB', bankgiro: '9912346', paymentDate: '2004-05-25' };
    const berit = { payerName: 'Berits Garn', bankgiro: '9912346', paymentDate: '2004-05-25' };
    expect(payments).toEqual([
      { ...kalle, reference: '655969', amountOre: 100000 },
      { ...kalle, reference: '89853', amountOre: -50000 }, // the deduction (21)
      { ...kalle, reference: '657866 658765 657767', amountOre: 140000 },
      { reference: '650861', amountOre: 110000, paymentDate: '2004-05-25', payerName: 'Olles färg AB', bankgiro: '9912346' },
      { ...berit, reference: '', amountOre: 120000 },
      { ...berit, reference: '659763', amountOre: 70000 },
      { ...kalle, reference: '658260', amountOre: 500000 },
    ]);
  });

  it('makes each section’s amounts add up to its deposit', () => {
    const file = parseBgMaxFile(example);
    expect(file.deposits.map((d) => [d.line, d.amountOre, d.count])).toEqual([
      [23, 190000, 3],
      [49, 800000, 4],
    ]);
    expect(file.entries.slice(0, 3).reduce((s, e) => s + e.amountOre, 0)).toBe(190000);
    expect(file.entries.slice(3).reduce((s, e) => s + e.amountOre, 0)).toBe(800000);
  });

  it('keeps the details: extra references, information text, address, reference code, payer bankgiro', () => {
    const file = parseBgMaxFile(example);
    expect(file.created).toBe('2004-05-25T17:30:35');
    expect(file.testFile).toBe(false);
    const multi = file.entries[2];
    expect(multi).toMatchObject({
      kind: 'payment',
      line: 13,
      referenceCode: 3,
      payerBankgiro: '3783511',
      extraReferences: ['657866', '658765', '657767', '657965'],
      information: ['Betalning med extra refnr 657965'],
      payerAddress: ['Storgatan 2, 12345', 'Storåker'],
      payerOrganisationNumber: '5500001234',
    });
    expect(file.entries[1]).toMatchObject({ kind: 'deduction', line: 8, referenceCode: 3 });
    expect(file.entries[6]?.information).toEqual(['Faktura 658369', 'Faktura 658468']);
  });

  it('gives checked OCR references (code 2) that pass the length-digit check', () => {
    const checked = parseBgMaxFile(example).entries.filter((e) => e.referenceCode === 2);
    expect(checked).toHaveLength(4);
    for (const e of checked) expect(isValidOcrReference(e.reference, { lengthDigit: true })).toBe(true);
  });

  it('reads the file the same with CRLF, without the padding, or saved again as UTF-8', () => {
    const expected = parseBgMax(example);
    expect(parseBgMax(example.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(parseBgMax(example.replace(/ +\n/g, '\n'))).toEqual(expected);
    expect(parseBgMax(decodeBgMaxBytes(new TextEncoder().encode(example)))).toEqual(expected);
    expect(example).toContain('Kalles Plåt AB');
  });
});

describe('parseBgMax on damaged files', () => {
  it('reports a line whose columns moved (a tab typed into it) and the counts that then disagree', () => {
    // Line 17 as it appears in a copy of Bankgirot's example file circulating on GitHub.
    const damaged = replaceLine(example, 17, '220003783511\t\t       657965000000000000000000220000000000140');
    const { payments, errors } = parseBgMax(damaged);
    expect(errors).toEqual([
      'Rad 17: raden innehåller tabb- eller styrtecken, så fälten går inte att läsa; raden har hoppats över.',
    ]);
    expect(payments).toHaveLength(7);
  });

  it('reports an unreadable amount, skips that payment and keeps the others', () => {
    const damaged = replaceLine(example, 3, '200003783511                   6559690000000000001000X0220000000000100');
    const { payments, errors } = parseBgMax(damaged);
    expect(errors).toEqual([
      'Rad 3: Beloppet (position 38–55) ska vara siffror men är ”0000000000001000X0”. Raden har hoppats över.',
    ]);
    expect(payments.map((p) => p.reference)).not.toContain('655969');
    expect(payments).toHaveLength(6);
  });

  it('reports a deposit whose total or count disagrees with its payments', () => {
    const damaged = replaceLine(
      example,
      23,
      '15000000000000000000058410000010098232004052500074000000000000190100SEK00000004',
    );
    const { payments, errors } = parseBgMax(damaged);
    expect(errors).toEqual([
      'Rad 23: insättningen är 1\u00a0901,00\u00a0kr men betalningarna i avsnittet (från rad 2) summerar till 1\u00a0900,00\u00a0kr.',
      'Rad 23: insättningsposten anger 4 betalningar men avsnittet (från rad 2) innehåller 3.',
    ]);
    expect(payments).toHaveLength(7);
  });

  it('reports wrong record counts in the end record', () => {
    const damaged = replaceLine(example, 50, '7000000007000000010000000600000003');
    expect(parseBgMax(damaged).errors).toEqual([
      'Rad 50: slutposten anger 7 betalningsposter (20) men filen innehåller 6 – filen kan vara ofullständig.',
      'Rad 50: slutposten anger 3 insättningsposter (15) men filen innehåller 2 – filen kan vara ofullständig.',
    ]);
  });

  it('reads the complete sections of a cut-off file and says what is missing', () => {
    const cut = lines(example).slice(0, 30).join('\n');
    const { payments, errors } = parseBgMax(cut);
    expect(payments).toHaveLength(3);
    expect(errors).toEqual([
      'Rad 30: avsnittet som börjar på rad 24 avslutas aldrig med en insättningspost (15); dess 2 betalningar saknar betalningsdag och har inte lästs in.',
      'Slutposten (70) saknas – filen kan vara avkortad. Kontrollera att hela filen hämtats från banken.',
    ]);
  });

  it('refuses a file that is not BgMax without throwing', () => {
    const csv = 'Datum;Belopp;Referens\n2024-03-01;250,00;1234567897\n';
    expect(parseBgMax(csv)).toEqual({
      payments: [],
      errors: ['Filen är inte en BgMax-fil från Bankgirot: den första raden ska vara en startpost som börjar med ”01BGMAX”.'],
    });
    expect(parseBgMax('').payments).toEqual([]);
    expect(parseBgMax('').errors).toHaveLength(1);
  });

  it('skips records it does not know, as Bankgirot asks, but not text after the end record', () => {
    const withUnknown = replaceLine(example, 4, `99${'X'.repeat(40)}\n26Kalles Plåt AB`);
    expect(parseBgMax(withUnknown)).toEqual(parseBgMax(example));
    const trailing = `${example}05000991234           SEK\n`;
    expect(parseBgMax(trailing).errors).toEqual(['Rad 51: det finns poster efter slutposten (70); de har inte lästs in.']);
  });

  it('warns that a test file holds no real payments', () => {
    const text = writeBgMax([{ bankgiro: '9912346', paymentDate: '2024-03-15', payments: [{ reference: '655969', amountOre: 25000 }] }], {
      testMark: 'T',
    });
    const { payments, errors } = parseBgMax(text);
    expect(errors).toEqual(['Rad 1: filen är märkt som testfil (T) av Bankgirot – betalningarna i den är inte riktiga inbetalningar.']);
    expect(payments).toHaveLength(1);
  });

  it('does not import a section in another currency than kronor', () => {
    const text = writeBgMax([
      { bankgiro: '9912346', paymentDate: '2016-10-03', currency: 'EUR', payments: [{ reference: '655969', amountOre: 1000 }] },
      { bankgiro: '9912346', paymentDate: '2016-10-03', payments: [{ reference: '657866', amountOre: 25000 }] },
    ]);
    const { payments, errors } = parseBgMax(text);
    expect(errors).toEqual(['Rad 2: avsnittet gäller valutan EUR; Kansli läser bara in betalningar i kronor (SEK).']);
    expect(payments.map((p) => p.reference)).toEqual(['657866']);
  });

  it('reports an impossible payment date and leaves that section out', () => {
    const text = writeBgMax([{ bankgiro: '9912346', paymentDate: '2023-02-30', payments: [{ reference: '655969', amountOre: 25000 }] }]);
    const { payments, errors } = parseBgMax(text);
    expect(payments).toEqual([]);
    expect(errors).toEqual([
      'Rad 4: Betalningsdagen (position 38–45) är inget giltigt datum: ”20230230”. Raden har hoppats över.',
      'Rad 4: betalningen i avsnittet från rad 2 har därför inte lästs in.',
    ]);
  });
});

describe('parseBgMax on generated files', () => {
  const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
  const payment = fc.record({
    reference: fc.oneof(digits(2, 25), fc.constant('')),
    amountOre: fc.integer({ min: 1, max: 10_000_000_00 }),
    payerName: fc.option(fc.stringMatching(/^[A-Za-zÅÄÖåäöé][A-Za-zÅÄÖåäöé .&-]{0,33}[A-Za-zÅÄÖåäöé.]$/).filter((s) => !s.includes('  ')), { nil: undefined }),
  });
  const section = fc.record({
    bankgiro: fc.constantFrom('9912346', '1609908', '50501055'),
    paymentDate: fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    payments: fc.array(payment, { minLength: 1, maxLength: 6 }),
  });

  it('returns exactly the payments written, whatever the line ends and padding', () => {
    fc.assert(
      fc.property(fc.array(section, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n' as const, '\r\n' as const), fc.boolean(), (sections: TestSection[], eol, pad) => {
        const { payments, errors } = parseBgMax(writeBgMax(sections, { eol, pad }));
        expect(errors).toEqual([]);
        const expected = sections.flatMap((s) =>
          s.payments.map((p) => ({
            reference: p.reference,
            amountOre: p.amountOre,
            paymentDate: s.paymentDate,
            bankgiro: s.bankgiro,
            ...(p.payerName === undefined ? {} : { payerName: p.payerName }),
          })),
        );
        expect(payments).toEqual(expected);
      }),
    );
  });
});

describe('parseBgMax on other Bankgirot files', () => {
  it('refuses an Autogiro file, which also starts with a 01 record', () => {
    const autogiro = `0120240315AUTOGIRO${' '.repeat(44)}4711170009912346  \n`;
    expect(parseBgMax(autogiro)).toEqual({
      payments: [],
      errors: ['Filen är inte en BgMax-fil från Bankgirot: den första raden ska vara en startpost som börjar med ”01BGMAX”.'],
    });
  });

  it('reports a payment outside any section once, not once per name or address line', () => {
    const all = lines(example);
    const withoutOpening = [...all.slice(0, 1), ...all.slice(2)].join('\n');
    const { payments, errors } = parseBgMax(withoutOpening);
    expect(errors[0]).toBe('Rad 2: betalningsposten står utanför ett avsnitt (ingen öppningspost 05 före den).');
    expect(errors.filter((e) => e.includes('uppgifter om en betalare'))).toEqual([]);
    expect(payments.every((p) => p.paymentDate === '2004-05-25')).toBe(true);
  });
});
