import type { RevisionChange } from './revisions';

// The meeting model as stored (before stamping): meetings, their agenda items (which carry the
// minutes' per-§ text, so two officers writing different paragraphs never overwrite each other
// when syncing), the minutes record per revision, and registrations.

export const MEETING_KINDS = ['board', 'annual', 'extra', 'constituent', 'member', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Who the notice goes to. */
export type Invitees = 'board' | 'members' | 'chosen';

/** § numbering: from 1 in every meeting, or continuing through the association's fiscal year. */
export type Numbering = 'meeting' | 'year';

export type Place = { name: string; address?: string; url?: string };

export type Meeting = {
  kind: MeetingKind;
  /** The kind's name when kind is 'other' (e.g. "Framtidsdag"). */
  kindLabel?: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  startTime?: string;
  endTime?: string;
  places: Place[];
  invitees: Invitees;
  /** Names typed freely or chosen from the register, when invitees is 'chosen'. */
  invitedNames?: string[];
  registrationDeadline?: string;
  /** The notice's own words; a standard sentence is used when empty. */
  noticeText?: string;
  noticeSignature?: string;
  numbering: Numbering;
};

export type ActionItem = { id: string; text: string; assignee?: string; due?: string; done?: boolean };

/** "Till ordförande för tiden intill nästa årsmöte valdes Anna Svensson." */
export type Election = { id: string; role: string; name: string; term?: string };

export type AgendaItem = {
  meetingId: string;
  /** Sort key; moves renumber the whole list so the order stays plain integers. */
  order: number;
  title: string;
  /** The discussion (minutes). */
  notes?: string;
  decisions?: string[];
  actions?: ActionItem[];
  elections?: Election[];
  /** "Paragrafen förklarades omedelbart justerad." */
  immediate?: boolean;
};

/** A bilaga: its title and, optionally, the paragraph (agenda item) it belongs to. Numbered in list order. */
export type Attachment = { id: string; title: string; itemId?: string };

export type Presence = 'present' | 'absent' | 'coopted';
export type Attendee = { id: string; name: string; role?: string; presence: Presence; memberId?: string };

export type MinutesStatus = 'draft' | 'finalised' | 'adjusted';

export type Approval = { name: string; role: 'chair' | 'adjuster'; date: string };

export type Minutes = {
  meetingId: string;
  revision: number;
  status: MinutesStatus;
  chair?: string;
  secretary?: string;
  adjusters?: string[];
  attendees?: Attendee[];
  finalisedAt?: string;
  finalisedBy?: string;
  approvals?: Approval[];
  /** Bilagor, in the order they are numbered. */
  attachments?: Attachment[];
  /** The frozen content from finalisation on; its SHA-256 is contentHash. */
  content?: MinutesContent;
  contentHash?: string;
  /** A correction: the revision it replaces, why, and what changed (filled in on finalising). */
  previousId?: string;
  correctionReason?: string;
  changes?: RevisionChange[];
  supersededBy?: string;
};

/** Everything the adjusters sign: what is hashed and printed. */
export type MinutesContent = {
  meeting: {
    title: string;
    kind: MeetingKind;
    kindLabel?: string;
    date: string;
    startTime?: string;
    endTime?: string;
    places: string[];
  };
  revision: number;
  chair: string;
  secretary: string;
  adjusters: string[];
  attendees: { name: string; role?: string; presence: Presence }[];
  items: {
    number: string;
    title: string;
    notes?: string;
    decisions: string[];
    elections: { role: string; name: string; term?: string }[];
    actions: { text: string; assignee?: string; due?: string }[];
    immediate: boolean;
  }[];
  /** Bilagor; absent when there are none, so minutes adjusted before bilagor existed keep their hash. */
  attachments?: { number: string; title: string; paragraph?: string }[];
};

export type Registration = {
  meetingId: string;
  name: string;
  /** The member organisation the person represents (its vote), if any. */
  memberId?: string;
  organisation?: string;
  email?: string;
  /** Index into the meeting's places. */
  place?: number;
  lunch?: boolean;
  diet?: string;
  attended?: boolean;
  /** Holds the organisation's vote when several of its people attend. */
  delegate?: boolean;
};
