// Character and word counts for headline and lead, with the limits press rooms and editors
// usually give: a headline that fits a news listing, a lead of two or three sentences.
// The limits are advice, shown beside the field, never enforced.

export type Count = { chars: number; words: number };
export type Limit = { chars: number; words: number };

export const LIMITS = {
  headline: { chars: 80, words: 12 },
  lead: { chars: 300, words: 50 },
} as const satisfies Record<string, Limit>;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('sv', { granularity: 'grapheme' }) : undefined;

/**
 * Characters as a reader sees them (an "å" typed as a + ring counts once) and words as a word
 * processor counts them: runs between spaces that hold a letter or digit, so "IT-nätverket" is
 * one word and a lone dash is none.
 */
export function countText(text: string): Count {
  // Runs of spaces and line breaks count as one space, as an editor counting "tecken med blanksteg" would.
  const t = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (t === '') return { chars: 0, words: 0 };
  const chars = segmenter ? [...segmenter.segment(t)].length : [...t].length;
  const words = t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { chars, words };
}

export function overLimit(count: Count, limit: Limit): boolean {
  return count.chars > limit.chars || count.words > limit.words;
}
