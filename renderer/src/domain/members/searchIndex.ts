// Which characters a text holds, as 64 bits (two 32-bit words), so the member search can pass by
// a member without reading its text: a word can only occur in a text that holds all its letters.
// Made once per member when the index is built; a keystroke then tests a few bits per member,
// and a one-letter query (the first letter of a term, which matches thousands) needs no string
// search at all.
//
// Every letter of the Swedish alphabet, every digit and the marks of e-mail addresses and
// numbers (@ . - + _ and space) have a bit of their own; every other character shares one of the
// remaining bits with others, so its bit only says "perhaps".

/** The lowest bit shared by several characters; the bits below it belong to one character each. */
const SHARED_FROM = 47;
const OWN: ReadonlyMap<number, number> = new Map(
  [...'abcdefghijklmnopqrstuvwxyz0123456789åäöéü@.-+_ '].map((c, i) => [c.charCodeAt(0), i]),
);

/** The bit (0–63) of one UTF-16 code unit. */
export function charBit(code: number): number {
  return OWN.get(code) ?? SHARED_FROM + (code % (64 - SHARED_FROM));
}

/** Whether `charBit(code)` belongs to this code unit alone, so a set bit proves the character is there. */
export function hasOwnBit(code: number): boolean {
  return OWN.has(code);
}

export type CharMask = { lo: number; hi: number };

/** The characters of `text` (already lower-cased, as the index and the query both are). */
export function charMask(text: string): CharMask {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < text.length; i++) {
    const bit = charBit(text.charCodeAt(i));
    if (bit < 32) lo |= 1 << bit;
    else hi |= 1 << (bit - 32);
  }
  return { lo, hi };
}

/**
 * Whether a text whose mask is (`textLo`, `textHi`) may hold every character of a word whose mask
 * is `word`. All four are signed 32-bit integers, as `|` makes them and an Int32Array keeps them.
 */
export function mayHold(textLo: number, textHi: number, word: CharMask): boolean {
  return (textLo & word.lo) === word.lo && (textHi & word.hi) === word.hi;
}

// Which adjacent pairs of characters a text holds, as one bit per member in a bit set per pair,
// so the second letter of a word (which must narrow thousands of matches of the first) is decided
// by one bit per member instead of a string search, and a longer word reads only the texts that
// hold all of its pairs. Pairs are kept exactly (by their two UTF-16 code units), not hashed, so a
// two-character word is found exactly when its pair's bit is set.

/** Per pair of characters present in any text: a bit set over the texts (bit i: text i holds it). */
export type PairIndex = ReadonlyMap<number, Uint32Array>;

const pairKey = (first: number, second: number) => first * 0x10000 + second;

/** The pairs of every text (already lower-cased, as the query is), made once per change of the data. */
export function buildPairIndex(texts: readonly string[]): PairIndex {
  const sets = new Map<number, Uint32Array>();
  // Pairs of two Latin-1 characters (nearly all) are found in a plain array while building,
  // which is several times faster than the map for the 1.5 million pairs of 10,000 members.
  const latin = new Array<Uint32Array | undefined>(0x10000);
  const words = (texts.length + 31) >>> 5;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const word = i >>> 5;
    const bit = 1 << (i & 31);
    let previous = text.charCodeAt(0);
    for (let k = 1; k < text.length; k++) {
      const code = text.charCodeAt(k);
      let set: Uint32Array | undefined;
      if ((previous | code) < 0x100) {
        const slot = (previous << 8) | code;
        set = latin[slot];
        if (set === undefined) sets.set(pairKey(previous, code), (set = latin[slot] = new Uint32Array(words)));
      } else {
        const key = pairKey(previous, code);
        set = sets.get(key);
        if (set === undefined) sets.set(key, (set = new Uint32Array(words)));
      }
      previous = code;
      set[word]! |= bit;
    }
  }
  return sets;
}

/**
 * The bit sets of a word's pairs (each pair once), or undefined when a pair occurs in no text,
 * so no text can hold the word. A word shorter than two characters has no pairs.
 */
export function wordPairs(index: PairIndex, word: string): Uint32Array[] | undefined {
  const out: Uint32Array[] = [];
  for (let k = 1; k < word.length; k++) {
    const set = index.get(pairKey(word.charCodeAt(k - 1), word.charCodeAt(k)));
    if (set === undefined) return undefined;
    if (!out.includes(set)) out.push(set);
  }
  return out;
}

/** Whether text `i` holds every pair whose bit sets are `sets`. */
export function holdsPairs(sets: readonly Uint32Array[], i: number): boolean {
  const word = i >>> 5;
  const bit = 1 << (i & 31);
  for (let s = 0; s < sets.length; s++) if ((sets[s]![word]! & bit) === 0) return false;
  return true;
}
