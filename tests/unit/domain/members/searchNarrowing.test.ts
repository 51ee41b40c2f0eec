// Typing in the member search looks only among the last result's members when the new query can
// only narrow it. Whatever the officer types, the list must be exactly what a full search gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMemberIndex, memberSearcher, narrows, searchMembers, type MemberFilter, type SortOrder } from '../../../../renderer/src/domain/members/search';
import { CATEGORIES, member, members } from './factory';

const byNumber: SortOrder = { column: 'memberNumber', direction: 'asc' };
const numbers = (ms: { memberNumber: number }[]) => ms.map((m) => m.memberNumber);

describe('when a new query can only narrow the last one', () => {
  it('typing on, or adding a word, narrows', () => {
    expect(narrows('', 'a')).toBe(true);
    expect(narrows('and', 'ande')).toBe(true);
    expect(narrows('göteborg', 'göteborg data')).toBe(true);
    expect(narrows('556', '5560-36')).toBe(true);
  });

  it('deleting, changing an earlier word, or a dash that turns into a number, does not', () => {
    expect(narrows('ande', 'and')).toBe(false);
    expect(narrows('data väst', 'väst')).toBe(false);
    expect(narrows('ka', 'la')).toBe(false);
    // "-" searched the text alone; "-5" also finds members by the digits of their numbers.
    expect(narrows('-', '-5')).toBe(false);
  });
});

describe('searching as you type', () => {
  const list = [
    ...members(300),
    member(300, { name: 'Bindestreck AB', organisationNumber: '5590001234', phone: undefined, contacts: [] }),
  ];
  const index = buildMemberIndex(list, CATEGORIES);

  function typed(text: string, filter: Omit<MemberFilter, 'query'> = {}, sort = byNumber) {
    const search = memberSearcher(index);
    for (let i = 1; i <= text.length; i++) {
      const query = text.slice(0, i);
      expect(numbers(search({ ...filter, query }, sort))).toEqual(numbers(searchMembers(index, { ...filter, query }, sort)));
    }
  }

  it('shows what a full search shows after every letter of real queries', () => {
    typed('göteborg');
    typed('data ab 1');
    typed('kontakt12');
    typed('556100-');
    typed('031-100 0', { statuses: ['active'] });
    typed('väst', { tag: 'styrelse' }, { column: 'name', direction: 'desc' });
  });

  it('finds a member by the digits once a dash becomes a number', () => {
    const search = memberSearcher(index);
    search({ query: '-' }, byNumber);
    expect(search({ query: '-5590' }, byNumber).map((m) => m.name)).toContain('Bindestreck AB');
  });

  it('starts over when a filter or the sort column changes between keystrokes', () => {
    const search = memberSearcher(index);
    search({ query: 'a', statuses: ['resigned'] }, byNumber);
    expect(numbers(search({ query: 'ab' }, byNumber))).toEqual(numbers(searchMembers(index, { query: 'ab' }, byNumber)));
    search({ query: 'a' }, { column: 'city', direction: 'asc' });
    expect(numbers(search({ query: 'ab' }, byNumber))).toEqual(numbers(searchMembers(index, { query: 'ab' }, byNumber)));
  });

  it('agrees with a full search for any sequence of edits', () => {
    const piece = fc.constantFrom('a', 'b', 'ö', 'd', '1', '5', '-', ' ', '0', 'k', 'data', 'väst', '556', '@');
    const edit = fc.oneof(piece.map((p) => ({ add: p })), fc.nat(3).map((n) => ({ remove: n + 1 })));
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), fc.constantFrom<SortOrder>(byNumber, { column: 'name', direction: 'asc' }), (edits, sort) => {
        const search = memberSearcher(index);
        let query = '';
        for (const e of edits) {
          query = 'add' in e ? query + e.add : query.slice(0, Math.max(0, query.length - e.remove));
          expect(numbers(search({ query }, sort))).toEqual(numbers(searchMembers(index, { query }, sort)));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('clearing the search box', () => {
  const index = buildMemberIndex(members(200), CATEGORIES);

  it('gives back the whole list as it was, in the order asked', () => {
    const search = memberSearcher(index);
    const all = search({ query: '', statuses: ['active'] }, byNumber);
    search({ query: 'data', statuses: ['active'] }, byNumber);
    expect(search({ query: ' ', statuses: ['active'] }, byNumber)).toBe(all);
    const descending = search({ query: '', statuses: ['active'] }, { column: 'memberNumber', direction: 'desc' });
    expect(numbers(descending)).toEqual(numbers(all).reverse());
    expect(numbers(search({ query: '', statuses: ['resigned'] }, byNumber))).toEqual(numbers(searchMembers(index, { statuses: ['resigned'] }, byNumber)));
  });
});
