// The minutes' content as the adjusters sign it: built from the meeting, its agenda items and the
// minutes record, frozen at finalisation, hashed, and turned into the PDF model. Swedish
// practice that the PDF model has no field for (elections, "omedelbart justerad", co-opted
// members) is written into the paragraph in the words a Swedish protocol uses.
import type { AgendaItem, Approval, Meeting, Minutes, MinutesContent, Place, Presence } from './types';
import { kindName } from './format';

export function placeLine(p: Place): string {
  return [p.name.trim(), p.address?.trim(), p.url?.trim()].filter(Boolean).join(', ');
}

const clean = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** Bilagor numbered 1, 2, 3 … in list order, with the § of the paragraph each belongs to. */
export function numberAttachments(attachments: Minutes['attachments'], items: (AgendaItem & { id: string })[], firstNumber: number): MinutesContent['attachments'] {
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const list = (attachments ?? []).filter((a) => a.title.trim());
  if (list.length === 0) return undefined;
  return list.map((a, i) => {
    const at = a.itemId ? sorted.findIndex((item) => item.id === a.itemId) : -1;
    return { number: String(i + 1), title: a.title.trim(), paragraph: at >= 0 ? String(firstNumber + at) : undefined };
  });
}

export function buildContent(meeting: Meeting, items: (AgendaItem & { id?: string })[], minutes: Minutes, firstNumber: number): MinutesContent {
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const withIds = sorted.filter((i): i is AgendaItem & { id: string } => typeof i.id === 'string');
  return {
    meeting: {
      title: meeting.title.trim(),
      kind: meeting.kind,
      kindLabel: meeting.kind === 'other' ? clean(meeting.kindLabel) : undefined,
      date: meeting.date,
      startTime: clean(meeting.startTime),
      endTime: clean(meeting.endTime),
      places: meeting.places.map(placeLine).filter(Boolean),
    },
    revision: minutes.revision,
    chair: minutes.chair?.trim() ?? '',
    secretary: minutes.secretary?.trim() ?? '',
    adjusters: (minutes.adjusters ?? []).map((a) => a.trim()).filter(Boolean),
    attendees: (minutes.attendees ?? []).filter((a) => a.name.trim()).map((a) => ({ name: a.name.trim(), role: clean(a.role), presence: a.presence })),
    items: sorted.map((item, i) => ({
      number: String(firstNumber + i),
      title: item.title.trim(),
      notes: clean(item.notes),
      decisions: (item.decisions ?? []).map((d) => d.trim()).filter(Boolean),
      elections: (item.elections ?? []).filter((e) => e.name.trim() && e.role.trim()).map((e) => ({ role: e.role.trim(), name: e.name.trim(), term: clean(e.term) })),
      actions: (item.actions ?? []).filter((a) => a.text.trim()).map((a) => ({ text: a.text.trim(), assignee: clean(a.assignee), due: clean(a.due) })),
      immediate: Boolean(item.immediate),
    })),
    attachments: numberAttachments(minutes.attachments, withIds, firstNumber),
  };
}

/** "Till ordförande för tiden intill nästa årsmöte valdes Anna Svensson." */
export function electionSentence(e: { role: string; name: string; term?: string }): string {
  const term = e.term ? ` ${e.term}` : '';
  return `Till ${e.role.replace(/^till\s+/i, '')}${term} valdes ${e.name}.`;
}

export const IMMEDIATE_SENTENCE = 'Paragrafen förklarades omedelbart justerad.';

/** The PDF kinds the renderer knows by key; others are printed as given. */
function pdfKind(c: Pick<Meeting, 'kind' | 'kindLabel'>): string {
  // The renderer calls 'constituent' a constituting *board* meeting; ours may found an association.
  if (c.kind === 'constituent' || c.kind === 'other') return kindName(c.kind, 'sv', c.kindLabel);
  return c.kind;
}

/** The meeting as the notice PDF model wants it. */
export function meetingForPdf(m: Meeting) {
  return { title: m.title, kind: pdfKind(m), date: m.date, startTime: m.startTime, endTime: m.endTime, locations: m.places.map(placeLine).filter(Boolean) };
}

export type MinutesPdfModel = {
  meeting: { title: string; kind: string; date: string; startTime?: string; endTime?: string; locations: string[] };
  attendees: { name: string; role?: string; present: boolean; presence: Presence }[];
  chair: string;
  secretary: string;
  adjusters: string[];
  items: {
    number: string;
    title: string;
    notes?: string;
    decisions: string[];
    actions: { text: string; assignee?: string; due?: string }[];
    elections: { role: string; name: string; term?: string }[];
    immediate: boolean;
  }[];
  attachments: { number: string; title: string; paragraph?: string }[];
  approvals: Approval[];
  revision?: { number: number; replaces?: number; replacesAdjusted?: string; reason?: string; changes: string[] };
  status: string;
  contentHash?: string;
};

/** What the PDF prints beside the signed content: who approved and when, and for a correction what it replaces. */
export type PdfExtras = {
  approvals?: Approval[];
  correction?: { replacesAdjusted?: string; reason?: string; changes: string[] };
};

export function toPdfModel(c: MinutesContent, status: 'draft' | 'review' | 'adjusted', hash?: string, extras: PdfExtras = {}): MinutesPdfModel {
  return {
    meeting: { title: c.meeting.title, kind: pdfKind(c.meeting), date: c.meeting.date, startTime: c.meeting.startTime, endTime: c.meeting.endTime, locations: c.meeting.places },
    attendees: c.attendees.map((a) => ({ name: a.name, role: a.role, present: a.presence !== 'absent', presence: a.presence })),
    chair: c.chair || '–',
    secretary: c.secretary || '–',
    adjusters: c.adjusters,
    items: c.items.map((i) => ({ number: i.number, title: i.title, notes: i.notes, decisions: i.decisions, actions: i.actions, elections: i.elections, immediate: i.immediate })),
    attachments: c.attachments ?? [],
    approvals: extras.approvals ?? [],
    revision: c.revision > 1 ? { number: c.revision, replaces: c.revision - 1, ...extras.correction, changes: extras.correction?.changes ?? [] } : undefined,
    status,
    contentHash: status === 'adjusted' ? hash : undefined,
  };
}
