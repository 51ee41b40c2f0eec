import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffWords, tokenize, type WordChange } from '../../../../renderer/src/domain/bylaws/diff';

const side = (parts: WordChange[], op: 'delete' | 'insert') => parts.filter((p) => p.op === 'equal' || p.op === op).map((p) => p.text).join('');

const SWEDISH = ['föreningens', 'årsmöte', 'ändamål', 'styrelsen', 'är', 'på', 'öppen', 'för', 'medlemmar', 'Umeå', 'Örnsköldsvik',
  'Ängelholm', 'café', 'idé', 'två', 'tredjedelar', '§', '4', '31', 'IT-branschen', 'å', 'ö', 'ä', 'É'];
const SEPARATORS = [' ', '  ', ', ', '. ', '.\n', '\n\n', '\t', ' – ', ': ', '\r\n', '; ', '"', '”'];
const swedishText = fc
  .array(fc.tuple(fc.constantFrom(...SWEDISH), fc.constantFrom(...SEPARATORS)), { maxLength: 25 })
  .map((xs) => xs.map(([w, sep]) => w + sep).join(''));
const mixed = fc.oneof(swedishText, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

const isLetter = (ch: string) => /[\p{L}\p{M}]/u.test(ch);

describe('tokenize', () => {
  it('keeps Swedish words whole, composed or decomposed', () => {
    expect(tokenize('Föreningens årsmöte i Örnsköldsvik')).toEqual(['Föreningens', ' ', 'årsmöte', ' ', 'i', ' ', 'Örnsköldsvik']);
    const nfd = 'Föreningens ändamål'.normalize('NFD');
    expect(tokenize(nfd)).toEqual([nfd.split(' ')[0], ' ', nfd.split(' ')[1]]);
    expect(tokenize('§ 4 a.\r\nStyrelsen')).toEqual(['§', ' ', '4', ' ', 'a', '.', '\r\n', 'Styrelsen']);
  });
});

describe('diffWords', () => {
  it('replaces the word that changed, not the letters around å, ä, ö', () => {
    expect(diffWords('Kallelse ska skickas senast två veckor före årsmötet.', 'Kallelse ska skickas senast tre veckor före årsmötet.')).toEqual([
      { op: 'equal', text: 'Kallelse ska skickas senast ' },
      { op: 'delete', text: 'två' },
      { op: 'insert', text: 'tre' },
      { op: 'equal', text: ' veckor före årsmötet.' },
    ]);
    expect(diffWords('föreningens', 'föreningarnas')).toEqual([{ op: 'delete', text: 'föreningens' }, { op: 'insert', text: 'föreningarnas' }]);
  });

  it('keeps a replaced run of words together', () => {
    expect(diffWords('Styrelsen består av fem ledamöter.', 'Styrelsen består av minst tre och högst sju ledamöter.')).toEqual([
      { op: 'equal', text: 'Styrelsen består av ' },
      { op: 'delete', text: 'fem' },
      { op: 'insert', text: 'minst tre och högst sju' },
      { op: 'equal', text: ' ledamöter.' },
    ]);
  });

  it('does not split a replacement at the spaces both versions happen to share', () => {
    expect(diffWords('Styrelsen utser ordförande och kassör.', 'Styrelsen utser sekreterare samt ledamot.')).toEqual([
      { op: 'equal', text: 'Styrelsen utser ' },
      { op: 'delete', text: 'ordförande och kassör' },
      { op: 'insert', text: 'sekreterare samt ledamot' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('shows inserted and deleted sentences and keeps line breaks exact', () => {
    const before = 'Räkenskapsåret är kalenderår.\nRevisorn väljs av årsmötet.';
    const after = 'Räkenskapsåret är kalenderår.\r\nRevisorn och en ersättare väljs av årsmötet.';
    const parts = diffWords(before, after);
    expect(side(parts, 'delete')).toBe(before);
    expect(side(parts, 'insert')).toBe(after);
    // Only the carriage return is new at the line break (the line feed was there before).
    expect(parts.filter((p) => p.op === 'insert').map((p) => p.text.trim() || JSON.stringify(p.text))).toEqual(['"\\r"', 'och en ersättare']);
    expect(parts.filter((p) => p.op === 'delete')).toEqual([]);
  });

  it('returns nothing for two empty texts and one part for equal texts', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('Säte', 'Säte')).toEqual([{ op: 'equal', text: 'Säte' }]);
  });

  it('joins back to both texts exactly, for any text', () => {
    fc.assert(fc.property(mixed, mixed, (before, after) => {
      const parts = diffWords(before, after);
      expect(side(parts, 'delete')).toBe(before);
      expect(side(parts, 'insert')).toBe(after);
      for (const p of parts) expect(p.text).not.toBe('');
      for (let i = 1; i < parts.length; i++) expect(parts[i]!.op === 'equal' && parts[i - 1]!.op === 'equal').toBe(false);
    }), { numRuns: 3000 });
  });

  it('never cuts a word in two, in composed or decomposed Swedish', () => {
    const form = fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFD');
    fc.assert(fc.property(swedishText, swedishText, form, (x, y, nf) => {
      const before = x.normalize(nf);
      const after = y.normalize(nf);
      const parts = diffWords(before, after);
      for (const op of ['delete', 'insert'] as const) {
        const seq = parts.filter((p) => p.op === 'equal' || p.op === op).map((p) => p.text);
        for (let i = 1; i < seq.length; i++) {
          const end = [...seq[i - 1]!].at(-1)!;
          const start = [...seq[i]!][0]!;
          expect(isLetter(end) && isLetter(start)).toBe(false);
        }
      }
    }), { numRuns: 2000 });
  });
});
