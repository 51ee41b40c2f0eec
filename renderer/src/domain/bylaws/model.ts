// The bylaws (stadgar) as structured text: numbered sections (§) with headings, optionally
// grouped in chapters. A section's text is plain text: paragraphs separated by a blank line, and
// list items ("1. …", "a) …", "– …") one per line, as associations write them.
import type { BylawSection } from './diff';

export type Section = BylawSection & {
  /** Stable across versions and proposals, so a § keeps its identity when renumbered or moved. */
  id: string;
  /** The chapter the section belongs to, as written ("Kapitel 2 Medlemskap"). */
  chapter?: string;
};

export type BylawText = { title: string; sections: Section[] };

/** "5" -> "§ 5"; numbers are stored without the sign. */
export function sectionLabel(number: string): string {
  const n = number.trim();
  return n.startsWith('§') ? n : `§ ${n}`;
}

/** "§ 5 Medlemsavgift". */
export function sectionTitle(s: { number: string; heading: string }): string {
  return s.heading.trim() ? `${sectionLabel(s.number)} ${s.heading.trim()}` : sectionLabel(s.number);
}

/** Numbers the sections 1, 2, 3 … in their order; numbering runs on through chapters. */
export function renumber<T extends { number: string }>(sections: T[]): T[] {
  return sections.map((s, i) => (s.number === String(i + 1) ? s : { ...s, number: String(i + 1) }));
}

/** True when the sections are numbered 1, 2, 3 … (so edits may keep them that way). */
export function isSequential(sections: { number: string }[]): boolean {
  return sections.every((s, i) => s.number.trim() === String(i + 1));
}

export type NewId = () => string;
export const randomId: NewId = () => crypto.randomUUID();

/** A new, empty section after position `index` (-1 for first), in the same chapter. */
export function insertSection(sections: Section[], index: number, newId: NewId = randomId): { sections: Section[]; id: string } {
  const id = newId();
  const chapter = sections[index]?.chapter ?? sections[index + 1]?.chapter;
  const fresh: Section = { id, number: '', heading: '', text: '', ...(chapter ? { chapter } : {}) };
  const next = [...sections.slice(0, index + 1), fresh, ...sections.slice(index + 1)];
  return { sections: withNumbers(sections, next, index + 1), id };
}

export function removeSection(sections: Section[], id: string): Section[] {
  const next = sections.filter((s) => s.id !== id);
  return withNumbers(sections, next, -1);
}

/** Moves a section one step up (-1) or down (1). */
export function moveSection(sections: Section[], id: string, step: -1 | 1): Section[] {
  const i = sections.findIndex((s) => s.id === id);
  const j = i + step;
  if (i < 0 || j < 0 || j >= sections.length) return sections;
  const next = [...sections];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return withNumbers(sections, next, -1);
}

/**
 * Sequentially numbered bylaws stay sequential after an edit. Otherwise (an imported "5 a §") the
 * numbers are the user's: a new section gets the one before it plus a letter, as the legislator does.
 */
function withNumbers(before: Section[], next: Section[], inserted: number): Section[] {
  if (isSequential(before)) return renumber(next);
  if (inserted < 0) return next;
  const prev = next[inserted - 1]?.number.trim() ?? '0';
  const taken = new Set(next.map((s) => s.number.trim()));
  const base = prev.replace(/\s*[a-zåäö]$/u, '');
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
    const candidate = `${base} ${letter}`;
    if (!taken.has(candidate)) return next.map((s, i) => (i === inserted ? { ...s, number: candidate } : s));
  }
  return next;
}

/** What diffBylaws compares: the chapter is part of where a section stands, not of its text. */
export function forDiff(sections: Section[]): BylawSection[] {
  return sections.map(({ id, number, heading, text }) => ({ id, number, heading, text }));
}

export type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; ordered: boolean; items: { marker: string; text: string }[] };

const LIST_ITEM = /^\s*(\d{1,3}[.)]|[a-zåäö][.)]|[–•*-])\s+(.*)$/u;

/** A section's text as paragraphs and lists, for showing it. Nothing is dropped or reworded. */
export function blocksOf(text: string): Block[] {
  const out: Block[] = [];
  for (const para of text.replace(/\r\n?/g, '\n').split(/\n[^\S\n]*\n/)) {
    let lines: string[] = [];
    let list: Extract<Block, { kind: 'list' }> | undefined;
    const flushLines = () => {
      if (lines.length) out.push({ kind: 'paragraph', text: lines.join('\n') });
      lines = [];
    };
    for (const line of para.split('\n')) {
      if (!line.trim()) continue;
      const m = LIST_ITEM.exec(line);
      if (m) {
        flushLines();
        const marker = m[1]!;
        if (!list) {
          list = { kind: 'list', ordered: /^[\da-zåäö]/u.test(marker), items: [] };
          out.push(list);
        }
        list.items.push({ marker, text: m[2]! });
      } else if (list && list.items.length && /^\s/.test(line)) {
        // An indented line continues the list item above it.
        const last = list.items[list.items.length - 1]!;
        last.text += ` ${line.trim()}`;
      } else {
        list = undefined;
        lines.push(line.trim());
      }
    }
    flushLines();
  }
  return out;
}

/** The chapters in order, each with the sections under it (sections before any chapter under ''). */
export function byChapter(sections: Section[]): { chapter: string; sections: Section[] }[] {
  const out: { chapter: string; sections: Section[] }[] = [];
  for (const s of sections) {
    const chapter = s.chapter ?? '';
    const last = out[out.length - 1];
    if (last && last.chapter === chapter) last.sections.push(s);
    else out.push({ chapter, sections: [s] });
  }
  return out;
}
