import { describe, expect, it } from 'vitest';
import { duplicateNumbers, firstParagraphNumber, fiscalYearStartOf, paragraphRange, type NumberedMeeting } from '../../../renderer/src/domain/meetings/numbering';

const m = (id: string, date: string, itemCount: number, extra: Partial<NumberedMeeting> = {}): NumberedMeeting => ({ id, date, itemCount, kind: 'board', numbering: 'year', ...extra });

describe('§ numbering', () => {
  it('finds the fiscal year a date falls in (calendar year and a July year)', () => {
    expect(fiscalYearStartOf('2025-03-18')).toBe('2025-01-01');
    expect(fiscalYearStartOf('2025-03-18', '07-01')).toBe('2024-07-01');
    expect(fiscalYearStartOf('2025-07-01', '07-01')).toBe('2025-07-01');
    expect(fiscalYearStartOf('2025-06-30', '07-01')).toBe('2024-07-01');
  });

  it('continues through the year: the third board meeting starts after the first two', () => {
    const all = [m('a', '2025-01-20', 9), m('b', '2025-02-17', 11), m('c', '2025-03-17', 10)];
    expect(firstParagraphNumber(all[0]!, all)).toBe(1);
    expect(firstParagraphNumber(all[1]!, all)).toBe(10);
    expect(firstParagraphNumber(all[2]!, all)).toBe(21);
  });

  it('starts again at § 1 when the fiscal year turns', () => {
    const all = [m('a', '2024-12-09', 12), m('b', '2025-01-20', 9)];
    expect(firstParagraphNumber(all[1]!, all)).toBe(1);
    expect(firstParagraphNumber(all[1]!, all, '09-01')).toBe(13);
  });

  it('numbers per meeting when the meeting says so, and keeps the annual meeting out of the board series', () => {
    const all = [m('a', '2025-01-20', 9), m('annual', '2025-03-01', 21, { kind: 'annual' }), m('own', '2025-04-01', 5, { numbering: 'meeting' }), m('c', '2025-05-01', 4)];
    expect(firstParagraphNumber(all[1]!, all)).toBe(1);
    expect(firstParagraphNumber(all[2]!, all)).toBe(1);
    expect(firstParagraphNumber(all[3]!, all)).toBe(10);
  });

  it('orders two meetings on the same day by their start time', () => {
    const all = [m('late', '2025-02-01', 3, { startTime: '18:00' }), m('early', '2025-02-01', 4, { startTime: '09:00' })];
    expect(firstParagraphNumber(all[0]!, all)).toBe(5);
  });

  it('writes the paragraph range for the header', () => {
    expect(paragraphRange(21, 10)).toBe('§ 21–30');
    expect(paragraphRange(1, 1)).toBe('§ 1');
    expect(paragraphRange(1, 0)).toBe('');
  });

  it('finds duplicate numbers in an agenda that carries its own', () => {
    expect(duplicateNumbers(['1', '2', '§ 2', '3', '3a'])).toEqual(['2']);
    expect(duplicateNumbers(['1', '2'])).toEqual([]);
  });
});
