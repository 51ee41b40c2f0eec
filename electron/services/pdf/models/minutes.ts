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
    .array(z.object({ name: text(200), role: optionalText(200), present: z.boolean() }))
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
      }),
    )
    .max(500),
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
