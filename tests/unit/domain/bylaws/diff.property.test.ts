import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffBylaws, type BylawSection, type SectionChange } from '../../../../renderer/src/domain/bylaws/diff';

const VOCAB = ['föreningen', 'styrelsen', 'årsmötet', 'medlem', 'avgift', 'ska', 'kan', 'besluta', 'välja', 'ordförande',
  'kassör', 'revisor', 'kallelse', 'stadgar', 'ändamål', 'räkenskaper', 'veckor', 'före', 'och', 'av', 'i', 'till', 'med'];
const NEW_VOCAB = ['hållbarhet', 'digitalisering', 'kompetens', 'nätverksträffar', 'regionen', 'samarbete', 'utbildning'];

const sentence = (vocab: string[]) => fc.array(fc.constantFrom(...vocab), { minLength: 4, maxLength: 14 }).map((ws) => `${ws.join(' ')}.`);

/** Bylaws whose sections each carry a word of their own, as real sections do (their subject). */
const bylawsArb = fc.array(sentence(VOCAB), { minLength: 1, maxLength: 12 }).map((texts) =>
  texts.map((t, i): BylawSection => ({ number: `§ ${i + 1}`, heading: `Rubrik${i}`, text: `Ämne${i}: ${t}` })));

const renumber = (xs: BylawSection[]) => xs.map((x, i) => ({ ...x, number: `§ ${i + 1}` }));
const join = (c: SectionChange, op: 'delete' | 'insert') => c.words.filter((w) => w.op === 'equal' || w.op === op).map((w) => w.text).join('');

function checkShape(before: BylawSection[], after: BylawSection[], changes: SectionChange[]) {
  expect(changes.filter((c) => c.after).map((c) => c.after)).toEqual(after);
  const befores = changes.filter((c) => c.before).map((c) => c.before);
  expect(befores).toHaveLength(before.length);
  expect(new Set(befores).size).toBe(before.length);
  for (const c of changes) {
    expect(join(c, 'delete')).toBe(c.before?.text ?? '');
    expect(join(c, 'insert')).toBe(c.after?.text ?? '');
    expect(c.kind === 'added').toBe(!c.before);
    expect(c.kind === 'removed').toBe(!c.after);
  }
}

describe('diffBylaws properties', () => {
  it('accounts for every section once, in the order of the new bylaws, with exact word diffs', () => {
    fc.assert(fc.property(bylawsArb, bylawsArb, (before, after) => {
      checkShape(before, after, diffBylaws(before, after));
    }), { numRuns: 500 });
  });

  it('shows an inserted section as the only addition, whatever it renumbers', () => {
    fc.assert(fc.property(bylawsArb, sentence(NEW_VOCAB), fc.nat(), (before, text, at) => {
      const pos = at % (before.length + 1);
      const inserted: BylawSection = { number: '', heading: 'Ny paragraf', text };
      const after = renumber([...before.slice(0, pos), inserted, ...before.slice(pos)]);
      const changes = diffBylaws(before, after);
      checkShape(before, after, changes);
      expect(changes.map((c) => c.kind)).toEqual(after.map((_, i) => (i < pos ? 'unchanged' : i === pos ? 'added' : 'moved')));
    }), { numRuns: 500 });
  });

  it('shows a removed section where it stood, and the rest as kept', () => {
    fc.assert(fc.property(bylawsArb, fc.nat(), (before, at) => {
      const pos = at % before.length;
      const after = renumber([...before.slice(0, pos), ...before.slice(pos + 1)]);
      const changes = diffBylaws(before, after);
      checkShape(before, after, changes);
      expect(changes.map((c) => c.before)).toEqual(before);
      expect(changes.map((c) => c.kind)).toEqual(before.map((_, i) => (i < pos ? 'unchanged' : i === pos ? 'removed' : 'moved')));
    }), { numRuns: 500 });
  });

  it('matches sections by id whatever happened to their text', () => {
    fc.assert(fc.property(bylawsArb, bylawsArb, (x, y) => {
      const n = Math.min(x.length, y.length);
      const before = x.slice(0, n).map((s, i) => ({ ...s, id: `id${i}` }));
      const after = y.slice(0, n).map((s, i) => ({ ...s, id: `id${n - 1 - i}` }));
      const changes = diffBylaws(before, after);
      expect(changes).toHaveLength(n);
      for (const c of changes) expect(c.before!.id).toBe(c.after!.id);
    }), { numRuns: 300 });
  });
});
