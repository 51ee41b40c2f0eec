import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, memberToDraft, nextMemberNumber, statusDate } from '../../../../renderer/src/domain/members/model';
import { membersToCsv, parseMembersCsv } from '../../../../renderer/src/domain/members/csv';
import { member } from './factory';

describe('the member model', () => {
  it('has the association’s six default categories with fees in öre', () => {
    expect(DEFAULT_CATEGORIES.map((c) => c.name)).toEqual([
      'Företag 1–9 anställda', 'Företag 10–49 anställda', 'Företag 50+ anställda', 'Offentlig organisation', 'Privatperson', 'Hedersmedlem',
    ]);
    expect(DEFAULT_CATEGORIES.every((c) => Number.isInteger(c.feeOre) && c.feeOre >= 0)).toBe(true);
  });

  it('gives the next number above the highest ever used, gaps not refilled', () => {
    expect(nextMemberNumber([])).toBe(1);
    expect(nextMemberNumber([1, 2, 7])).toBe(8);
  });

  it('knows the date of the current status', () => {
    expect(statusDate({ status: 'resigned', resignedDate: '2025-01-31', joinedDate: '2020-01-01' })).toBe('2025-01-31');
  });

  it('exports through the CSV seam and reads back the same member', () => {
    const m = member(2, { street: 'Storgatan 1', postalCode: '411 01', tags: ['sponsor'] });
    const csv = membersToCsv([memberToDraft(m, 'Offentlig organisation')]);
    const back = parseMembersCsv(csv, undefined, { today: new Date(2025, 5, 15) });
    expect(back.errors).toEqual([]);
    expect(back.members[0]).toMatchObject({
      name: m.name, organisationNumber: m.organisationNumber, category: 'Offentlig organisation', memberNumber: 3,
      contactName: m.contacts![0]!.name, tags: ['sponsor'], address: { street: 'Storgatan 1', postalCode: '411 01', city: m.city },
    });
  });
});
