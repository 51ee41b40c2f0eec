import { describe, expect, it } from 'vitest';
import { changedWords, describeChange, pdfExtras, revisionChanges } from '../../../renderer/src/domain/meetings/revisions';
import type { MinutesContent } from '../../../renderer/src/domain/meetings/types';

const item = (number: string, title: string, extra: Partial<MinutesContent['items'][number]> = {}): MinutesContent['items'][number] => ({ number, title, decisions: [], elections: [], actions: [], immediate: false, ...extra });
const base: MinutesContent = {
  meeting: { title: 'Styrelsemöte 3/2025', kind: 'board', date: '2025-03-18', places: ['Göteborg'] },
  revision: 1,
  chair: 'Anna Lindqvist',
  secretary: 'Erik Berg',
  adjusters: ['Sara Holm'],
  attendees: [{ name: 'Anna Lindqvist', presence: 'present' }],
  items: [item('1', 'Mötets öppnande'), item('2', 'Ekonomi', { decisions: ['att anslå 50 000 kr till höstens konferens'] }), item('3', 'Mötets avslutande')],
};

describe('what a correction changed', () => {
  it('finds the changed words of a decision', () => {
    const after = { ...base, revision: 2, items: [base.items[0]!, item('2', 'Ekonomi', { decisions: ['att anslå 55 000 kr till höstens konferens'] }), base.items[2]!] };
    const changes = revisionChanges(base, after);
    expect(changes).toEqual([{ kind: 'item', number: '2', title: 'Ekonomi', field: 'decisions', removed: '50', added: '55' }]);
    expect(describeChange(changes[0]!)).toBe('§ 2 Ekonomi, beslut: struket ”50”, tillagt ”55”');
    expect(describeChange(changes[0]!, 'en')).toBe('§ 2 Ekonomi, decisions: removed “50”, added “55”');
  });

  it('sees an inserted paragraph as added, not as every later paragraph changed', () => {
    const after = { ...base, items: [base.items[0]!, item('2', 'Adjungering'), item('3', 'Ekonomi', { decisions: base.items[1]!.decisions }), item('4', 'Mötets avslutande')] };
    expect(revisionChanges(base, after).map((c) => describeChange(c))).toEqual(['§ 2 Adjungering: tillagd']);
  });

  it('reports a changed adjuster and a retitled paragraph', () => {
    const after = { ...base, adjusters: ['Per Ek'], items: [base.items[0]!, item('2', 'Ekonomisk rapport', { decisions: base.items[1]!.decisions }), base.items[2]!] };
    expect(revisionChanges(base, after).map((c) => describeChange(c))).toEqual(['Justerare: struket ”Sara Holm”, tillagt ”Per Ek”', '§ 2 Ekonomisk rapport, rubrik: struket ”Ekonomi”, tillagt ”Ekonomisk rapport”']);
  });

  it('finds nothing when nothing changed', () => {
    expect(revisionChanges(base, structuredClone(base))).toEqual([]);
  });

  it('keeps long fragments short', () => {
    const { added } = changedWords('', 'ord '.repeat(200));
    expect(added.length).toBeLessThanOrEqual(160);
    expect(added.endsWith('…')).toBe(true);
  });
});

describe('what the PDF of a correction prints', () => {
  it('names the day the replaced revision was adjusted (its last approval), the reason and each change', () => {
    const previous = { approvals: [{ name: 'Anna Lindqvist', role: 'chair' as const, date: '2025-03-21' }, { name: 'Sara Holm', role: 'adjuster' as const, date: '2025-03-20' }] };
    const extras = pdfExtras(
      { previousId: 'r1', correctionReason: 'Fel belopp', changes: [{ kind: 'item', number: '8', title: 'Budget', field: 'decisions', removed: '50', added: '55' }] },
      previous,
    );
    expect(extras.correction).toEqual({ replacesAdjusted: '2025-03-21', reason: 'Fel belopp', changes: ['§ 8 Budget, beslut: struket ”50”, tillagt ”55”'] });
  });

  it('prints approvals, and no correction for a first revision', () => {
    const approvals = [{ name: 'Anna Lindqvist', role: 'chair' as const, date: '2025-03-21' }];
    expect(pdfExtras({ approvals }, undefined)).toEqual({ approvals, correction: undefined });
  });
});
