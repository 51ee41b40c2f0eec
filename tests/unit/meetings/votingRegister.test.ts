import { describe, expect, it } from 'vitest';
import { votingRegister, type RegisterEntry } from '../../../renderer/src/domain/meetings/votingRegister';

const members = [
  { id: 'm1', name: 'Acme Konsult AB', status: 'active' },
  { id: 'm2', name: 'Byteverket i Borås AB', status: 'active' },
  { id: 'm3', name: 'Gamla Data HB', status: 'resigned' },
];

describe('röstlängd: one vote per member organisation', () => {
  it('gives each present member organisation one vote, however many of its people come', () => {
    const entries: RegisterEntry[] = [
      { id: 'r1', name: 'Anna Svensson', memberId: 'm1', attended: true },
      { id: 'r2', name: 'Bo Ek', memberId: 'm1', attended: true },
      { id: 'r3', name: 'Cecilia Holm', organisation: 'byteverket i borås ab', attended: true },
      { id: 'r4', name: 'David Lund', memberId: 'm2', attended: false },
    ];
    const { voters, nonVoters } = votingRegister(entries, members);
    expect(voters.map((v) => `${v.number}. ${v.organisation} – ${v.representative}`)).toEqual(['1. Acme Konsult AB – Anna Svensson', '2. Byteverket i Borås AB – Cecilia Holm']);
    expect(nonVoters).toEqual([{ name: 'Bo Ek', organisation: 'Acme Konsult AB', reason: 'sameOrganisation' }]);
  });

  it('lets a designated delegate hold the vote whoever arrived first', () => {
    const { voters } = votingRegister(
      [
        { id: 'r1', name: 'Anna Svensson', memberId: 'm1', attended: true },
        { id: 'r2', name: 'Bo Ek', memberId: 'm1', attended: true, delegate: true },
      ],
      members,
    );
    expect(voters[0]!.representative).toBe('Bo Ek');
  });

  it('gives no vote to a resigned member, a non-member or a guest without organisation', () => {
    const { voters, nonVoters } = votingRegister(
      [
        { id: 'r1', name: 'Erik Berg', memberId: 'm3', attended: true },
        { id: 'r2', name: 'Frida Ny', organisation: 'Inte Medlem AB', attended: true },
        { id: 'r3', name: 'Gustav Gäst', attended: true },
      ],
      members,
    );
    expect(voters).toEqual([]);
    expect(nonVoters.map((n) => n.reason)).toEqual(['notMember', 'notMember', 'noOrganisation']);
  });

  it('works with an empty member register: the organisation typed on the registration counts', () => {
    const { voters } = votingRegister(
      [
        { id: 'r1', name: 'Anna', organisation: 'Öresundskod AB', attended: true },
        { id: 'r2', name: 'Bo', organisation: ' öresundskod  ab', attended: true },
        { id: 'r3', name: 'Cilla', organisation: 'Alfa AB', attended: true },
      ],
      [],
    );
    // Swedish order: Ö sorts after A.
    expect(voters.map((v) => v.organisation)).toEqual(['Alfa AB', 'Öresundskod AB']);
  });
});
