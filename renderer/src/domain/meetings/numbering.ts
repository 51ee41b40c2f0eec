// § numbering. Per meeting, every meeting starts at § 1. Through the year, a board's paragraphs
// run on from meeting to meeting and start again at § 1 when the association's fiscal year
// (verksamhetsår) starts — so "§ 47" names one decision of the year without naming the meeting.
import type { MeetingKind, Numbering } from './types';

export type NumberedMeeting = { id: string; date: string; startTime?: string; createdAt?: string; kind: MeetingKind; numbering: Numbering; itemCount: number };

/** The first day of the fiscal year `date` falls in; `fiscalYearStart` is MM-DD (default 01-01). */
export function fiscalYearStartOf(date: string, fiscalYearStart = '01-01'): string {
  const start = /^\d{2}-\d{2}$/.test(fiscalYearStart) ? fiscalYearStart : '01-01';
  const year = Number(date.slice(0, 4));
  const y = date.slice(5, 10) >= start ? year : year - 1;
  return `${String(y).padStart(4, '0')}-${start}`;
}

/** Board meetings and the constituting meeting after an annual meeting share one series. */
function series(kind: MeetingKind): string {
  return kind === 'board' || kind === 'constituent' ? 'board' : kind;
}

function sortKey(m: NumberedMeeting): string {
  return `${m.date}|${m.startTime ?? ''}|${m.createdAt ?? ''}|${m.id}`;
}

/** The number of the meeting's first paragraph. */
export function firstParagraphNumber(meeting: NumberedMeeting, all: NumberedMeeting[], fiscalYearStart?: string): number {
  if (meeting.numbering !== 'year') return 1;
  const year = fiscalYearStartOf(meeting.date, fiscalYearStart);
  const key = sortKey(meeting);
  let before = 0;
  for (const m of all) {
    if (m.id === meeting.id || m.numbering !== 'year' || series(m.kind) !== series(meeting.kind)) continue;
    if (fiscalYearStartOf(m.date, fiscalYearStart) !== year) continue;
    if (sortKey(m) < key) before += m.itemCount;
  }
  return before + 1;
}

/** "§ 12–§ 20" as the header of the minutes says it ("§ 1" for one paragraph). */
export function paragraphRange(first: number, count: number): string {
  if (count <= 0) return '';
  return count === 1 ? `§ ${first}` : `§ ${first}–${first + count - 1}`;
}

/** Duplicate paragraph numbers in an agenda that carries its own numbers (a template, an import). */
export function duplicateNumbers(numbers: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const raw of numbers) {
    const n = raw.replace(/^§\s*/, '').trim();
    if (seen.has(n)) dup.add(n);
    seen.add(n);
  }
  return [...dup];
}
