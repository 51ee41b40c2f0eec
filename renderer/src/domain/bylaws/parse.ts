// Existing bylaws from plain text (a pasted web page, a .txt, or the text of a .docx): finds the
// section headings as associations write them ("§ 1 Namn", "1 § Namn", "§1. Namn", "5 a §"),
// chapter headings ("Kapitel 1 Allmänna bestämmelser", "1 kap.") and numbered lists, and keeps
// every word of the text. Hard-wrapped lines are joined back into paragraphs.
import { randomId, type BylawText, type NewId, type Section } from './model';

export type ImportResult = BylawText & { warnings: string[]; error?: string };

// A letter after the number ("5 a §") is lower case; "§ 3 I föreningen" is not § 3 i.
const NUM = String.raw`(\d{1,3}(?:\s?[a-zåäö](?![\p{L}]))?)`;
const SEP = String.raw`[\s.:)–—-]*`;
const SIGN_FIRST = new RegExp(String.raw`^§\s*${NUM}${SEP}(.*)$`, 'u');
const SIGN_AFTER = new RegExp(String.raw`^${NUM}\s*§${SEP}(.*)$`, 'u');
const PARAGRAF = new RegExp(String.raw`^[Pp](?:aragraf|ARAGRAF)\s+${NUM}${SEP}(.*)$`, 'u');
const CHAPTER_WORD = /^(?:kapitel|kap\.?)\s*(\d{1,2}|[IVX]{1,5})\b[\s.:)–—-]*(.*)$/iu;
const CHAPTER_AFTER = /^(\d{1,2})\s*kap(?:\.|itlet\b)?[\s.:)–—-]*(.*)$/iu;
const LIST_ITEM = /^(\d{1,3}[.)]|[a-zåäö][.)]|[–•*-])\s+/u;
const SENTENCE_END = /[.!?:;]$/u;

type Heading = { number: string; rest: string };

function sectionHeading(line: string): Heading | undefined {
  const m = SIGN_FIRST.exec(line) ?? SIGN_AFTER.exec(line) ?? PARAGRAF.exec(line);
  if (!m) return undefined;
  return { number: m[1]!.replace(/\s+/g, ' ').toLowerCase(), rest: m[2]!.trim() };
}

function chapterHeading(line: string): string | undefined {
  const m = CHAPTER_WORD.exec(line) ?? CHAPTER_AFTER.exec(line);
  if (!m) return undefined;
  // "1 kap" alone, or followed by a title; a sentence starting "1 kap. 3 § gäller" is not a heading.
  if (m[2] && (SENTENCE_END.test(m[2]) || words(m[2]) > 8)) return undefined;
  return line.trim();
}

const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;

/** "NAMN" -> "Namn": headings typed in capitals read better in sentence case. */
function sentenceCase(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toLocaleUpperCase('sv')) return s;
  const lower = s.toLocaleLowerCase('sv');
  return lower.charAt(0).toLocaleUpperCase('sv') + lower.slice(1);
}

/** A short line without a full stop reads as a heading; a sentence does not. */
function looksLikeHeading(s: string): boolean {
  if (!s || s.length > 70 || words(s) > 7 || /[!?;,]$/u.test(s)) return false;
  // "Namn." is a heading with a full stop; "Föreningen är ideell." is a sentence.
  return !s.endsWith('.') || words(s) <= 2;
}

/** Splits "Namn. Föreningens namn är X." into heading and text when the first part is short. */
function splitHeading(rest: string): { heading: string; text: string } {
  if (!rest) return { heading: '', text: '' };
  if (looksLikeHeading(rest)) return { heading: sentenceCase(rest.replace(/[.:]$/u, '')), text: '' };
  const m = /^(.{1,50}?)(?:[.:]|\s[–—-])\s+(\p{Lu}.*)$/u.exec(rest);
  if (m && words(m[1]!) <= 5) return { heading: sentenceCase(m[1]!.trim()), text: m[2]! };
  return { heading: '', text: rest };
}

function nextNumbers(last: string | undefined): Set<string> {
  if (last === undefined) return new Set(['1']);
  const base = Number.parseInt(last, 10);
  const letter = /\s?([a-zåäö])$/u.exec(last)?.[1];
  const next = new Set([String(base + 1), '1']);
  for (const l of 'abcdefgh') if (!letter || l > letter) next.add(`${base} ${l}`);
  return next;
}

/**
 * Whether the text was hard-wrapped at a fixed width, so single line breaks are not meaningful:
 * no very long lines, and lines that break off mid-sentence with the sentence going on below.
 */
function isHardWrapped(lines: string[]): boolean {
  const max = Math.max(0, ...lines.map((l) => l.length));
  if (max > 100) return false;
  let breaks = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.trim();
    const next = lines[i + 1]!.trim();
    if (line.length >= 45 && !SENTENCE_END.test(line) && /^[\p{Ll}\d]/u.test(next) && !LIST_ITEM.test(next)) breaks += 1;
  }
  return breaks >= 2;
}

export type ImportOptions = {
  /** The association's name, to restore its spelling in a title typed in capitals. */
  orgName?: string;
};

export function parseBylawsText(input: string, newId: NewId = randomId, opts: ImportOptions = {}): ImportResult {
  const lines = input.replace(/^\uFEFF/u, '').replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n').map((l) => l.replace(/\s+$/u, ''));
  const wrapped = isHardWrapped(lines);
  const wrapWidth = Math.max(0, ...lines.map((l) => l.length));
  const warnings: string[] = [];
  const preamble: string[] = [];
  const sections: Section[] = [];
  let chapter: string | undefined;
  let current: { section: Section; paras: string[][] } | undefined;
  let blankBefore = true;
  let pendingChapter = false;

  const close = () => {
    if (!current) return;
    current.section.text = current.paras.map((p) => p.join('\n')).filter(Boolean).join('\n\n');
    sections.push(current.section);
    current = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) {
      blankBefore = true;
      if (current && current.paras[current.paras.length - 1]!.length) current.paras.push([]);
      continue;
    }
    const prev = i > 0 ? lines[i - 1]!.trim() : '';
    const head = sectionHeading(line);
    const last = sections.length || current ? (current?.section ?? sections[sections.length - 1])!.number : undefined;
    // Inside running text, "12 § gäller …" after a wrapped line is prose, not a new section:
    // trust a heading only after a blank line or a finished sentence, or when it is the next number.
    const trusted = head && (blankBefore || !prev || SENTENCE_END.test(prev) || !current || !current.paras.some((p) => p.length) || nextNumbers(last).has(head.number));
    const chap = !head ? chapterHeading(line) : undefined;
    if (chap && (blankBefore || !current || SENTENCE_END.test(prev) || !prev)) {
      close();
      chapter = chap;
      pendingChapter = !/[\p{L}]{3,}/u.test(chap.replace(/^(?:kapitel|kap)/iu, ''));
      blankBefore = false;
      continue;
    }
    if (pendingChapter && !head && looksLikeHeading(line) && !current) {
      // "KAPITEL 2" on one line and its title on the next.
      chapter = `${chapter} ${sentenceCase(line)}`;
      pendingChapter = false;
      continue;
    }
    pendingChapter = false;
    if (head && trusted) {
      close();
      const { heading, text } = splitHeading(head.rest);
      current = { section: { id: newId(), number: head.number, heading, text: '', ...(chapter ? { chapter } : {}) }, paras: [text ? [text] : []] };
      blankBefore = false;
      continue;
    }
    if (!current) {
      preamble.push(line);
      blankBefore = false;
      continue;
    }
    const para = current.paras[current.paras.length - 1]!;
    // A heading on its own line under "§ 1": the first short line before any text.
    if (!current.section.heading && para.length === 0 && current.paras.length === 1 && looksLikeHeading(line) && !LIST_ITEM.test(line)) {
      current.section.heading = sentenceCase(line.replace(/[.:]$/u, ''));
      blankBefore = false;
      continue;
    }
    if (para.length === 0 || LIST_ITEM.test(line)) para.push(line);
    // Hard-wrapped text: a line joins the one above unless that one ended a sentence well short
    // of the wrap width (the end of a paragraph). Otherwise every line is a paragraph of its own.
    else if (wrapped && !(SENTENCE_END.test(prev) && lines[i - 1]!.length < wrapWidth * 0.7)) para[para.length - 1] += ` ${line}`;
    else current.paras.push([line]);
    blankBefore = false;
  }
  close();

  if (sections.length === 0) {
    return { title: '', sections: [], warnings, error: 'Hittade inga paragrafer. Paragrafrubrikerna ska se ut som ”§ 1 Namn”, ”1 § Namn” eller ”§1. Namn”.' };
  }
  const titleLine = preamble.find((l) => /stadgar/iu.test(l)) ?? preamble[0] ?? 'Stadgar';
  const rest = preamble.filter((l) => l !== titleLine);
  if (rest.length) warnings.push(`Texten före första paragrafen togs inte med: ”${truncate(rest.join(' '), 120)}”`);
  warnings.push(...numberingWarnings(sections));
  const empty = sections.filter((s) => !s.text.trim());
  if (empty.length) warnings.push(`${empty.map((s) => `§ ${s.number}`).join(', ')} saknar text.`);
  return { title: restoreName(sentenceCase(titleLine.replace(/[.:]$/u, '')), opts.orgName), sections, warnings };
}

function restoreName(title: string, name?: string): string {
  const n = name?.trim();
  if (!n) return title;
  const at = title.toLocaleLowerCase('sv').indexOf(n.toLocaleLowerCase('sv'));
  return at < 0 || title.length !== title.toLocaleLowerCase('sv').length ? title : title.slice(0, at) + n + title.slice(at + n.length);
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function numberingWarnings(sections: Section[]): string[] {
  const out: string[] = [];
  const seen = new Map<string, number>();
  for (const s of sections) seen.set(s.number, (seen.get(s.number) ?? 0) + 1);
  const dup = [...seen].filter(([, n]) => n > 1).map(([k]) => `§ ${k}`);
  // Numbering that restarts per chapter repeats numbers legitimately.
  const restarts = new Set(sections.map((s) => s.chapter)).size > 1 && sections.filter((s) => s.number === '1').length > 1;
  if (dup.length && !restarts) out.push(`Samma paragrafnummer förekommer flera gånger: ${dup.join(', ')}.`);
  const plain = sections.map((s) => Number(s.number)).filter((n) => Number.isInteger(n));
  if (!restarts) {
    const missing: number[] = [];
    const have = new Set(plain);
    for (let n = 1; n <= Math.max(0, ...plain); n++) if (!have.has(n)) missing.push(n);
    if (missing.length) out.push(`Paragrafnumreringen har luckor: ${missing.map((n) => `§ ${n}`).join(', ')} saknas.`);
  }
  return out;
}
