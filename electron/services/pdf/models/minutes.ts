import { z } from 'zod';
import { isoDate, itemNumber, LONG_TEXT, VERY_LONG_TEXT, optionalDate, optionalText, optionalTime, text } from './common';

export const meetingSchema = z.object({
  title: text(300),
  /** 'board' | 'annual' | 'extra' | 'member' | 'constituent', or a free text printed as given. */
  kind: text(100),
  date: isoDate,
  startTime: optionalTime,
  endTime: optionalTime,
  locations: z.array(text(300)).max(10).default([]),
});

export const minutesSchema = z.object({
  meeting: meetingSchema,
  attendees: z
    // `presence` (optional) refines `present`: co-opted people (adjungerade) are present without a vote.
    .array(z.object({ name: text(200), role: optionalText(200), present: z.boolean(), presence: z.enum(['present', 'absent', 'coopted']).optional() }))
    .max(500)
    .default([]),
  chair: text(200),
  secretary: text(200),
  adjusters: z.array(text(200)).max(10).default([]),
  items: z
    .array(
      z.object({
        number: itemNumber,
        title: text(300),
        notes: optionalText(VERY_LONG_TEXT),
        decisions: z.array(text(LONG_TEXT)).max(50).default([]),
        actions: z
          .array(z.object({ text: text(2000), assignee: optionalText(200), due: optionalDate }))
          .max(50)
          .default([]),
        /** Who was elected to what, and for how long: printed in the paragraph's decision. */
        elections: z
          .array(z.object({ role: text(300), name: text(300), term: optionalText(300) }))
          .max(100)
          .default([]),
        /** "Omedelbart justerad": the paragraph took effect before the minutes were adjusted. */
        immediate: z.boolean().default(false),
      }),
    )
    .max(500),
  /** Bilagor, numbered in order; `paragraph` is the § they belong to. */
  attachments: z
    .array(z.object({ number: itemNumber, title: text(300), paragraph: optionalText(20) }))
    .max(200)
    .default([]),
  /** Who approved (justerade) and when: printed under their signature lines. */
  approvals: z
    .array(z.object({ name: text(200), role: z.enum(['chair', 'adjuster']), date: isoDate }))
    .max(20)
    .default([]),
  /** A corrected revision: its number, the revision it replaces (and when that was adjusted), why, and what changed. */
  revision: z
    .object({
      number: z.number().int().min(1).max(1000),
      replaces: z.number().int().min(1).max(1000).optional(),
      replacesAdjusted: optionalDate,
      reason: optionalText(2000),
      changes: z.array(text(1000)).max(200).default([]),
    })
    .optional(),
  /** 'draft' | 'review' | 'adjusted' ('justerat' is accepted as well). */
  status: text(50),
  contentHash: z
    .union([z.literal(''), z.string().trim().regex(/^[0-9a-fA-F]{64}$/, { message: 'ska vara en SHA-256-summa (64 hexadecimala tecken)' })])
    .optional()
    .transform((s) => (s ? s.toLowerCase() : undefined)),
});

export type MinutesModel = z.output<typeof minutesSchema>;
export type MinutesInput = z.input<typeof minutesSchema>;

export function isAdjusted(status: string): boolean {
  return ['adjusted', 'justerat', 'justerad'].includes(status.toLowerCase());
}
