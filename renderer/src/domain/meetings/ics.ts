// A meeting as an iCalendar file (RFC 5545) for the officers' calendars: local Swedish time with
// its time zone spelled out (Outlook, Google and Apple all read VTIMEZONE), text escaped, lines
// folded at 75 octets of UTF-8 (not characters: "å" is two), CRLF line ends.
import type { Meeting } from './types';
import { foldLine } from '../text/fold';
import { placeLine } from './content';

const STOCKHOLM = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Stockholm',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}


const compactDate = (iso: string) => iso.replace(/-/g, '');
const compactTime = (t: string) => `${t.replace(':', '')}00`;

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const next = new Date(Date.UTC(y!, m! - 1, d! + 1));
  return next.toISOString().slice(0, 10);
}

/** `stamp` is when the file is made (DTSTAMP), passed in so the output is reproducible. */
export function meetingToIcs(id: string, meeting: Meeting, agenda: string[], stamp: Date, orgName = ''): string {
  const event: string[] = ['BEGIN:VEVENT', `UID:${id}@kansli`, `DTSTAMP:${stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`];
  if (meeting.startTime) {
    event.push(`DTSTART;TZID=Europe/Stockholm:${compactDate(meeting.date)}T${compactTime(meeting.startTime)}`);
    if (meeting.endTime) event.push(`DTEND;TZID=Europe/Stockholm:${compactDate(meeting.date)}T${compactTime(meeting.endTime)}`);
  } else {
    event.push(`DTSTART;VALUE=DATE:${compactDate(meeting.date)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(meeting.date))}`);
  }
  event.push(`SUMMARY:${escapeText(orgName.trim() ? `${meeting.title} – ${orgName.trim()}` : meeting.title)}`);
  const places = meeting.places.map(placeLine).filter(Boolean);
  if (places.length) event.push(`LOCATION:${escapeText(places.join(' / '))}`);
  const url = meeting.places.find((p) => p.url?.trim())?.url?.trim();
  if (url) event.push(`URL:${url}`);
  if (agenda.length) event.push(`DESCRIPTION:${escapeText(['Dagordning:', ...agenda.map((t, i) => `${i + 1}. ${t}`)].join('\n'))}`);
  event.push('END:VEVENT');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kansli//Möten och protokoll//SV', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...(meeting.startTime ? STOCKHOLM : []), ...event, 'END:VCALENDAR'];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export { foldLine };
