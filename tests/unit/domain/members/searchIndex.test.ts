// The characters a member's search text holds, as bits: a member whose bits lack a letter of the
// query cannot match it, and a one-letter query with a bit of its own is decided by the bits.
// Likewise the adjacent pairs of characters: a two-character word is decided by its pair's bit.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPairIndex, charBit, charMask, hasOwnBit, holdsPairs, mayHold, wordPairs } from '../../../../renderer/src/domain/members/searchIndex';
import { buildMemberIndex, countConsenting, memberSearcher, queryTerms, searchMembers, type SortOrder } from '../../../../renderer/src/domain/members/search';
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

describe('the pairs of characters of the texts as bit sets', () => {
  /** Whether the pair bits say text `i` of `texts` may hold `word` (undefined pairs: no text can). */
  const pairsAllow = (texts: string[], i: number, word: string) => {
    const sets = wordPairs(buildPairIndex(texts), word);
    return sets !== undefined && holdsPairs(sets, i);
  };

  it('finds a two-character word exactly where it occurs: å, ä, ö, digits and e-mail marks', () => {
    const texts = ['åsa nyström\numeå', 'asa nystrom\numea', '556677-8899\nöberg bygg ab', '5566778899', 'info@öberg.se', 'café ängen\nmalmö'];
    for (const word of ['ås', 'ea', 'eå', 'ms', 'ng', '55', '56', '7-', '-8', '99', 'o@', '@ö', '.s', 'fé', 'än', 'mö', 'mo', 'ab', 'zz']) {
      const expected = texts.map((t) => t.includes(word));
      expect(texts.map((_, i) => pairsAllow(texts, i, word)), word).toEqual(expected);
    }
  });

  it('keeps the bits of members past the first 32 apart', () => {
    const texts = Array.from({ length: 100 }, (_, i) => (i % 33 === 5 ? `ärende ${i}` : `arende ${i}`));
    const sets = wordPairs(buildPairIndex(texts), 'är')!;
    expect(texts.map((_, i) => holdsPairs(sets, i))).toEqual(texts.map((t) => t.includes('är')));
  });

  it('never rules out a text that holds the word, and decides two characters exactly, whatever the characters', () => {
    const unit = fc.constantFrom(...'aäåoöeé5568-@. x\n€'.split(''), 'ü');
    const text = fc.array(unit, { maxLength: 24 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 40 }), fc.nat(), fc.array(unit, { minLength: 1, maxLength: 4 }).map((cs) => cs.join('')), (texts, at, word) => {
        const i = at % texts.length;
        texts[i] = texts[i]! + word;
        const index = buildPairIndex(texts);
        const sets = wordPairs(index, word);
        expect(sets !== undefined && holdsPairs(sets, i)).toBe(true);
        if (word.length === 2) expect(texts.map((_, k) => holdsPairs(sets!, k))).toEqual(texts.map((t) => t.includes(word)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('typing letter by letter with the bits of characters and pairs', () => {
  const byName: SortOrder = { column: 'name', direction: 'asc' };
  const list = [
    ...members(150),
    member(150, { name: 'Ödmans Måleri AB', organisationNumber: '556677-8899', email: 'info@odmans.se', city: 'Umeå', contacts: [] }),
    member(151, { name: 'Åsa Nyström', kind: 'person', organisationNumber: undefined, personalNumber: '19811218-9876', email: 'åsa.nyström@exempel.se', contacts: [] }),
    member(152, { name: 'Café Ängen', organisationNumber: '556677-8898', phone: '031-55 66 77', city: 'Malmö', contacts: [] }),
    member(153, { name: 'Öresunds Ärende Ekonomisk förening', organisationNumber: '769655-5555', email: 'ärende@öresund.se', city: 'Ängelholm', contacts: [] }),
  ];
  const index = buildMemberIndex(list, CATEGORIES);
  /** The members found by reading every text, with no bits at all. */
  const read = (query: string) => {
    const { words, digitWords } = queryTerms(query);
    return index.order.name
      .filter((i) => words.every((w, k) => index.text[i]!.includes(w) || (digitWords[k] !== '' && index.digits[i]!.includes(digitWords[k]!))))
      .map((i) => list[i]!.memberNumber);
  };
  const numbers = (query: string, search = memberSearcher(index)) => search({ query }, byName).map((m) => m.memberNumber);

  it('gives the same members in the same order as a full search and as reading every text', () => {
    const terms = ['556677-8899', '5566778899', '55', '556677-889', 'åsa', 'ås', 'ärende@öresund.se', 'info@odmans', 'malmö', 'ängelholm', 'umeå', 'öd', 'ödmans måleri', 'café än', '031-55', '@ex', 'son', 'ek ö', '-8', '99'];
    for (const term of terms) {
      const search = memberSearcher(index);
      for (let k = 1; k <= term.length; k++) {
        const query = term.slice(0, k);
        const typed = numbers(query, search);
        expect(typed, query).toEqual(searchMembers(index, { query }, byName).map((m) => m.memberNumber));
        expect(typed, query).toEqual(read(query));
      }
    }
  });

  it('holds for any query typed letter by letter from Swedish letters, digits and e-mail marks', () => {
    const unit = fc.constantFrom(...'aåäöeénsolrk5678-@. '.split(''));
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 10 }).map((cs) => cs.join('')), (term) => {
        const search = memberSearcher(index);
        for (let k = 1; k <= term.length; k++) {
          const query = term.slice(0, k);
          expect(numbers(query, search), query).toEqual(read(query));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('counting the consents of a list', () => {
  const list = members(200).map((m, i) => ({ ...m, consentDirectory: i % 3 === 0 || i % 7 === 0 }));
  const index = buildMemberIndex(list, CATEGORIES);
  const read = (ms: readonly { consentDirectory: boolean }[]) => ms.filter((m) => m.consentDirectory).length;

  it('gives the same count from the index as reading each member, for lists found as one types, in either order', () => {
    for (const direction of ['asc', 'desc'] as const) {
      const search = memberSearcher(index);
      for (const query of ['', 'a', 'an', 'and', 'ande', '', 'ö', 'öb', '5', '55', '', 'e k']) {
        const shown = search({ query }, { column: 'name', direction });
        expect(countConsenting(shown), query).toBe(read(shown));
      }
      const all = searchMembers(index, { statuses: ['active'] }, { column: 'city', direction });
      expect(countConsenting(all)).toBe(read(all));
    }
  });

  it('reads the members of a list it did not make, or made many searches ago', () => {
    expect(countConsenting(list.slice(3, 50))).toBe(read(list.slice(3, 50)));
    expect(countConsenting([])).toBe(0);
    const early = searchMembers(index, { query: 'a' }, { column: 'name', direction: 'asc' });
    const search = memberSearcher(index);
    for (const query of ['e', 'er', 'eri', 'erik', 'k', 'ka']) search({ query }, { column: 'name', direction: 'asc' });
    expect(countConsenting(early)).toBe(read(early));
  });
});
