import { describe, expect, it } from 'vitest';
import { actionStatus, searchDecisions, sortActions, type ActionRow, type DecisionRow } from '../../../renderer/src/domain/meetings/register';

const d = (number: string, text: string, date = '2025-03-18', itemTitle = 'Ekonomi'): DecisionRow => ({ meetingId: date, meetingTitle: `Styrelsemöte ${date}`, kind: 'board', date, number, itemTitle, text, adjusted: true });
const rows = [d('5', 'att lägga den ekonomiska rapporten till handlingarna'), d('8', 'att anslå 50 000 kr till höstkonferensen', '2025-03-18', 'Budget för höstkonferensen'), d('14', 'att höja medlemsavgiften till 2 500 kr', '2025-05-20', 'Medlemsavgift 2026')];

describe('the decision register', () => {
  it('finds decisions by every word typed, in any order, without caring about case', () => {
    expect(searchDecisions(rows, 'Höstkonferensen anslå').map((r) => r.number)).toEqual(['8']);
    expect(searchDecisions(rows, 'MEDLEMSAVGIFT').map((r) => r.number)).toEqual(['14']);
    expect(searchDecisions(rows, '§ 14').map((r) => r.number)).toEqual(['14']);
  });

  it('tells å, ä and ö from a and o, as Swedish readers do', () => {
    expect(searchDecisions(rows, 'hostkonferensen')).toEqual([]);
  });

  it('lists the newest meeting first and § order within a meeting', () => {
    expect(searchDecisions(rows, '').map((r) => r.number)).toEqual(['14', '5', '8']);
  });
});

describe('the action-item list', () => {
  const a = (id: string, due: string | undefined, done = false): ActionRow => ({ meetingId: 'm', itemId: 'i', actionId: id, meetingTitle: 'Styrelsemöte', date: '2025-03-18', number: '5', text: id, due, done });

  it('calls an action overdue the day after its due date, and never once done', () => {
    expect(actionStatus(a('x', '2025-04-15'), '2025-04-15')).toBe('open');
    expect(actionStatus(a('x', '2025-04-15'), '2025-04-16')).toBe('overdue');
    expect(actionStatus(a('x', '2025-04-15', true), '2025-05-01')).toBe('done');
    expect(actionStatus(a('x', undefined), '2030-01-01')).toBe('open');
  });

  it('puts overdue first, then open by due date, then done', () => {
    const sorted = sortActions([a('done', '2025-01-01', true), a('later', '2025-06-01'), a('late', '2025-04-01'), a('none', undefined), a('soon', '2025-05-01')], '2025-04-20');
    expect(sorted.map((r) => r.actionId)).toEqual(['late', 'soon', 'later', 'none', 'done']);
  });
});
