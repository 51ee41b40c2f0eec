// Checks a meeting and minutes before they are saved or finalised. Each problem is a code per
// field; the screen words it in the user's language.
import type { Meeting, Minutes } from './types';

export type MeetingErrorCode = 'required' | 'date' | 'time' | 'endBeforeStart' | 'url' | 'deadlineAfterMeeting' | 'placeRequired';
export type MeetingErrors = Partial<Record<'title' | 'kindLabel' | 'date' | 'startTime' | 'endTime' | 'registrationDeadline' | `places.${number}.name` | `places.${number}.url`, MeetingErrorCode>>;

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** "9:00", "09.00" and "0900" are all read as "09:00"; anything else is undefined. */
export function normaliseTime(s: string): string | undefined {
  const m = /^\s*([01]?\d|2[0-3])[:.]?([0-5]\d)\s*$/.exec(s);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
}

function isWebLink(s: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}

export function validateMeeting(m: Meeting): MeetingErrors {
  const e: MeetingErrors = {};
  if (!m.title.trim()) e.title = 'required';
  if (m.kind === 'other' && !m.kindLabel?.trim()) e.kindLabel = 'required';
  if (!isIsoDate(m.date)) e.date = m.date ? 'date' : 'required';
  const start = m.startTime ? normaliseTime(m.startTime) : undefined;
  const end = m.endTime ? normaliseTime(m.endTime) : undefined;
  if (m.startTime && !start) e.startTime = 'time';
  if (m.endTime && !end) e.endTime = 'time';
  if (start && end && end <= start) e.endTime = 'endBeforeStart';
  if (m.registrationDeadline) {
    if (!isIsoDate(m.registrationDeadline)) e.registrationDeadline = 'date';
    else if (isIsoDate(m.date) && m.registrationDeadline > m.date) e.registrationDeadline = 'deadlineAfterMeeting';
  }
  m.places.forEach((p, i) => {
    if (!p.name.trim() && (p.url?.trim() || p.address?.trim())) e[`places.${i}.name`] = 'placeRequired';
    if (p.url?.trim() && !isWebLink(p.url.trim())) e[`places.${i}.url`] = 'url';
  });
  return e;
}

export type MinutesErrorCode = 'chairRequired' | 'secretaryRequired' | 'adjusterRequired' | 'adjusterIsSecretary' | 'adjusterIsChair' | 'adjusterTwice' | 'noItems';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');

/** What stands in the way of finalising; an empty list means the secretary may finalise. */
export function finaliseProblems(m: Pick<Minutes, 'chair' | 'secretary' | 'adjusters'>, itemCount: number): MinutesErrorCode[] {
  const problems: MinutesErrorCode[] = [];
  const adjusters = (m.adjusters ?? []).filter((a) => a.trim());
  if (!m.chair?.trim()) problems.push('chairRequired');
  if (!m.secretary?.trim()) problems.push('secretaryRequired');
  if (adjusters.length === 0) problems.push('adjusterRequired');
  if (m.secretary?.trim() && adjusters.some((a) => same(a, m.secretary!))) problems.push('adjusterIsSecretary');
  if (m.chair?.trim() && adjusters.some((a) => same(a, m.chair!))) problems.push('adjusterIsChair');
  if (new Set(adjusters.map((a) => a.trim().toLocaleLowerCase('sv'))).size < adjusters.length) problems.push('adjusterTwice');
  if (itemCount === 0) problems.push('noItems');
  return problems;
}
