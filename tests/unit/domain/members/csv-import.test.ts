import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../../renderer/src/domain/members/decode';
import { columnFieldLabel, detectColumns, FIELD_LABELS, parseMembersCsv, readCsvHeaders } from '../../../../renderer/src/domain/members/csv';

const TODAY = new Date(2025, 5, 15);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const parse = (text: string) => parseMembersCsv(text, undefined, { today: TODAY });

describe('a Swedish Excel export (semicolons, Windows-1252, CRLF)', () => {
  const { text, encoding } = decodeCsvBytes(fixture('excel-sv-windows1252.csv'));
  const { members, errors } = parse(text);

  it('is decoded as Windows-1252', () => {
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Företag;Org.nr');
  });

  it('reads the valid rows with every column in its place', () => {
    expect(members.map((m) => m.name)).toEqual([
      'Saab AB', 'AB Volvo', 'Göteborgs Stad', 'Hand i hand i Leksand', 'Berg Konsult',
    ]);
    expect(members[0]).toEqual({
      kind: 'organisation',
      name: 'Saab AB',
      organisationNumber: '556036-0793',
      contactName: 'Kerstin Ågren',
      email: 'kerstin.agren@example.se',
      phone: '013-18 00 00',
      address: { street: 'Bröderna Ugglas gata', postalCode: '581 88', city: 'Linköping' },
      category: 'Storföretag',
      memberNumber: 101,
      status: 'active',
      joinedDate: '2015-03-01',
    });
  });

  it('normalises dates and statuses written the way people write them', () => {
    expect(members[1]).toMatchObject({ status: 'active', joinedDate: '2016-01-15', notes: 'Faktura via Peppol, ref 4471' });
    expect(members[2]).toMatchObject({ joinedDate: '2018-09-01' });
    expect(members[3]).toMatchObject({ status: 'applied', joinedDate: '2024-02-29' });
  });

  it('keeps a note with a line break, a semicolon, quotes, € and – intact', () => {
    expect(members[3]?.notes).toBe('Ansökan inkom 29 feb.\r\nBetalar 500 € per år – "stödmedlem"; faktura i mars');
  });

  it("accepts a sole trader's personnummer in the organisation number column", () => {
    expect(members[4]).toMatchObject({ kind: 'organisation', organisationNumber: '19811218-9876', notes: 'Enskild firma' });
  });

  it('reports the bad rows by the row number Excel shows, in Swedish, and skips the empty rows', () => {
    expect(errors).toEqual([
      { row: 6, message: 'Ogiltigt organisationsnummer ”556036-0794”: kontrollsiffran stämmer inte' },
      { row: 8, message: 'Namn saknas' },
      { row: 9, message: 'Ogiltig e-postadress ”ake.sjoberg@example” i kolumnen E-post' },
      { row: 9, message: 'Okänd status ”medlem?” – använd aktiv, ansökt, utträdd eller utesluten' },
      { row: 9, message: 'Datumet ”2023-02-29” finns inte i kalendern' },
    ]);
  });
});

describe('a Google Sheets download in English (commas, UTF-8, LF)', () => {
  const { text, encoding } = decodeCsvBytes(fixture('google-sheets-en.csv'));
  const { members, errors } = parse(text);

  it('reads organisations and people with English headers and values', () => {
    expect(encoding).toBe('utf-8');
    expect(members.map((m) => [m.name, m.kind])).toEqual([
      ['Saab AB', 'organisation'],
      ['Stockholms stad', 'organisation'],
      ['Erik Åkesson', 'person'],
      ['Jean Dupont', 'person'],
    ]);
    expect(members[0]).toEqual({
      kind: 'organisation',
      name: 'Saab AB',
      organisationNumber: '556036-0793',
      email: 'info@example.com',
      phone: '+46 13 18 00 00',
      address: { street: 'Bröderna Ugglas gata', postalCode: '581 88', city: 'Linköping', country: 'Sweden' },
      category: 'Large company',
      memberNumber: 1,
      status: 'active',
      joinedDate: '2015-03-01',
      tags: ['sponsor', 'board'],
      contactName: 'Kerstin Ågren',
      consentNewsletter: true,
    });
  });

  it('keeps quoted commas and quotes, drops the time after a date and reads consent', () => {
    expect(members[1]).toMatchObject({ category: 'Public sector, municipality', joinedDate: '2018-09-01', consentNewsletter: false });
    expect(members[2]).toMatchObject({
      personalNumber: '19121212-1212', status: 'applied', notes: 'Wants to help with the "Kodkväll" meetups',
    });
    expect(members[3]).toMatchObject({ personalNumber: '19701063-2391', status: 'resigned' });
  });

  it('refuses the American date and the unknown status', () => {
    expect(errors).toEqual([
      { row: 6, message: 'Ogiltig e-postadress ”lena.ek@example” i kolumnen E-post' },
      { row: 6, message: 'Datumet ”3/1/2015” kan läsas på flera sätt – skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-03-01' },
      { row: 7, message: 'Okänd status ”Lapsed” – använd aktiv, ansökt, utträdd eller utesluten' },
    ]);
  });
});

describe('detectColumns', () => {
  it('recognises Swedish and English headers regardless of case, spaces, dashes and diacritics', () => {
    expect(detectColumns(['NAMN', 'Org.nr', 'e-post', 'Epost', 'Tel', 'Inträdesdatum', 'Medlem sedan', 'ID', 'Postort']))
      .toEqual({ 0: 'name', 1: 'organisationNumber', 2: 'email', 3: null, 4: 'phone', 5: 'joinedDate', 6: null, 7: null, 8: 'city' });
    expect(detectColumns(['Company name', 'Organisation number', 'E-mail', 'ZIP code', 'Member since', 'Intradesdatum']))
      .toEqual({ 0: 'name', 1: 'organisationNumber', 2: 'email', 3: 'postalCode', 4: 'joinedDate', 5: null });
    expect(detectColumns(['Förnamn', 'Efternamn', 'Personnr', 'Gatuadress', 'Postnummer', 'Ort', 'Kategori', 'Taggar']))
      .toEqual({ 0: 'firstName', 1: 'lastName', 2: 'personalNumber', 3: 'street', 4: 'postalCode', 5: 'city', 6: 'category', 7: 'tags' });
    expect(detectColumns(['Medlemskategori', 'Status', 'Kontaktperson', 'Person-/organisationsnummer', 'Anteckningar']))
      .toEqual({ 0: 'category', 1: 'status', 2: 'contactName', 3: 'identityNumber', 4: 'notes' });
  });
});

describe('columnFieldLabel', () => {
  it('names every field in the officer\'s language, each name once', () => {
    const fields = Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[];
    for (const lang of ['sv', 'en'] as const) {
      const names = fields.map((f) => columnFieldLabel(f, lang));
      expect(new Set(names).size).toBe(fields.length);
    }
    expect(columnFieldLabel('postalCode', 'sv')).toBe('Postnummer');
    expect(columnFieldLabel('postalCode', 'en')).toBe('Postal code');
    expect(columnFieldLabel('organisationNumber', 'en')).toBe('Organisation number');
  });
});

describe('readCsvHeaders', () => {
  it('strips the BOM and an Excel "sep=" line', () => {
    expect(readCsvHeaders('\uFEFFNamn;E-post\r\nA;a@b.se')).toEqual(['Namn', 'E-post']);
    expect(readCsvHeaders('sep=,\r\nNamn, E-post;x\r\n')).toEqual(['Namn', 'E-post;x']);
  });
});

describe('parseMembersCsv', () => {
  it('uses the mapping the user chose in the preview instead of the guess', () => {
    const text = 'Bolag;Nummer;Stad\r\nSaab AB;556036-0793;Linköping\r\n';
    expect(parse(text).errors).toEqual([{ row: 1, message: expect.stringContaining('Ingen kolumn med namn') }]);
    const chosen = parseMembersCsv(text, { 0: 'name', 1: 'organisationNumber', 2: 'city' }, { today: TODAY });
    expect(chosen).toEqual({
      members: [{ kind: 'organisation', name: 'Saab AB', organisationNumber: '556036-0793', address: { city: 'Linköping' } }],
      errors: [],
    });
  });

  it('counts a note with line breaks as one row, like Excel', () => {
    const text = 'Namn;Anteckningar;Org.nr\n"A";"rad 1\nrad 2\nrad 3";556036-0793\nB;;556036-0794\n';
    expect(parse(text).errors).toEqual([{ row: 3, message: expect.stringContaining('kontrollsiffran') }]);
  });

  it('decides the kind from a Typ column, from the numbers, or from first and last names', () => {
    const text = [
      'Typ;Namn;Person-/organisationsnummer',
      'Företag;Saab AB;556036-0793',
      ';Erik;19121212-1212',
      'Enskild firma;Berg Konsult;811218-9876',
      'Privatperson;Fel;556036-0793',
      'Robot;X;',
    ].join('\r\n');
    const { members, errors } = parse(text);
    expect(members).toEqual([
      { kind: 'organisation', name: 'Saab AB', organisationNumber: '556036-0793' },
      { kind: 'person', name: 'Erik', personalNumber: '19121212-1212' },
      { kind: 'organisation', name: 'Berg Konsult', organisationNumber: '19811218-9876' },
    ]);
    expect(errors).toEqual([
      { row: 5, message: expect.stringContaining('En person kan inte ha organisationsnummer') },
      { row: 6, message: 'Okänd typ ”Robot” – skriv Organisation eller Person' },
    ]);
    expect(parse('Förnamn;Efternamn\r\nÅsa;Öberg\r\n').members).toEqual([{ kind: 'person', name: 'Åsa Öberg' }]);
    expect(parse('Namn\r\nÅsa Öberg\r\n').members).toEqual([{ kind: 'organisation', name: 'Åsa Öberg' }]);
  });

  it('explains numbers that Excel has mangled', () => {
    const { errors } = parse('Namn;Personnummer;Org.nr\r\nA;501011230;\r\nB;;1,65560E+11\r\n');
    expect(errors).toEqual([
      { row: 2, message: expect.stringContaining('Excel tar bort inledande nollor') },
      { row: 3, message: expect.stringContaining('grundpotensform') },
    ]);
  });

  it('explains what is wrong with a number', () => {
    const { errors } = parse('Namn;Personnummer;Person-/organisationsnummer\r\nA;19121212-1213;\r\nB;;556036-0792\r\nC;;20230229-1234\r\n');
    expect(errors).toEqual([
      { row: 2, message: 'Ogiltigt personnummer ”19121212-1213”: kontrollsiffran stämmer inte' },
      { row: 3, message: 'Ogiltigt person- eller organisationsnummer ”556036-0792”: kontrollsiffran stämmer inte' },
      { row: 4, message: 'Ogiltigt person- eller organisationsnummer ”20230229-1234”: datumet i numret finns inte' },
    ]);
  });

  it('reads dates in the unambiguous forms only', () => {
    const dates = ['2024-03-01', '2024-3-1', '20240301', '2024/03/01', '2024-03-01T08:30', '1/3/2024', '01.03.2024', '2024', '2024-13-01', 'mars 2024'];
    const text = ['Namn;Medlem sedan', ...dates.map((d, i) => `M${i};${d}`)].join('\r\n');
    const { members, errors } = parse(text);
    expect(members.map((m) => m.joinedDate)).toEqual(['2024-03-01', '2024-03-01', '2024-03-01', '2024-03-01', '2024-03-01']);
    expect(errors.map((e) => e.row)).toEqual([7, 8, 9, 10, 11]);
    expect(errors[2]?.message).toBe('Ange hela datumet för ”2024” som ÅÅÅÅ-MM-DD, inte bara året');
  });

  it('splits a combined postal address and reads Swedish and English consent and status words', () => {
    const text = 'Namn;Postadress;Status;Nyhetsbrev\r\nA;411 01 Göteborg;Utträdd;Ja\r\nB;SE-26231 ÄNGELHOLM;utesluten;nej\r\nC;Ängelholm;ANSÖKT;x\r\n';
    expect(parse(text).members).toEqual([
      { kind: 'organisation', name: 'A', address: { postalCode: '411 01', city: 'Göteborg' }, status: 'resigned', consentNewsletter: true },
      { kind: 'organisation', name: 'B', address: { postalCode: '262 31', city: 'ÄNGELHOLM' }, status: 'excluded', consentNewsletter: false },
      { kind: 'organisation', name: 'C', address: { city: 'Ängelholm' }, status: 'applied', consentNewsletter: true },
    ]);
  });

  it('refuses two e-mail addresses in one cell and a member number that is not a whole number', () => {
    const { errors } = parse('Namn;E-post;Medlemsnummer\r\nA;a@example.se;12\r\nB;b@example.se;12,5\r\n');
    expect(errors).toEqual([
      { row: 3, message: 'Medlemsnumret ”12,5” ska vara ett heltal större än noll' },
    ]);
    const two = parse('Namn,E-post\r\nA,"a@example.se; b@example.se"\r\n').errors;
    expect(two).toEqual([{ row: 2, message: 'Flera adresser i kolumnen E-post: ”a@example.se; b@example.se” – bara en adress per cell går att läsa in' }]);
  });

  it('stops at a quote that is never closed instead of reading garbage', () => {
    const { members, errors } = parse('Namn;Ort\r\nA;Lund\r\n"B;Malmö\r\nC;Ystad\r\n');
    expect(members).toEqual([{ kind: 'organisation', name: 'A', address: { city: 'Lund' } }]);
    expect(errors).toEqual([{ row: 3, message: expect.stringContaining('avslutas aldrig') }]);
  });

  it('reads a register of a few thousand members and finds the one bad row', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `Medlem ${i + 1};${i + 1};${i === 2499 ? '2024-02-30' : '2024-01-15'}`);
    const { members, errors } = parse(['Namn;Medlemsnummer;Medlem sedan', ...rows].join('\r\n'));
    expect(members).toHaveLength(2999);
    expect(members[2998]).toEqual({ kind: 'organisation', name: 'Medlem 3000', memberNumber: 3000, joinedDate: '2024-01-15' });
    expect(errors).toEqual([{ row: 2501, message: 'Datumet ”2024-02-30” finns inte i kalendern' }]);
  });

  it('says so when the file is empty', () => {
    expect(parse('')).toEqual({ members: [], errors: [{ row: 1, message: expect.stringContaining('Filen är tom') }] });
    expect(parse('\uFEFF\r\n').errors[0]?.row).toBe(1);
  });
});
