// Search within the bylaws: every word of the query must occur in a section (heading or text);
// each occurrence is returned as a range so the screen can mark it. Case is ignored, but å, ä
// and ö are letters of their own (a search for "ar" does not find "år"). "§ 5" or "5 §" finds
// the section with that number.
import type { Section } from './model';

export type Range = { start: number; end: number };
export type SectionHits = { id: string; heading: Range[]; text: Range[]; byNumber: boolean };

const fold = (s: string) => {
  const lower = s.toLocaleLowerCase('sv');
  // Ranges index the original text, so folding must keep every character where it was.
  return lower.length === s.length ? lower : s;
};

function occurrences(haystack: string, needle: string): Range[] {
  const out: Range[] = [];
  if (!needle) return out;
  const h = fold(haystack);
  const n = fold(needle);
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + n.length)) out.push({ start: i, end: i + n.length });
  return out;
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

const NUMBER_QUERY = /^(?:§\s*(\d{1,3}(?:\s?[a-zåäö])?)|(\d{1,3}(?:\s?[a-zåäö])?)\s*§)$/u;

export function searchSections(sections: Section[], query: string): SectionHits[] {
  const q = query.trim().replace(/\s+/gu, ' ');
  if (!q) return [];
  const num = NUMBER_QUERY.exec(q);
  if (num) {
    const wanted = (num[1] ?? num[2]!).replace(/\s+/gu, ' ');
    return sections.filter((s) => s.number.trim().replace(/\s+/gu, ' ') === wanted).map((s) => ({ id: s.id, heading: [], text: [], byNumber: true }));
  }
  const terms = [...new Set(q.split(' '))];
  const out: SectionHits[] = [];
  for (const s of sections) {
    const heading: Range[] = [];
    const text: Range[] = [];
    let all = true;
    for (const term of terms) {
      const h = occurrences(s.heading, term);
      const t = occurrences(s.text, term);
      if (!h.length && !t.length) all = false;
      heading.push(...h);
      text.push(...t);
    }
    if (all) out.push({ id: s.id, heading: merge(heading), text: merge(text), byNumber: false });
  }
  return out;
}

/** The text cut at the ranges: hits and the text between them, in order. */
export function splitByRanges(text: string, ranges: Range[], offset = 0): { text: string; hit: boolean }[] {
  const out: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const r of ranges) {
    const start = r.start - offset;
    const end = r.end - offset;
    if (end <= 0 || start >= text.length) continue;
    const s = Math.max(0, start);
    const e = Math.min(text.length, end);
    if (s > at) out.push({ text: text.slice(at, s), hit: false });
    if (e > Math.max(at, s)) out.push({ text: text.slice(Math.max(at, s), e), hit: true });
    at = Math.max(at, e);
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

/** The query's words marked in a piece of text (a paragraph or list item being shown). */
export function markTerms(text: string, query: string): { text: string; hit: boolean }[] {
  const q = query.trim().replace(/\s+/gu, ' ');
  if (!q || NUMBER_QUERY.test(q)) return [{ text, hit: false }];
  const ranges = merge([...new Set(q.split(' '))].flatMap((term) => occurrences(text, term)));
  return splitByRanges(text, ranges);
}
