import { describe, expect, it } from 'vitest';
import { countText, LIMITS, overLimit } from '../../../renderer/src/domain/press/counts';

describe('headline and lead counts', () => {
  it('counts a real headline as a word processor does', () => {
    const c = countText('Rekordintresse för Norrland Digital – 600 deltagare till Umeå i oktober');
    expect(c).toEqual({ chars: 71, words: 10 }); // the dash is not a word, "600" is
  });

  it('counts å ä ö once whether typed composed or decomposed', () => {
    expect(countText('Växjö').chars).toBe(5);
    expect(countText('Va\u0308xjo\u0308').chars).toBe(5);
  });

  it('treats a hyphenated Swedish compound as one word and ignores extra spaces', () => {
    expect(countText('  IT-nätverket   Norr  ')).toEqual({ chars: 17, words: 2 });
    expect(countText('')).toEqual({ chars: 0, words: 0 });
    expect(countText(' \n ')).toEqual({ chars: 0, words: 0 });
  });

  it('flags, without stopping, a headline over the usual limit', () => {
    expect(overLimit(countText('Kort rubrik'), LIMITS.headline)).toBe(false);
    const long = 'Föreningen för IT-företag i Västerbotten och Norrbotten bjuder in till en heldag om kompetensförsörjning och AI i offentlig sektor';
    expect(overLimit(countText(long), LIMITS.headline)).toBe(true);
    const lead = Array.from({ length: 51 }, () => 'ord').join(' ');
    expect(overLimit(countText(lead), LIMITS.lead)).toBe(true);
  });
});
