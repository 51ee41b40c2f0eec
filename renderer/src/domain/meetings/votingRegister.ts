// Röstlängd: who may vote at a members' meeting. The bylaws of a network of member companies
// give one vote per member organisation, however many of its people come: the first person of
// each organisation marked present holds the vote (the meeting may move it by marking another).
// People without a member organisation attend without a vote.

export type RegisterMember = { id: string; name: string; status?: string };
export type RegisterEntry = { id: string; name: string; memberId?: string; organisation?: string; attended?: boolean; delegate?: boolean };

export type Voter = { number: number; organisation: string; representative: string; registrationId: string; memberId?: string };
export type NonVoter = { name: string; organisation?: string; reason: 'sameOrganisation' | 'notMember' | 'noOrganisation' };

const key = (s: string) => s.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');

/**
 * With members in the register, an organisation must be an active member (or one whose
 * status is unknown); with an empty register, the organisation typed on the registration counts.
 */
export function votingRegister(entries: RegisterEntry[], members: RegisterMember[]): { voters: Voter[]; nonVoters: NonVoter[] } {
  const byId = new Map(members.map((m) => [m.id, m]));
  const byName = new Map(members.map((m) => [key(m.name), m]));
  const votes = new Map<string, Voter>();
  const nonVoters: NonVoter[] = [];
  const present = entries.filter((e) => e.attended);
  // Designated delegates first, so they hold the vote whatever order people arrived in.
  const ordered = [...present.filter((e) => e.delegate), ...present.filter((e) => !e.delegate)];
  for (const e of ordered) {
    const member = e.memberId ? byId.get(e.memberId) : e.organisation ? byName.get(key(e.organisation)) : undefined;
    const organisation = member?.name ?? e.organisation?.trim();
    if (!organisation) {
      nonVoters.push({ name: e.name, reason: 'noOrganisation' });
      continue;
    }
    const active = member ? !member.status || member.status === 'active' : members.length === 0;
    if (!active) {
      nonVoters.push({ name: e.name, organisation, reason: 'notMember' });
      continue;
    }
    const k = member ? `id:${member.id}` : `name:${key(organisation)}`;
    if (votes.has(k)) {
      nonVoters.push({ name: e.name, organisation, reason: 'sameOrganisation' });
      continue;
    }
    votes.set(k, { number: 0, organisation, representative: e.name.trim(), registrationId: e.id, memberId: member?.id });
  }
  const voters = [...votes.values()].sort((a, b) => a.organisation.localeCompare(b.organisation, 'sv')).map((v, i) => ({ ...v, number: i + 1 }));
  return { voters, nonVoters };
}
