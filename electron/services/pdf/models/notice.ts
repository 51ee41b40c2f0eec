import { z } from 'zod';
import { itemNumber, LONG_TEXT, optionalDate, optionalText, text } from './common';
import { meetingSchema } from './minutes';

/** Kallelse: the meeting, its proposed agenda and how to register. */
export const noticeSchema = z.object({
  meeting: meetingSchema,
  agenda: z.array(z.object({ number: itemNumber, title: text(300) })).max(200).default([]),
  registrationDeadline: optionalDate,
  text: optionalText(LONG_TEXT),
  /** e.g. "Styrelsen" or "Anna Lindqvist, ordförande". */
  signature: optionalText(300),
  /** The day the notice is sent; printed under the title and used as the PDF's creation date. */
  date: optionalDate,
});

export type NoticeModel = z.output<typeof noticeSchema>;
export type NoticeInput = z.input<typeof noticeSchema>;
