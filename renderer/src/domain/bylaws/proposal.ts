// Where an amendment stands. Swedish bylaws commonly require "likalydande beslut vid två på
// varandra följande årsmöten" and a qualified majority ("minst två tredjedelar av de avgivna
// rösterna"); a proposal is ready to become the new bylaws once enough approving decisions,
// each with the required majority, have been taken at different meetings.
import type { Section } from './model';

export type Majority = 'simple' | 'two-thirds' | 'three-quarters' | 'unanimous';
export type Requirement = { meetings: 1 | 2; majority: Majority };
export type Outcome = 'approved' | 'rejected';

export type Decision = {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  /** The meeting as written ("Årsmöte 2025", "Extra årsmöte"). */
  meeting: string;
  /** The meeting's record in Kansli, when it has one. */
  meetingId?: string;
  /** The § of the minutes that records the decision ("12"). */
  paragraph?: string;
  outcome: Outcome;
  votesFor?: number;
  votesAgainst?: number;
};

export const DEFAULT_REQUIREMENT: Requirement = { meetings: 1, majority: 'simple' };

/** "Minst två tredjedelar av de avgivna rösterna": blank votes are not cast votes. */
export function majorityMet(majority: Majority, votesFor: number, votesAgainst: number): boolean {
  const cast = votesFor + votesAgainst;
  if (cast === 0) return false;
  switch (majority) {
    case 'simple':
      return votesFor > votesAgainst;
    case 'two-thirds':
      return votesFor * 3 >= cast * 2;
    case 'three-quarters':
      return votesFor * 4 >= cast * 3;
    case 'unanimous':
      return votesAgainst === 0;
  }
}

const TWO_MEETINGS = /två\s+(?:på\s+varandra\s+följande|olika|efter\s+varandra\s+följande)\s+(?:ordinarie\s+)?(?:års)?möten|två\s+(?:års)?möten/iu;

/** Reads the amendment rule from the bylaws' own § on amendments, if it has one. */
export function requirementFromBylaws(sections: Section[]): Requirement {
  const rule = sections.find((s) => /ändring|stadgeändring|ändra/iu.test(s.heading) && /stadga/iu.test(`${s.heading} ${s.text}`));
  if (!rule) return DEFAULT_REQUIREMENT;
  // Only the first paragraph: later ones often concern dissolution or who may propose.
  const text = (rule.text.split(/\n\s*\n/u)[0] ?? '').toLowerCase();
  const majority: Majority = /enhällig/u.test(text)
    ? 'unanimous'
    : /tre\s+fjärdedel|3\s*\/\s*4/u.test(text)
      ? 'three-quarters'
      : /två\s+tredjedel|2\s*\/\s*3|kvalificerad majoritet/u.test(text)
        ? 'two-thirds'
        : 'simple';
  return { meetings: TWO_MEETINGS.test(text) ? 2 : 1, majority };
}

/** A real calendar date as YYYY-MM-DD (not 2025-02-30). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === s;
}

export type DecisionProblem = 'date' | 'meeting' | 'votes' | 'majority';

/** What is wrong with a decision as entered (empty when it may be saved). */
export function checkDecision(d: Decision, majority: Majority): DecisionProblem[] {
  const out: DecisionProblem[] = [];
  if (!isIsoDate(d.date)) out.push('date');
  if (!d.meeting.trim()) out.push('meeting');
  const votes = [d.votesFor, d.votesAgainst];
  if (votes.some((v) => v !== undefined && (!Number.isInteger(v) || v < 0))) out.push('votes');
  else if (d.outcome === 'approved' && d.votesFor !== undefined && !majorityMet(majority, d.votesFor, d.votesAgainst ?? 0)) out.push('majority');
  return out;
}

export type Stage = 'awaiting-first' | 'awaiting-second' | 'ready' | 'rejected' | 'adopted' | 'withdrawn';

export type Standing = {
  stage: Stage;
  /** The approving decisions that count, in date order. */
  counted: Decision[];
  /** The decision that rejected the proposal. */
  rejectedBy?: Decision;
  /** Approvals that do not count: a second decision at the same meeting date, or too few votes. */
  ignored: { decision: Decision; reason: 'same-meeting' | 'majority' }[];
  required: number;
};

export function standing(p: { requirement: Requirement; decisions: Decision[]; status?: 'open' | 'adopted' | 'withdrawn' }): Standing {
  const required = p.requirement.meetings;
  const base = { counted: [] as Decision[], ignored: [] as Standing['ignored'], required };
  const sorted = [...p.decisions].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const d of sorted) {
    if (base.counted.length >= required) break;
    if (d.outcome === 'rejected') return { ...base, stage: p.status === 'withdrawn' ? 'withdrawn' : 'rejected', rejectedBy: d };
    if (d.votesFor !== undefined && !majorityMet(p.requirement.majority, d.votesFor, d.votesAgainst ?? 0)) {
      base.ignored.push({ decision: d, reason: 'majority' });
    } else if (base.counted.some((c) => c.date === d.date)) {
      base.ignored.push({ decision: d, reason: 'same-meeting' });
    } else {
      base.counted.push(d);
    }
  }
  if (p.status === 'adopted') return { ...base, stage: 'adopted' };
  if (p.status === 'withdrawn') return { ...base, stage: 'withdrawn' };
  if (base.counted.length >= required) return { ...base, stage: 'ready' };
  return { ...base, stage: base.counted.length === 0 ? 'awaiting-first' : 'awaiting-second' };
}

/** "Årsmöte 2025, § 12" */
export function decisionReference(d: Pick<Decision, 'meeting' | 'paragraph'>): string {
  const p = d.paragraph?.trim().replace(/^§\s*/u, '');
  return p ? `${d.meeting.trim()}, § ${p}` : d.meeting.trim();
}

export function majorityText(m: Majority): string {
  switch (m) {
    case 'simple':
      return 'enkel majoritet';
    case 'two-thirds':
      return 'minst två tredjedelar av de avgivna rösterna';
    case 'three-quarters':
      return 'minst tre fjärdedelar av de avgivna rösterna';
    case 'unanimous':
      return 'enhällighet';
  }
}

/** The rule in a sentence, for the comparison document. */
export function requirementText(r: Requirement): string {
  return r.meetings === 2
    ? `Ändringen kräver likalydande beslut vid två på varandra följande årsmöten, med ${majorityText(r.majority)} vid vart och ett av mötena.`
    : `Ändringen kräver beslut av årsmötet med ${majorityText(r.majority)}.`;
}
