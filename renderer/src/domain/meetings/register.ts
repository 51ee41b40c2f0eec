// The decision register and the action-item list across all meetings: every decision with its
// meeting and §, searchable; every action item with whether it is open, done or overdue.
import type { MeetingKind } from './types';

export type DecisionRow = { meetingId: string; meetingTitle: string; kind: MeetingKind; date: string; number: string; itemTitle: string; text: string; adjusted: boolean };
export type ActionRow = { meetingId: string; itemId: string; actionId: string; meetingTitle: string; date: string; number: string; text: string; assignee?: string; due?: string; done: boolean };

export type ActionStatus = 'open' | 'done' | 'overdue';

export function actionStatus(a: Pick<ActionRow, 'done' | 'due'>, today: string): ActionStatus {
  if (a.done) return 'done';
  return a.due && a.due < today ? 'overdue' : 'open';
}

const fold = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ');

/** Every word of the query must occur (in any order) in the decision, its § title or its meeting. */
export function searchDecisions(rows: DecisionRow[], query: string): DecisionRow[] {
  const words = fold(query).split(' ').filter(Boolean);
  const hits = words.length === 0 ? rows : rows.filter((r) => {
    const hay = fold(`${r.text} ${r.itemTitle} ${r.meetingTitle} § ${r.number} ${r.date}`);
    return words.every((w) => hay.includes(w));
  });
  return [...hits].sort((a, b) => b.date.localeCompare(a.date) || Number(a.number) - Number(b.number));
}

/** Open and overdue first (oldest due date first), then done. */
export function sortActions(rows: ActionRow[], today: string): ActionRow[] {
  const rank: Record<ActionStatus, number> = { overdue: 0, open: 1, done: 2 };
  return [...rows].sort((a, b) => rank[actionStatus(a, today)] - rank[actionStatus(b, today)] || (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.date.localeCompare(b.date));
}
