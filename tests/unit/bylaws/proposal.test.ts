import { describe, expect, it } from 'vitest';
import { checkDecision, decisionReference, majorityMet, requirementFromBylaws, requirementText, standing, type Decision } from '../../../renderer/src/domain/bylaws/proposal';

const d = (id: string, date: string, over: Partial<Decision> = {}): Decision => ({ id, date, meeting: 'Årsmöte', paragraph: '12', outcome: 'approved', ...over });

describe('qualified majority', () => {
  it('counts two thirds of the votes cast (blank votes are not cast)', () => {
    expect(majorityMet('two-thirds', 24, 12)).toBe(true); // exactly 2/3
    expect(majorityMet('two-thirds', 23, 12)).toBe(false);
    expect(majorityMet('three-quarters', 30, 10)).toBe(true);
    expect(majorityMet('three-quarters', 29, 10)).toBe(false);
    expect(majorityMet('simple', 10, 10)).toBe(false);
    expect(majorityMet('unanimous', 41, 0)).toBe(true);
    expect(majorityMet('simple', 0, 0)).toBe(false);
  });

  it('refuses an "approved" decision whose votes fall short, and bad dates and counts', () => {
    expect(checkDecision(d('a', '2025-03-20', { votesFor: 20, votesAgainst: 12 }), 'two-thirds')).toEqual(['majority']);
    expect(checkDecision(d('a', '2025-02-30', { meeting: ' ' }), 'simple')).toEqual(['date', 'meeting']);
    expect(checkDecision(d('a', '2025-03-20', { votesFor: -1 }), 'simple')).toEqual(['votes']);
    expect(checkDecision(d('a', '2025-03-20', { votesFor: 30, votesAgainst: 2 }), 'two-thirds')).toEqual([]);
  });
});

describe('where an amendment stands', () => {
  const twoMeetings = { meetings: 2 as const, majority: 'two-thirds' as const };

  it('first decision taken, second pending; then ready to adopt', () => {
    const first = d('1', '2025-03-20', { votesFor: 31, votesAgainst: 4 });
    expect(standing({ requirement: twoMeetings, decisions: [] }).stage).toBe('awaiting-first');
    const one = standing({ requirement: twoMeetings, decisions: [first] });
    expect(one.stage).toBe('awaiting-second');
    expect(one.counted).toEqual([first]);
    const second = d('2', '2025-06-11', { meeting: 'Extra årsmöte', paragraph: '4' });
    expect(standing({ requirement: twoMeetings, decisions: [second, first] }).stage).toBe('ready');
    expect(standing({ requirement: twoMeetings, decisions: [second, first], status: 'adopted' }).stage).toBe('adopted');
  });

  it('does not count two decisions at the same meeting, nor one without the majority', () => {
    const s = standing({ requirement: twoMeetings, decisions: [d('1', '2025-03-20'), d('2', '2025-03-20'), d('3', '2025-04-01', { votesFor: 10, votesAgainst: 10 })] });
    expect(s.stage).toBe('awaiting-second');
    expect(s.ignored.map((i) => [i.decision.id, i.reason])).toEqual([['2', 'same-meeting'], ['3', 'majority']]);
  });

  it('a rejection ends the proposal', () => {
    const s = standing({ requirement: twoMeetings, decisions: [d('1', '2025-03-20'), d('2', '2025-06-11', { outcome: 'rejected' })] });
    expect(s.stage).toBe('rejected');
    expect(s.rejectedBy?.id).toBe('2');
  });

  it('one meeting with simple majority is ready after one approval', () => {
    expect(standing({ requirement: { meetings: 1, majority: 'simple' }, decisions: [d('1', '2025-03-20')] }).stage).toBe('ready');
  });
});

describe('reading the amendment rule from the bylaws', () => {
  const sec = (heading: string, text: string) => [{ id: 'x', number: '11', heading, text }];
  it('finds meetings and majority in the usual wordings', () => {
    expect(requirementFromBylaws(sec('Stadgeändring', 'För ändring av dessa stadgar krävs beslut av årsmötet med minst 2/3 av de avgivna rösterna.'))).toEqual({ meetings: 1, majority: 'two-thirds' });
    expect(requirementFromBylaws(sec('Ändring av stadgarna', 'Beslut om ändring fattas vid två på varandra följande möten, varav ett ordinarie årsmöte, med tre fjärdedelars majoritet.'))).toEqual({ meetings: 2, majority: 'three-quarters' });
    expect(requirementFromBylaws(sec('Ändring av stadgar', 'Stadgarna ändras av årsmötet.'))).toEqual({ meetings: 1, majority: 'simple' });
    expect(requirementFromBylaws(sec('Namn', 'Föreningens namn är X.'))).toEqual({ meetings: 1, majority: 'simple' });
  });

  it('states the rule and the decision reference as the documents print them', () => {
    expect(requirementText({ meetings: 2, majority: 'two-thirds' })).toBe('Ändringen kräver likalydande beslut vid två på varandra följande årsmöten, med minst två tredjedelar av de avgivna rösterna vid vart och ett av mötena.');
    expect(decisionReference({ meeting: 'Årsmöte 2025', paragraph: '§ 12' })).toBe('Årsmöte 2025, § 12');
    expect(decisionReference({ meeting: 'Konstituerande möte' })).toBe('Konstituerande möte');
  });
});
