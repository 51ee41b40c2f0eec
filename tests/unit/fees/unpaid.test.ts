import { describe, expect, it } from 'vitest';
import { unpaidMemberIds } from '../../../renderer/src/domain/fees/invoicing';
import { buildMemberIndex, searchMembers } from '../../../renderer/src/domain/members/search';
import { CATEGORIES, members } from '../domain/members/factory';

const inv = (id: string, memberId: string, over: { status?: 'open' | 'credited'; dueDate?: string } = {}) => ({
  id,
  memberId,
  amountOre: 250_000,
  dueDate: over.dueDate ?? '2026-03-31',
  status: over.status ?? 'open',
});

describe('who owes this year’s fee', () => {
  it('counts unpaid, part-paid and overdue invoices, not paid, overpaid or credited ones', () => {
    const invoices = [inv('a', 'm1'), inv('b', 'm2'), inv('c', 'm3'), inv('d', 'm4', { status: 'credited' }), inv('e', 'm5', { dueDate: '2026-01-31' }), inv('f', 'm6')];
    const paid = new Map([['b', 250_000], ['c', 100_000], ['f', 300_000]]);
    expect([...unpaidMemberIds(invoices, paid, '2026-02-15')].sort()).toEqual(['m1', 'm3', 'm5']);
  });
});

describe('the member list filtered on unpaid fee', () => {
  it('shows only the members the fees area names, with the other filters still applied', () => {
    const list = members(20);
    const index = buildMemberIndex(list, CATEGORIES);
    const owing = new Set([list[2]!.id, list[7]!.id, list[11]!.id]);
    const shown = searchMembers(index, { memberIds: owing }, { column: 'memberNumber', direction: 'asc' });
    expect(shown.map((m) => m.id)).toEqual([list[2]!.id, list[7]!.id, list[11]!.id]);
    const named = searchMembers(index, { memberIds: owing, query: list[7]!.name }, { column: 'memberNumber', direction: 'asc' });
    expect(named.map((m) => m.id)).toEqual([list[7]!.id]);
  });
});
