// Which section of the old bylaws became which section of the new. Identity first (an id both
// sides carry), then identical text, then similar text (word overlap, with the heading as a
// second signal), so that renumbering or moving a § never reads as "removed" plus "added".
import { wordsOf } from './words';

export type Section = { id?: string; number: string; heading: string; text: string };
export type Pair = { before: number; after: number };

/** Word overlap (Sørensen–Dice over word multisets) at or above which two texts are one section. */
export const SIMILAR_TEXT = 0.5;
/** With the same heading, less overlap is enough. */
export const SIMILAR_TEXT_SAME_HEADING = 0.25;

const squash = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
export const sameNumber = (a: string, b: string) => a.replace(/\s+/gu, '') === b.replace(/\s+/gu, '');
/** Equal headings, spacing aside. */
export const sameHeading = (a: string, b: string) => squash(a) === squash(b);
const alikeHeading = (a: string, b: string) => squash(a).toLowerCase() === squash(b).toLowerCase();

/** Ids that occur exactly once in the list; a duplicated id identifies nothing. */
function uniqueIds(sections: Section[]): Map<string, number> {
  const seen = new Map<string, number>();
  const dup = new Set<string>();
  sections.forEach((s, i) => {
    if (s.id === undefined || s.id === '') return;
    if (seen.has(s.id)) dup.add(s.id);
    else seen.set(s.id, i);
  });
  for (const id of dup) seen.delete(id);
  return seen;
}

function bag(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

function dice(x: Map<string, number>, nx: number, y: Map<string, number>, ny: number): number {
  if (nx + ny === 0) return 0;
  let common = 0;
  for (const [w, c] of x) common += Math.min(c, y.get(w) ?? 0);
  return (2 * common) / (nx + ny);
}

type Profile = { words: Map<string, number>; count: number; heading: Map<string, number>; headingCount: number };

function profile(s: Section): Profile {
  const words = wordsOf(s.text);
  const heading = wordsOf(s.heading);
  return { words: bag(words), count: words.length, heading: bag(heading), headingCount: heading.length };
}

export function matchSections(before: Section[], after: Section[]): Pair[] {
  const pairs: Pair[] = [];
  const usedB = new Set<number>();
  const usedA = new Set<number>();
  const take = (i: number, j: number) => { pairs.push({ before: i, after: j }); usedB.add(i); usedA.add(j); };

  const idsB = uniqueIds(before);
  const idsA = uniqueIds(after);
  for (const [id, j] of idsA) {
    const i = idsB.get(id);
    if (i !== undefined) take(i, j);
  }
  // Two sections that both carry (different) ids are different sections, whatever their text.
  const mayMatch = (i: number, j: number) =>
    !usedB.has(i) && !usedA.has(j) && !(idsB.has(before[i]!.id ?? '') && idsA.has(after[j]!.id ?? ''));

  // Identical text: prefer a like heading, then the nearest position.
  after.forEach((a, j) => {
    if (usedA.has(j) || a.text.trim() === '') return;
    let best = -1;
    let bestKey = Infinity;
    before.forEach((b, i) => {
      if (b.text !== a.text || !mayMatch(i, j)) return;
      const key = (alikeHeading(a.heading, b.heading) ? 0 : 1e6) + Math.abs(i - j);
      if (key < bestKey) { best = i; bestKey = key; }
    });
    if (best >= 0) take(best, j);
  });

  // Similar text, best pairs first.
  const pb = before.map(profile);
  const pa = after.map(profile);
  const candidates: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < before.length; i++) {
    for (let j = 0; j < after.length; j++) {
      if (!mayMatch(i, j)) continue;
      const x = pb[i]!;
      const y = pa[j]!;
      const heading = alikeHeading(before[i]!.heading, after[j]!.heading) && x.headingCount > 0;
      // Two sections without text (a heading only) are alike when their headings are.
      const text = x.count + y.count === 0 ? (heading ? 1 : 0) : dice(x.words, x.count, y.words, y.count);
      const headingAlike = dice(x.heading, x.headingCount, y.heading, y.headingCount);
      // Same heading under the same number is the same paragraph even if its text was rewritten.
      const samePlace = heading && sameNumber(before[i]!.number, after[j]!.number);
      if (text >= SIMILAR_TEXT || (heading && text >= SIMILAR_TEXT_SAME_HEADING) || samePlace) {
        candidates.push({ i, j, score: text + 0.25 * headingAlike + (samePlace ? 0.25 : 0) });
      }
    }
  }
  candidates.sort((p, q) => q.score - p.score || Math.abs(p.i - p.j) - Math.abs(q.i - q.j) || p.j - q.j || p.i - q.i);
  for (const { i, j } of candidates) if (!usedB.has(i) && !usedA.has(j)) take(i, j);

  return pairs.sort((p, q) => p.after - q.after);
}

/** The pairs (sorted by `after`) that keep their relative order: a longest increasing run of `before`. */
export function inOrder(pairs: Pair[]): Set<number> {
  const tails: number[] = []; // tails[k] = index into pairs of the smallest tail of a run of length k+1
  const prev: number[] = new Array<number>(pairs.length).fill(-1);
  pairs.forEach((p, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]!.before < p.before) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const keep = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) keep.add(pairs[k]!.after);
  return keep;
}
