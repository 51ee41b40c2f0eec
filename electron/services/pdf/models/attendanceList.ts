import { z } from 'zod';
import { isoDate, itemNumber, optionalText, text } from './common';
import { meetingSchema } from './minutes';

/** Närvarolista för dörren: per place the registered people, and for a members' meeting the röstlängd. */
export const attendanceListSchema = z.object({
  meeting: meetingSchema,
  /** The day the list is printed (YYYY-MM-DD). */
  generated: isoDate,
  places: z
    .array(
      z.object({
        name: text(300),
        people: z
          .array(
            z.object({
              name: text(200),
              organisation: optionalText(300),
              lunch: z.boolean().default(false),
              diet: optionalText(300),
              /** Marked present already (a list printed during or after the meeting). */
              attended: z.boolean().default(false),
            }),
          )
          .max(5000),
      }),
    )
    .min(1)
    .max(10),
  /** One vote per member organisation; `preliminary` when drawn from registrations before anyone is marked present. */
  votingRegister: z
    .object({
      preliminary: z.boolean().default(false),
      voters: z.array(z.object({ number: itemNumber, organisation: text(300), representative: text(200) })).max(5000),
    })
    .optional(),
});

export type AttendanceListModel = z.output<typeof attendanceListSchema>;
export type AttendanceListInput = z.input<typeof attendanceListSchema>;
