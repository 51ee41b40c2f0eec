// Justering: the secretary finalises (the content is frozen and hashed), the chair and the
// adjusters approve with name and date, and when the last of them has approved the minutes are
// adjusted: locked for good. A correction after that is a new revision; the old one is kept.
import type { Approval, Minutes } from './types';

export type LockReason = 'finalised' | 'adjusted' | 'superseded';

/** Why the minutes (and the meeting's paragraphs) cannot be edited, or undefined if they can. */
export function lockReason(m: Pick<Minutes, 'status' | 'supersededBy'> | undefined): LockReason | undefined {
  if (!m) return undefined;
  if (m.supersededBy) return 'superseded';
  if (m.status === 'adjusted') return 'adjusted';
  if (m.status === 'finalised') return 'finalised';
  return undefined;
}

export class LockedError extends Error {
  constructor(readonly reason: LockReason) {
    super(
      reason === 'finalised'
        ? 'Protokollet är färdigställt för justering och kan inte ändras. Öppna det för redigering igen först.'
        : reason === 'adjusted'
          ? 'Protokollet är justerat och låst. Gör en rättelse (ny version) för att ändra det.'
          : 'Den här versionen av protokollet har ersatts av en rättad version och kan inte ändras.',
    );
  }
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');

/** Who has to sign: the chair, then each adjuster, with whether they have. */
export function signatories(m: Pick<Minutes, 'chair' | 'adjusters' | 'approvals'>): { name: string; role: Approval['role']; approval?: Approval }[] {
  const approvals = m.approvals ?? [];
  const people: { name: string; role: Approval['role'] }[] = [
    ...(m.chair?.trim() ? [{ name: m.chair.trim(), role: 'chair' as const }] : []),
    ...(m.adjusters ?? []).filter((a) => a.trim()).map((a) => ({ name: a.trim(), role: 'adjuster' as const })),
  ];
  return people.map((p) => ({ ...p, approval: approvals.find((a) => a.role === p.role && same(a.name, p.name)) }));
}

export type ApproveProblem = 'notFinalised' | 'unknownName' | 'alreadyApproved' | 'date' | 'dateBeforeMeeting';

/** Records one approval; returns the new approvals and whether the minutes are now adjusted. */
export function approve(
  m: Pick<Minutes, 'status' | 'chair' | 'adjusters' | 'approvals'>,
  meetingDate: string,
  input: { name: string; date: string },
): { ok: true; approvals: Approval[]; adjusted: boolean } | { ok: false; problem: ApproveProblem } {
  if (m.status !== 'finalised') return { ok: false, problem: 'notFinalised' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) return { ok: false, problem: 'date' };
  if (input.date < meetingDate) return { ok: false, problem: 'dateBeforeMeeting' };
  const who = signatories(m).find((s) => same(s.name, input.name));
  if (!who) return { ok: false, problem: 'unknownName' };
  if (who.approval) return { ok: false, problem: 'alreadyApproved' };
  const approvals = [...(m.approvals ?? []), { name: who.name, role: who.role, date: input.date }];
  const adjusted = signatories({ ...m, approvals }).every((s) => s.approval);
  return { ok: true, approvals, adjusted };
}
