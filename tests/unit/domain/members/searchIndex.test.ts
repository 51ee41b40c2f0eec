// The characters a member's search text holds, as bits: a member whose bits lack a letter of the
// query cannot match it, and a one-letter query with a bit of its own is decided by the bits.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { charBit, charMask, hasOwnBit, mayHold } from '../../../../renderer/src/domain/members/searchIndex';
import { buildMemberIndex, memberSearcher, searchMembers, type SortOrder } from '../../../../renderer/src/domain/members/search';
import { CATEGORIES, member, members } from './factory';

const holds = (text: string, word: string) => {
  const t = charMask(text);
  return mayHold(t.lo, t.hi, charMask(word));
};

describe('the characters of a text as bits', () => {
  it('gives å, ä and ö bits of their own, apart from a and o', () => {
    const bits = ['a', 'å', 'ä', 'o', 'ö', 'e', 'é'].map((c) => charBit(c.charCodeAt(0)));
    expect(new Set(bits).size).toBe(bits.length);
    expect(['å', 'ä', 'ö', '@', '.', '-', '5'].every((c) => hasOwnBit(c.charCodeAt(0)))).toBe(true);
  });

  it('tells a name with å from one without', () => {
    expect(holds('åsa nyström\numeå', 'umeå')).toBe(true);
    expect(holds('asa nystrom\numea', 'å')).toBe(false);
    expect(holds('göteborgs stad', 'ö')).toBe(true);
    expect(holds('goteborgs stad', 'gö')).toBe(false);
  });

  it('holds the digits and dashes of organisation numbers and the marks of e-mail addresses', () => {
    expect(holds('556036-0793\nsaab ab', '556036-0793')).toBe(true);
    expect(holds('5560360793', '-')).toBe(false);
    expect(holds('kerstin.agren@saab.example', 'info@')).toBe(false); // no "f"
    expect(holds('info@datakonsult.se', 'info@')).toBe(true);
    expect(holds('orjan@volvo.example', '@volvo.')).toBe(true);
  });

  it('never rules out a text that holds the word, whatever its characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (before, word, after) => {
        expect(holds((before + word + after).toLowerCase(), word.toLowerCase())).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every bit a signed 32-bit word, as an Int32Array stores it', () => {
    const m = charMask('abcdefghijklmnopqrstuvwxyz0123456789åäöéü@.-+_ ¿€');
    expect(new Int32Array([m.lo, m.hi])).toEqual(new Int32Array([m.lo | 0, m.hi | 0]));
    expect(mayHold(m.lo | 0, m.hi | 0, charMask('ü€'))).toBe(true);
  });
});

describe('searching with the bits', () => {
  const byNumber: SortOrder = { column: 'memberNumber', direction: 'asc' };
  const list = [
    ...members(120),
    member(120, { name: 'Ödmans Måleri AB', organisationNumber: '559123-4567', email: 'info@odmans.se', city: 'Umeå', contacts: [] }),
    member(121, { name: 'Åsa Nyström', kind: 'person', organisationNumber: undefined, personalNumber: '19811218-9876', email: 'asa@nystrom.se', contacts: [] }),
    member(122, { name: 'Café Ängen', organisationNumber: '969712-3456', city: 'Malmö', contacts: [] }),
  ];
  const index = buildMemberIndex(list, CATEGORIES);

  it('finds the same members as reading every text, for Swedish letters, numbers and e-mail', () => {
    for (const query of ['ö', 'å', 'ä', 'é', 'umeå', 'malmö', 'café', '559123-4567', '5591234567', '198112189876', 'info@', '@nystrom', 'ängen', 'ödmans måleri']) {
      const found = searchMembers(index, { query }, byNumber).map((m) => m.memberNumber);
      const read = list.filter((m) => query.split(' ').every((w) => index.text[list.indexOf(m)]!.includes(w) || (/^[\d-]+$/.test(w) && index.digits[list.indexOf(m)]!.includes(w.replace(/\D/g, ''))))).map((m) => m.memberNumber);
      expect(found, query).toEqual(read.sort((a, b) => a - b));
    }
  });

  it('types a query letter by letter to the same list as a full search', () => {
    const search = memberSearcher(index);
    for (const query of ['u', 'um', 'ume', 'umeå', '', 'ö', 'öd', '', '5', '55', '559', '5591', '', 'i', 'in', 'inf', 'info', 'info@']) {
      expect(search({ query }, byNumber)).toEqual(searchMembers(index, { query }, byNumber));
    }
  });
});
