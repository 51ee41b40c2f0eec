import { describe, expect, it } from 'vitest';
import { parseBulkRegistrations } from '../../../renderer/src/domain/meetings/bulkRegistrations';
import { attendanceListModel } from '../../../renderer/src/domain/meetings/attendanceList';
import type { Meeting } from '../../../renderer/src/domain/meetings/types';

const places = ['Umeå Folkets hus', 'Luleå Kulturens hus'];

describe('registrations pasted from a spreadsheet or a web form', () => {
  it('reads tab-separated rows as a spreadsheet copies them, skipping the header', () => {
    const text = 'Namn\tOrganisation\tPlats\tLunch\tKost\nÅsa Öhman\tNordvik Data AB\tLuleå\tja\tvegetarisk\nBjörn Lindberg\tUmeå Kod AB\t1\t\t\n';
    expect(parseBulkRegistrations(text, places)).toEqual({
      rows: [
        { name: 'Åsa Öhman', organisation: 'Nordvik Data AB', place: 1, lunch: true, diet: 'vegetarisk' },
        { name: 'Björn Lindberg', organisation: 'Umeå Kod AB', place: 0, lunch: false, diet: undefined },
      ],
      errors: [],
    });
  });

  it('takes semicolons, a diet written in the lunch column, and a missing place as the first place', () => {
    const { rows } = parseBulkRegistrations('Karin Berg; "Berg & Son AB"; ; glutenfri\nOlof Ek', places);
    expect(rows).toEqual([
      { name: 'Karin Berg', organisation: 'Berg & Son AB', place: 0, lunch: true, diet: 'glutenfri' },
      { name: 'Olof Ek', organisation: undefined, place: 0, lunch: false, diet: undefined },
    ]);
  });

  it('names the rows it cannot read: no name, a place that is not the meeting’s', () => {
    const { rows, errors } = parseBulkRegistrations('Anna Lind;A AB;Stockholm\n;B AB;Umeå\nPer Sten;C AB;umeå', places);
    expect(errors).toEqual([
      { row: 1, code: 'unknownPlace', value: 'Stockholm' },
      { row: 2, code: 'noName' },
    ]);
    expect(rows).toEqual([{ name: 'Per Sten', organisation: 'C AB', place: 0, lunch: false, diet: undefined }]);
  });
});

describe('the door list model', () => {
  const meeting: Meeting = { kind: 'annual', title: 'Årsmöte 2026', date: '2026-03-14', places: [{ name: 'Umeå' }, { name: 'Luleå' }], invitees: 'members', numbering: 'meeting' };
  const regs = [
    { id: '1', meetingId: 'm', name: 'Åsa Öhman', organisation: 'Nordvik Data AB', place: 1, lunch: true },
    { id: '2', meetingId: 'm', name: 'Björn Lindberg', organisation: 'Nordvik Data AB', place: 0 },
    { id: '3', meetingId: 'm', name: 'Cecilia Ek', organisation: 'Umeå Kod AB', place: 0 },
  ];

  it('groups people by place and draws a preliminary register, one vote per organisation, before anyone is marked', () => {
    const m = attendanceListModel(meeting, regs, [], '2026-03-10');
    expect(m.places.map((p) => `${p.name}: ${p.people.map((x) => x.name).join(', ')}`)).toEqual(['Umeå: Björn Lindberg, Cecilia Ek', 'Luleå: Åsa Öhman']);
    expect(m.votingRegister?.preliminary).toBe(true);
    expect(m.votingRegister?.voters.map((v) => v.organisation)).toEqual(['Nordvik Data AB', 'Umeå Kod AB']);
  });

  it('takes the register from attendance once people are marked present, and has none for a board meeting', () => {
    const marked = regs.map((r) => ({ ...r, attended: r.id === '1' }));
    const m = attendanceListModel(meeting, marked, [], '2026-03-14');
    expect(m.votingRegister).toEqual({ preliminary: false, voters: [{ number: '1', organisation: 'Nordvik Data AB', representative: 'Åsa Öhman' }] });
    expect(attendanceListModel({ ...meeting, kind: 'board', invitees: 'board' }, regs, [], '2026-03-14').votingRegister).toBeUndefined();
  });
});
