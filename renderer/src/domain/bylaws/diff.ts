// What an amendment changes in the bylaws (stadgar): section by section, in the order of the new
// text, with removed sections where they stood, and a word diff of each section's text.
import { inOrder, matchSections, sameHeading, sameNumber } from './match';
import { diffWords, type WordChange } from './words';

export type BylawSection = { id?: string; number: string; heading: string; text: string };

export type SectionChange = {
  kind: 'unchanged' | 'changed' | 'added' | 'removed' | 'moved';
  before?: BylawSection;
  after?: BylawSection;
  words: WordChange[];
};

export { diffWords, tokenize } from './words';
export type { WordChange, WordOp } from './words';

/**
 * Kinds: `changed` when the text or heading changed (wherever the section now stands); otherwise
 * `moved` when it was renumbered or its order relative to the other kept sections changed;
 * otherwise `unchanged`.
 */
export function diffBylaws(before: BylawSection[], after: BylawSection[]): SectionChange[] {
  const pairs = matchSections(before, after);
  const anchored = inOrder(pairs);
  const fromBefore = new Map(pairs.map((p) => [p.after, p.before]));
  const matched = new Set(pairs.map((p) => p.before));
  const removed = before.map((_, i) => i).filter((i) => !matched.has(i));
  const anchors = pairs.filter((p) => anchored.has(p.after)).map((p) => p.before);

  const out: SectionChange[] = [];
  let r = 0;
  // Removed sections go right after the kept section that preceded them, before anything new.
  const flushUntil = (limit: number) => {
    while (r < removed.length && removed[r]! < limit) {
      const b = before[removed[r++]!]!;
      out.push({ kind: 'removed', before: b, words: b.text ? [{ op: 'delete', text: b.text }] : [] });
    }
  };
  flushUntil(anchors[0] ?? Infinity);
  let nextAnchor = 1;
  after.forEach((a, j) => {
    const i = fromBefore.get(j);
    if (i === undefined) {
      out.push({ kind: 'added', after: a, words: a.text ? [{ op: 'insert', text: a.text }] : [] });
      return;
    }
    const b = before[i]!;
    const edited = b.text !== a.text || !sameHeading(b.heading, a.heading);
    const moved = !sameNumber(b.number, a.number) || !anchored.has(j);
    out.push({ kind: edited ? 'changed' : moved ? 'moved' : 'unchanged', before: b, after: a, words: diffWords(b.text, a.text) });
    if (anchored.has(j)) flushUntil(anchors[nextAnchor++] ?? Infinity);
  });
  flushUntil(Infinity);
  return out;
}
