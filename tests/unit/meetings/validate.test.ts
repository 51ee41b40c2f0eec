import { describe, expect, it } from 'vitest';
import { finaliseProblems, normaliseTime, validateMeeting } from '../../../renderer/src/domain/meetings/validate';
import type { Meeting } from '../../../renderer/src/domain/meetings/types';

const meeting = (p: Partial<Meeting> = {}): Meeting => ({ kind: 'board', title: 'Styrelsemöte', date: '2025-03-18', places: [], invitees: 'board', numbering: 'year', ...p });

describe('a meeting', () => {
  it('is fine with two places, one of them online', () => {
    expect(validateMeeting(meeting({ startTime: '18:00', endTime: '20:00', places: [{ name: 'Göteborg, Lindholmen' }, { name: 'Teams', url: 'https://teams.microsoft.com/l/meetup-join/abc' }] }))).toEqual({});
  });

  it('refuses a meeting that ends before it starts', () => {
    expect(validateMeeting(meeting({ startTime: '18:00', endTime: '17:30' })).endTime).toBe('endBeforeStart');
    expect(validateMeeting(meeting({ startTime: '18:00', endTime: '18:00' })).endTime).toBe('endBeforeStart');
  });

  it('refuses impossible dates and times, a link that is not a web address, and a deadline after the meeting', () => {
    const e = validateMeeting(meeting({ date: '2025-02-30', startTime: '25:00', places: [{ name: 'Online', url: 'javascript:alert(1)' }], registrationDeadline: '2025-03-20' }));
    expect(e.date).toBe('date');
    expect(e.startTime).toBe('time');
    expect(e['places.0.url']).toBe('url');
    expect(validateMeeting(meeting({ registrationDeadline: '2025-03-20' })).registrationDeadline).toBe('deadlineAfterMeeting');
  });

  it('needs a title, and a name for a free kind', () => {
    const e = validateMeeting(meeting({ title: ' ', kind: 'other' }));
    expect(e.title).toBe('required');
    expect(e.kindLabel).toBe('required');
  });

  it('reads clock times as people type them', () => {
    expect(normaliseTime('9:00')).toBe('09:00');
    expect(normaliseTime('18.30')).toBe('18:30');
    expect(normaliseTime('1830')).toBe('18:30');
    expect(normaliseTime('24:00')).toBeUndefined();
  });
});

describe('finalising minutes', () => {
  it('needs a chair, a secretary and an adjuster', () => {
    expect(finaliseProblems({}, 3)).toEqual(['chairRequired', 'secretaryRequired', 'adjusterRequired']);
    expect(finaliseProblems({ chair: 'Anna Lindqvist', secretary: 'Erik Berg', adjusters: ['Sara Holm'] }, 3)).toEqual([]);
  });

  it('refuses an adjuster who is also the secretary or the chair, whatever the case', () => {
    expect(finaliseProblems({ chair: 'Anna Lindqvist', secretary: 'Erik Berg', adjusters: ['erik berg'] }, 3)).toContain('adjusterIsSecretary');
    expect(finaliseProblems({ chair: 'Anna Lindqvist', secretary: 'Erik Berg', adjusters: ['Anna Lindqvist '] }, 3)).toContain('adjusterIsChair');
    expect(finaliseProblems({ chair: 'A', secretary: 'B', adjusters: ['Sara Holm', 'sara holm'] }, 3)).toContain('adjusterTwice');
  });

  it('needs at least one paragraph', () => {
    expect(finaliseProblems({ chair: 'A', secretary: 'B', adjusters: ['C'] }, 0)).toEqual(['noItems']);
  });
});
