import { describe, expect, it } from 'vitest';
import { parseMemberGrid, readGrid } from '../../../../renderer/src/domain/members/csv';
import { planImport, uuidSource } from '../../../../renderer/src/domain/members/importPlan';
import { CATEGORIES, member } from './factory';

const TODAY = new Date(2025, 5, 15);
let ids = 0;
const options = { today: '2025-06-15', newId: () => `new-${++ids}` };

function plan(csv: string, existing = [member(0, { name: 'Saab AB', organisationNumber: '556036-0793', email: 'info@saab.example', contacts: [{ id: 'k1', name: 'Kerstin Ågren', email: 'kerstin@saab.example' }] })], usedNumbers?: number[]) {
  const parsed = parseMemberGrid(readGrid(csv), undefined, { today: TODAY });
  return planImport(parsed, existing, CATEGORIES, { ...options, usedNumbers });
}

const HEADER = 'Namn;Organisationsnummer;E-post;Telefon;Kontaktperson;Kategori;Medlemsnummer;Status\n';

describe('match or add', () => {
  it('adds a member that matches nobody, with a category found by name in any case', () => {
    const p = plan(HEADER + 'Volvo Cars AB;556810-8988;info@volvocars.example;;Örjan Lindström;företag 50+ anställda;;aktiv\n');
    expect(p.counts).toEqual({ add: 1, update: 0, unchanged: 0, reject: 0 });
    expect(p.rows[0]).toMatchObject({ row: 2, action: 'add', name: 'Volvo Cars AB' });
    expect(p.rows[0]!.fields).toMatchObject({
      kind: 'organisation', organisationNumber: '556810-8988', categoryId: 'category-foretag-50', status: 'active',
      contacts: [{ name: 'Örjan Lindström' }],
    });
  });

  it('updates the member with the same organisation number, changing only what differs', () => {
    const p = plan(HEADER + 'Saab AB;5560360793;info@saab.example;013-18 00 00;;;;\n');
    expect(p.rows[0]).toMatchObject({ action: 'update', matchId: 'm0', matchedBy: 'organisationNumber', changed: ['phone'] });
    expect(p.rows[0]!.fields).toEqual({ phone: '013-18 00 00' });
  });

  it('matches by personal number, and by e-mail in any case when there is no number', () => {
    const person = member(5, { id: 'p', kind: 'person', name: 'Åsa Nyström', organisationNumber: undefined, personalNumber: '19811218-9876', email: 'asa@example.se' });
    const byPnr = plan('Namn;Personnummer;Telefon\nÅsa Nyström;811218-9876;070-123 45 67\n', [person]);
    expect(byPnr.rows[0]).toMatchObject({ action: 'update', matchId: 'p', matchedBy: 'personalNumber' });
    const byEmail = plan('Namn;E-post;Ort\nÅsa N;ASA@example.se;Borås\n', [person]);
    expect(byEmail.rows[0]).toMatchObject({ action: 'update', matchId: 'p', matchedBy: 'email' });
    expect(byEmail.rows[0]!.fields).toMatchObject({ name: 'Åsa N', city: 'Borås' });
  });

  it('leaves a member alone when nothing differs, and never empties a field from an empty cell', () => {
    const p = plan(HEADER + 'Saab AB;556036-0793;;;;;;\n');
    expect(p.rows[0]).toMatchObject({ action: 'unchanged', changed: [] });
  });

  it('adds a new contact person, or updates the one with the same name', () => {
    const same = plan('Namn;Organisationsnummer;Kontaktperson;Kontaktpersonens telefon\nSaab AB;556036-0793;kerstin ågren;070-111 22 33\n');
    expect(same.rows[0]!.fields.contacts).toEqual([{ id: 'k1', name: 'kerstin ågren', email: 'kerstin@saab.example', phone: '070-111 22 33' }]);
    const other = plan('Namn;Organisationsnummer;Kontaktperson\nSaab AB;556036-0793;Lars Berg\n');
    expect(other.rows[0]!.fields.contacts?.map((c) => c.name)).toEqual(['Kerstin Ågren', 'Lars Berg']);
  });

  it('keeps existing tags and adds the file’s', () => {
    const existing = [member(0, { organisationNumber: '556036-0793', tags: ['styrelse'] })];
    const p = plan('Namn;Organisationsnummer;Taggar\nSaab AB;556036-0793;sponsor, styrelse\n', existing);
    expect(p.rows[0]!.fields.tags).toEqual(['styrelse', 'sponsor']);
  });

  it('dates a status change the file does not date', () => {
    const p = plan('Namn;Organisationsnummer;Status\nSaab AB;556036-0793;utträdd\n', [member(0, { organisationNumber: '556036-0793', status: 'active' })]);
    expect(p.rows[0]!.fields).toMatchObject({ status: 'resigned', resignedDate: '2025-06-15' });
  });

  it('creates a category the register does not have, once, and says so', () => {
    const p = plan('Namn;Kategori\nA AB;Stödmedlem\nB AB;stödmedlem\n');
    expect(p.newCategories).toEqual(['Stödmedlem']);
    expect(p.rows[0]!.warnings[0]).toContain('Ny kategori ”Stödmedlem”');
    expect(p.rows.every((r) => r.newCategory !== undefined)).toBe(true);
  });
});

describe('rejected rows name the row and the reason', () => {
  it('rejects an invalid organisation number and e-mail, keeping the row number Excel shows', () => {
    const p = plan(HEADER + 'Bra AB;556810-8988;;;;;;\nFel AB;556036-0794;;;;;;\nMejl AB;;inte-en-adress;;;;;\n');
    expect(p.counts).toMatchObject({ add: 1, reject: 2 });
    expect(p.rows[1]).toMatchObject({ row: 3, action: 'reject', name: 'Fel AB' });
    expect(p.rows[1]!.reasons[0]).toContain('kontrollsiffran stämmer inte');
    expect(p.rows[2]!.reasons[0]).toContain('Ogiltig e-postadress ”inte-en-adress”');
  });

  it('rejects a row that is a copy of an earlier one, and a second row for the same organisation', () => {
    const p = plan(HEADER + 'Ny AB;556810-8988;a@ny.example;;;;;\nNy AB;556810-8988;a@ny.example;;;;;\nNytt namn AB;556810-8988;;;;;;\n');
    expect(p.rows.map((r) => r.action)).toEqual(['add', 'reject', 'reject']);
    expect(p.rows[1]!.reasons).toEqual(['Raden är en kopia av rad 2']);
    expect(p.rows[2]!.reasons).toEqual(['Samma organisationsnummer (556810-8988) som rad 2']);
  });

  it('rejects two rows that would update the same member through different keys', () => {
    const p = plan('Namn;Organisationsnummer;E-post\nSaab AB;556036-0793;\nSaab;;info@saab.example\n');
    expect(p.rows[1]).toMatchObject({ action: 'reject' });
    expect(p.rows[1]!.reasons[0]).toContain('Rad 2 uppdaterar redan samma medlem');
  });

  it('never reuses a member number, not even of a deleted member', () => {
    const taken = plan(HEADER + 'Ny AB;556810-8988;;;;;1;\n');
    expect(taken.rows[0]!.reasons[0]).toBe('Medlemsnumret 1 tillhör redan Saab AB');
    const deleted = plan(HEADER + 'Ny AB;556810-8988;;;;;7;\n', undefined, [1, 7]);
    expect(deleted.rows[0]!.reasons[0]).toContain('har använts förut och återanvänds inte');
    const free = plan(HEADER + 'Ny AB;556810-8988;;;;;8;\n', undefined, [1, 7]);
    expect(free.rows[0]!.fields.memberNumber).toBe(8);
  });

  it('refuses to change the number of a matched member', () => {
    const p = plan(HEADER + 'Saab AB;556036-0793;;;;;99;\n');
    expect(p.rows[0]!.reasons[0]).toContain('ett medlemsnummer ändras aldrig');
  });

  it('refuses to guess between members who share an e-mail address', () => {
    const twins = [member(0, { email: 'kansli@example.se', organisationNumber: undefined }), member(1, { email: 'kansli@example.se', organisationNumber: undefined })];
    const p = plan('Namn;E-post\nX;kansli@example.se\n', twins);
    expect(p.rows[0]!.reasons[0]).toContain('2 medlemmar har e-postadress kansli@example.se');
  });

  it('turns unreadable rows (a broken quote) into rejected rows', () => {
    const parsed = parseMemberGrid(readGrid('Namn;Ort\n"Trasig AB;Borås\n'), undefined, { today: TODAY });
    const p = planImport(parsed, [], CATEGORIES, options);
    expect(p.counts.reject).toBe(1);
    expect(p.rows[0]!.reasons[0]).toContain('citattecken');
  });

  it('warns, without refusing, about a name-only row that looks like an existing member', () => {
    const p = plan('Namn;Ort\nsaab ab;Linköping\n');
    expect(p.rows[0]).toMatchObject({ action: 'add' });
    expect(p.rows[0]!.warnings[0]).toContain('Det finns redan en medlem som heter saab ab');
  });
});

describe('ids for an import', () => {
  it('are random version 4 UUIDs, as crypto.randomUUID gives, and never repeat across draws', () => {
    const next = uuidSource();
    const ids = Array.from({ length: 1000 }, next);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are what a planned contact gets when no id maker is given', () => {
    const parsed = parseMemberGrid(readGrid('Namn;Kontaktperson\nVolvo AB;Örjan Lindström\n'), undefined, { today: TODAY });
    const p = planImport(parsed, [], CATEGORIES, { today: '2025-06-15' });
    expect(p.rows[0]!.fields.contacts?.[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
