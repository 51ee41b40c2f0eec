// Search, filter and sort for the member list. Built for typing: the index is made once per
// change of the data (lower-cased text per member, the characters each text holds, and every
// sort order computed in advance), so a keystroke is one pass over the members in the chosen
// order that mostly tests bits – with no sorting, and a string search only where the bits allow
// a match.
import type { MemberStatus } from './types';
import type { CategoryRecord, MemberRecord } from './model';
import { buildPairIndex, charMask, hasOwnBit, holdsPairs, mayHold, wordPairs, type CharMask, type PairIndex } from './searchIndex';

export type SortColumn = 'memberNumber' | 'name' | 'category' | 'status' | 'city' | 'email' | 'joinedDate';
export const SORT_COLUMNS: readonly SortColumn[] = ['memberNumber', 'name', 'category', 'status', 'city', 'email', 'joinedDate'];

export type SortOrder = { column: SortColumn; direction: 'asc' | 'desc' };

export type MemberFilter = {
  query?: string;
  statuses?: readonly MemberStatus[];
  categoryId?: string;
  tag?: string;
  /** Only these members (e.g. those with an unpaid fee this year, from the fees area). */
  memberIds?: ReadonlySet<string>;
};

export type MemberIndex = {
  readonly members: readonly MemberRecord[];
  /** Per member: every searchable word, lower-cased, separated by a newline. */
  readonly text: readonly string[];
  /** Per member: the digits of its numbers (member, organisation, personal, phone), for "5560360793". */
  readonly digits: readonly string[];
  /** Per member, two 32-bit words each: the characters of `text` and of `digits` (searchIndex.ts). */
  readonly textMasks: Int32Array;
  readonly digitMasks: Int32Array;
  /** The adjacent pairs of characters of `text` and of `digits`, as a bit set over the members per pair (searchIndex.ts). */
  readonly textPairs: PairIndex;
  readonly digitPairs: PairIndex;
  /** Per column: member positions in ascending order. */
  readonly order: Readonly<Record<SortColumn, readonly number[]>>;
  readonly tags: readonly string[];
  /** Per member: its status (as its STATUS_RANK, tested against a bit set of the statuses asked
   * for) and category, read from plain arrays while typing (a record read from IndexedDB is a
   * large object whose properties are slow to look up 10,000 times a keystroke). */
  readonly statusRank: Uint8Array;
  readonly category: readonly (string | undefined)[];
  /** Per member: 1 when it consented to the member directory, for counting a shown list's consents. */
  readonly consent: Uint8Array;
};

const STATUS_RANK: Record<MemberStatus, number> = { applied: 0, active: 1, resigned: 2, excluded: 3 };

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

// Swedish alphabetical order as a plain string, so sorting 10,000 names is a comparison of
// strings rather than 140,000 calls into the collator: å, ä and ö after z (æ as ä, ø as ö,
// ü as y, as Svenska Akademiens ordlista sorts them), other accents ignored (é as e), case
// ignored, and numbers compared by value ("AB nr 9" before "AB nr 10").
const AFTER_Z: Record<string, string> = { å: '\u{E000}', ä: '\u{E001}', æ: '\u{E001}', ö: '\u{E002}', ø: '\u{E002}', ü: 'y' };

export function swedishSortKey(s: string): string {
  let key = s.toLowerCase().replace(/[åäæöøü]/g, (c) => AFTER_Z[c]!);
  // Most names are plain ASCII by now; only the rest pay for decomposition.
  if (/[\u0080-\uDFFF]/.test(key)) key = key.normalize('NFD').replace(/\p{M}/gu, '');
  return /\d/.test(key) ? key.replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, '').padStart(15, '0')) : key;
}

function searchText(m: MemberRecord, categoryName: string | undefined): string {
  const parts: (string | undefined)[] = [
    String(m.memberNumber), m.name, m.organisationNumber, m.personalNumber, m.email, m.invoiceEmail, m.phone,
    m.city, categoryName, ...m.tags,
  ];
  for (const c of m.contacts ?? []) parts.push(c.name, c.email, c.phone, c.role);
  return parts.filter((p) => p !== undefined && p !== '').join('\n').toLowerCase();
}

function digitText(m: MemberRecord): string {
  return [String(m.memberNumber), m.organisationNumber, m.personalNumber, m.phone, ...(m.contacts ?? []).map((c) => c.phone)]
    .filter(Boolean)
    .map((s) => s!.replace(/\D/g, ''))
    .join(' ');
}

function masks(texts: readonly string[]): Int32Array {
  const out = new Int32Array(texts.length * 2);
  texts.forEach((t, i) => {
    const { lo, hi } = charMask(t);
    out[2 * i] = lo;
    out[2 * i + 1] = hi;
  });
  return out;
}

function sortedPositions(n: number, compare: (a: number, b: number) => number): number[] {
  // A plain array: V8 sorts it many times faster than a typed array with a comparator.
  const positions = Array.from({ length: n }, (_, i) => i);
  // Ties fall back to the member number, so the order is stable and the same every time.
  return positions.sort(compare);
}

export function buildMemberIndex(members: readonly MemberRecord[], categories: readonly CategoryRecord[]): MemberIndex {
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));
  const categoryOrder = new Map(categories.map((c) => [c.id, c.order]));
  const text = members.map((m) => searchText(m, m.categoryId ? categoryName.get(m.categoryId) : undefined));
  const digits = members.map(digitText);
  const byNumber = (a: number, b: number) => members[a]!.memberNumber - members[b]!.memberNumber;
  const byText = (get: (m: MemberRecord) => string | undefined) => {
    const keys = members.map((m) => {
      const v = get(m);
      return v ? swedishSortKey(v) : undefined;
    });
    return (a: number, b: number) => {
      const x = keys[a];
      const y = keys[b];
      // Members without a value come last in ascending order.
      if (x === undefined || y === undefined) return x === y ? byNumber(a, b) : x === undefined ? 1 : -1;
      return x < y ? -1 : x > y ? 1 : byNumber(a, b);
    };
  };
  const n = members.length;
  const order: Record<SortColumn, number[]> = {
    memberNumber: sortedPositions(n, byNumber),
    name: sortedPositions(n, byText((m) => m.name)),
    category: sortedPositions(n, (a, b) => {
      const x = categoryOrder.get(members[a]!.categoryId ?? '') ?? Number.MAX_SAFE_INTEGER;
      const y = categoryOrder.get(members[b]!.categoryId ?? '') ?? Number.MAX_SAFE_INTEGER;
      return x - y || byNumber(a, b);
    }),
    status: sortedPositions(n, (a, b) => STATUS_RANK[members[a]!.status] - STATUS_RANK[members[b]!.status] || byNumber(a, b)),
    city: sortedPositions(n, byText((m) => m.city)),
    email: sortedPositions(n, byText((m) => m.email)),
    joinedDate: sortedPositions(n, byText((m) => m.joinedDate)),
  };
  const tags = [...new Set(members.flatMap((m) => m.tags))].sort(collator.compare);
  return {
    members,
    text,
    digits,
    textMasks: masks(text),
    digitMasks: masks(digits),
    textPairs: buildPairIndex(text),
    digitPairs: buildPairIndex(digits),
    order,
    tags,
    statusRank: Uint8Array.from(members, (m) => STATUS_RANK[m.status]),
    category: members.map((m) => m.categoryId),
    consent: Uint8Array.from(members, (m) => (m.consentDirectory ? 1 : 0)),
  };
}

/** The words of a query: each must occur somewhere in the member (in any order). */
export function queryTerms(query: string): { words: string[]; digitWords: string[] } {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  // "556036-0793" and "5560360793" find the same company; so do "031-66 00 00" and "0316600".
  const digitWords = words.map((w) => (/^[\d\s+-]+$/.test(w) && /\d/.test(w) ? w.replace(/\D/g, '') : ''));
  return { words, digitWords };
}

/**
 * A query's words made ready for the pass over the members: each with its characters' bits and
 * the bit sets of its pairs of characters (undefined when some pair is in no member, so no member
 * holds the word that way). `exact`: the bits decide alone, with no string search – a single
 * character with a bit of its own, or two characters (one pair, kept exactly).
 */
type Prepared = { mask: CharMask; pairs: Uint32Array[] | undefined; exact: boolean };
type PreparedWord = { word: string; text: Prepared; digits: string; digit: Prepared | undefined };

function prepareWord(pairs: PairIndex, word: string): Prepared {
  const exact = word.length === 2 || (word.length === 1 && hasOwnBit(word.charCodeAt(0)));
  return { mask: charMask(word), pairs: wordPairs(pairs, word), exact };
}

function prepare(index: MemberIndex, query: string): PreparedWord[] {
  const { words, digitWords } = queryTerms(query);
  return words.map((word, w) => {
    const digits = digitWords[w]!;
    return { word, text: prepareWord(index.textPairs, word), digits, digit: digits ? prepareWord(index.digitPairs, digits) : undefined };
  });
}

function mayMatch(masks: Int32Array, i: number, p: Prepared): boolean {
  return p.pairs !== undefined && mayHold(masks[2 * i]!, masks[2 * i + 1]!, p.mask) && holdsPairs(p.pairs, i);
}

function matches(index: MemberIndex, i: number, words: readonly PreparedWord[]): boolean {
  const { textMasks, digitMasks } = index;
  for (let w = 0; w < words.length; w++) {
    const p = words[w]!;
    if (mayMatch(textMasks, i, p.text) && (p.text.exact || index.text[i]!.includes(p.word))) continue;
    if (p.digit && mayMatch(digitMasks, i, p.digit) && (p.digit.exact || index.digits[i]!.includes(p.digits))) continue;
    return false;
  }
  return true;
}

function sameFilterBesidesQuery(a: MemberFilter, b: MemberFilter): boolean {
  const sa = a.statuses ?? [];
  const sb = b.statuses ?? [];
  return a.categoryId === b.categoryId && a.tag === b.tag && a.memberIds === b.memberIds && sa.length === sb.length && sa.every((s, i) => s === sb[i]);
}

/**
 * Whether every member matching `next` also matches `previous`, so `next` can search only among
 * `previous`'s matches: each earlier word lies inside the word at its place now (typing on, "and"
 * to "ande"; a new word only narrows further). A word that now finds members by their digits
 * ("-5") must have done so before ("-" found none that way), or it could find members the
 * earlier word had left out.
 */
export function narrows(previous: string, next: string): boolean {
  const a = queryTerms(previous);
  const b = queryTerms(next);
  if (a.words.length > b.words.length) return false;
  return a.words.every((w, i) => {
    const digits = b.digitWords[i]!;
    return b.words[i]!.includes(w) && (digits === '' || (a.digitWords[i] !== '' && digits.includes(a.digitWords[i]!)));
  });
}

/** Positions (into the index) of the members that match, in ascending order of the sort column. */
function matchingPositions(index: MemberIndex, filter: MemberFilter, candidates: readonly number[]): number[] {
  const words = prepare(index, filter.query ?? '');
  // The statuses asked for as bits of their ranks; no statuses asked for means all of them.
  const statuses = filter.statuses && filter.statuses.length > 0 ? filter.statuses.reduce((bits, s) => bits | (1 << STATUS_RANK[s]), 0) : 0xff;
  const { statusRank } = index;
  const out: number[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k]!;
    if (((1 << statusRank[i]!) & statuses) === 0) continue;
    const category = index.category[i];
    if (filter.categoryId !== undefined && (filter.categoryId === '' ? category : category !== filter.categoryId)) continue;
    if (filter.tag && !index.members[i]!.tags.includes(filter.tag)) continue;
    if (filter.memberIds && !filter.memberIds.has(index.members[i]!.id)) continue;
    if (words.length > 0 && !matches(index, i, words)) continue;
    out.push(i);
  }
  return out;
}

/**
 * The last few lists this module returned, with the index and positions each was made from. A
 * short ring, not a WeakMap keyed by the lists: with a new key every keystroke, Node showed
 * occasional keystrokes of 10-20 ms (likely longer garbage collection) that went away without it.
 */
type Found = { list: readonly MemberRecord[]; index: MemberIndex; positions: readonly number[] };
const found: (Found | undefined)[] = [undefined, undefined, undefined, undefined];
let nextFound = 0;

function remember(list: readonly MemberRecord[], index: MemberIndex, positions: readonly number[]): void {
  if (found.some((f) => f?.list === list)) return;
  found[nextFound] = { list, index, positions };
  nextFound = (nextFound + 1) % found.length;
}

function inOrder(index: MemberIndex, positions: readonly number[], sort: SortOrder): MemberRecord[] {
  const out = positions.map((i) => index.members[i]!);
  if (sort.direction === 'desc') out.reverse();
  remember(out, index, positions);
  return out;
}

/**
 * How many members of `list` consented to the member directory. For a list this module returned
 * (the list shown, which changes with every keystroke) it reads the index's plain array by
 * position instead of the large records; any other list (or one returned more than a few searches
 * ago) is read record by record.
 */
export function countConsenting(list: readonly MemberRecord[]): number {
  let n = 0;
  const from = found.find((f) => f?.list === list);
  if (from) {
    const { consent } = from.index;
    for (let k = 0; k < from.positions.length; k++) n += consent[from.positions[k]!]!;
    return n;
  }
  for (let k = 0; k < list.length; k++) if (list[k]!.consentDirectory) n++;
  return n;
}

/** The members that match, in the asked order. */
export function searchMembers(index: MemberIndex, filter: MemberFilter, sort: SortOrder): MemberRecord[] {
  return inOrder(index, matchingPositions(index, filter, index.order[sort.column]), sort);
}

/**
 * Search as the officer types: like searchMembers, but it remembers its last search, and when the
 * new query only narrows it (a letter typed at the end, the usual keystroke) it looks only at the
 * members found last time instead of all of them. The list without a query is kept as well, so
 * clearing the box gives it back at once (the same array, which lets memoised views skip work).
 * Made once per index.
 */
export function memberSearcher(index: MemberIndex): (filter: MemberFilter, sort: SortOrder) => MemberRecord[] {
  type Search = { filter: MemberFilter; sort: SortOrder; positions: number[]; members: MemberRecord[] };
  let last: Search | undefined;
  let unqueried: Search | undefined;
  const same = (a: Search | undefined, filter: MemberFilter, sort: SortOrder): a is Search =>
    a !== undefined && a.sort.column === sort.column && sameFilterBesidesQuery(a.filter, filter);
  return (filter, sort) => {
    const empty = queryTerms(filter.query ?? '').words.length === 0;
    if (empty && same(unqueried, filter, sort) && unqueried.sort.direction === sort.direction) {
      last = unqueried;
      remember(unqueried.members, index, unqueried.positions);
      return unqueried.members;
    }
    const within = same(last, filter, sort) && narrows(last.filter.query ?? '', filter.query ?? '') ? last.positions : index.order[sort.column];
    const positions = matchingPositions(index, filter, within);
    last = { filter, sort, positions, members: inOrder(index, positions, sort) };
    if (empty) unqueried = last;
    return last.members;
  };
}

/** Clicking a header: a new column sorts ascending, the same column flips direction. */
export function toggleSort(current: SortOrder, column: SortColumn): SortOrder {
  if (current.column !== column) return { column, direction: 'asc' };
  return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}
