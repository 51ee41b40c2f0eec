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
