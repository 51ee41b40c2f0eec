import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, meetingToIcs } from '../../../renderer/src/domain/meetings/ics';
import type { Meeting } from '../../../renderer/src/domain/meetings/types';

const meeting: Meeting = {
  kind: 'board',
  title: 'Styrelsemöte 3/2025',
  date: '2025-03-18',
  startTime: '18:00',
  endTime: '20:00',
  places: [{ name: 'Göteborg', address: 'Lindholmspiren 3' }, { name: 'Online', url: 'https://meet.example.se/styrelsen' }],
  invitees: 'board',
  numbering: 'year',
};
const stamp = new Date('2025-03-01T12:00:00Z');

describe('the meeting as .ics', () => {
  it('writes an RFC 5545 event in Swedish local time with the time zone defined', () => {
    const ics = meetingToIcs('abc', meeting, ['Mötets öppnande', 'Ekonomi, budget'], stamp, 'Västsvenska IT-nätverket');
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('TZID:Europe/Stockholm');
    expect(lines).toContain('UID:abc@kansli');
    expect(lines).toContain('DTSTAMP:20250301T120000Z');
    expect(lines).toContain('DTSTART;TZID=Europe/Stockholm:20250318T180000');
    expect(lines).toContain('DTEND;TZID=Europe/Stockholm:20250318T200000');
    expect(lines).toContain('SUMMARY:Styrelsemöte 3/2025 – Västsvenska IT-nätverket');
    expect(lines).toContain('URL:https://meet.example.se/styrelsen');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // Unfolded, the description keeps the agenda with its escaped comma.
    expect(ics.replace(/\r\n /g, '')).toContain('DESCRIPTION:Dagordning:\\n1. Mötets öppnande\\n2. Ekonomi\\, budget');
  });

  it('makes a meeting without a time an all-day event', () => {
    const ics = meetingToIcs('abc', { ...meeting, startTime: undefined, endTime: undefined }, [], stamp);
    expect(ics).toContain('DTSTART;VALUE=DATE:20250318\r\nDTEND;VALUE=DATE:20250319');
    expect(ics).not.toContain('VTIMEZONE');
  });

  it('escapes text and folds long lines at 75 octets without splitting å', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'å'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'å'.repeat(100)}`);
  });
});
