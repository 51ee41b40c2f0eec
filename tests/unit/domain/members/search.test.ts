import { describe, expect, it } from 'vitest';
import { buildMemberIndex, searchMembers, toggleSort, type SortOrder } from '../../../../renderer/src/domain/members/search';
import { CATEGORIES, member, members } from './factory';

const byNumber: SortOrder = { column: 'memberNumber', direction: 'asc' };
const names = (ms: { name: string }[]) => ms.map((m) => m.name);

describe('searching the register as you type', () => {
  const list = [
    member(0, { name: 'Saab AB', organisationNumber: '556036-0793', contacts: [{ id: 'a', name: 'Kerstin Ågren', role: 'Inköpschef' }] }),
    member(1, { name: 'AB Volvo', organisationNumber: '556012-5790', email: 'orjan@volvo.example', contacts: [{ id: 'b', name: 'Örjan Lindström' }] }),
    member(2, { name: 'Göteborgs Stad', organisationNumber: '212000-1355', contacts: [] }),
    member(3, { kind: 'person', name: 'Åsa Nyström', organisationNumber: undefined, personalNumber: '19811218-9876', contacts: [] }),
  ];
  const index = buildMemberIndex(list, CATEGORIES);
  const search = (query: string) => names(searchMembers(index, { query }, byNumber));

  it('finds a member by part of a contact person’s name, in any case', () => {
    expect(search('ågr')).toEqual(['Saab AB']);
    expect(search('KERSTIN')).toEqual(['Saab AB']);
    expect(search('lindstr')).toEqual(['AB Volvo']);
  });

  it('finds by name, e-mail and member number', () => {
    expect(search('göteborgs')).toEqual(['Göteborgs Stad']);
    expect(search('göteborg')).toEqual(['Saab AB', 'Göteborgs Stad']); // Saab's city
    expect(search('volvo.example')).toEqual(['AB Volvo']);
    expect(search('4')).toContain('Åsa Nyström');
  });

  it('finds an organisation number with or without the hyphen', () => {
    expect(search('556036-0793')).toEqual(['Saab AB']);
    expect(search('5560360793')).toEqual(['Saab AB']);
    expect(search('198112189876')).toEqual(['Åsa Nyström']);
  });

  it('needs every word, in any order', () => {
    expect(search('stad göteborgs')).toEqual(['Göteborgs Stad']);
    expect(search('saab örjan')).toEqual([]);
  });

  it('returns everything for an empty query', () => {
    expect(search('  ')).toHaveLength(4);
  });
});

describe('filters and sorting', () => {
  const list = members(60);
  const index = buildMemberIndex(list, CATEGORIES);

  it('filters by status, category and tag, combined', () => {
    const resigned = searchMembers(index, { statuses: ['resigned'] }, byNumber);
    expect(resigned.length).toBe(6);
    expect(resigned.every((m) => m.status === 'resigned')).toBe(true);
    const cat = CATEGORIES[1]!.id;
    const combined = searchMembers(index, { categoryId: cat, tag: 'styrelse', statuses: ['active'] }, byNumber);
    expect(combined.length).toBeGreaterThan(0);
    expect(combined.every((m) => m.categoryId === cat && m.tags.includes('styrelse') && m.status === 'active')).toBe(true);
  });

  it('lists the tags in use, sorted', () => {
    expect(index.tags).toEqual(['nyhetsbrev', 'sponsor', 'styrelse']);
  });

  it('sorts names the Swedish way (å, ä, ö last) and flips direction', () => {
    const swedish = buildMemberIndex(
      [member(0, { name: 'Örebro IT' }), member(1, { name: 'Ängelholm Data' }), member(2, { name: 'Åre Moln' }), member(3, { name: 'Zeta AB' }), member(4, { name: 'Alfa AB' })],
      CATEGORIES,
    );
    expect(names(searchMembers(swedish, {}, { column: 'name', direction: 'asc' }))).toEqual(['Alfa AB', 'Zeta AB', 'Åre Moln', 'Ängelholm Data', 'Örebro IT']);
    expect(names(searchMembers(swedish, {}, { column: 'name', direction: 'desc' }))[0]).toBe('Örebro IT');
  });

  it('puts members without a value last when sorting by it', () => {
    const idx = buildMemberIndex([member(0, { city: undefined }), member(1, { city: 'Borås' })], CATEGORIES);
    expect(searchMembers(idx, {}, { column: 'city', direction: 'asc' }).map((m) => m.city)).toEqual(['Borås', undefined]);
  });

  it('sorts by category in the association’s own order', () => {
    const sorted = searchMembers(index, {}, { column: 'category', direction: 'asc' });
    const orders = sorted.map((m) => CATEGORIES.find((c) => c.id === m.categoryId)!.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('toggles a header: new column ascending, same column flips', () => {
    expect(toggleSort(byNumber, 'name')).toEqual({ column: 'name', direction: 'asc' });
    expect(toggleSort({ column: 'name', direction: 'asc' }, 'name')).toEqual({ column: 'name', direction: 'desc' });
  });
});

describe('at 10,000 members', () => {
  const list = members(10_000);
  const index = buildMemberIndex(list, CATEGORIES);

  // Speed is measured by `npm run bench` (search.p50/p95), never asserted here.
  it('finds one member among 10,000 by part of a contact person\'s name', () => {
    expect(searchMembers(index, { query: 'kontakt9999' }, byNumber).map((m) => m.memberNumber)).toEqual([10_000]);
  });
});

describe('Swedish alphabetical order', () => {
  it('puts å, ä, ö after z, ignores case and other accents, and reads numbers by value', async () => {
    const { swedishSortKey } = await import('../../../../renderer/src/domain/members/search');
    const words = ['Öberg', 'ärlig', 'Åre', 'zeta', 'Émile', 'ebba', 'AB nr 10', 'AB nr 9', 'Müller', 'Mygg', 'Mörk'];
    const sorted = [...words].sort((a, b) => (swedishSortKey(a) < swedishSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(['AB nr 9', 'AB nr 10', 'ebba', 'Émile', 'Mygg', 'Müller', 'Mörk', 'zeta', 'Åre', 'ärlig', 'Öberg']);
  });
});
