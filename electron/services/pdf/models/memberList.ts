import { z } from 'zod';
import { isoDate, optionalText, text } from './common';

export const memberColumns = ['memberNumber', 'name', 'category', 'email', 'phone', 'city'] as const;
export type MemberColumn = (typeof memberColumns)[number];

export const memberListSchema = z.object({
  title: text(300),
  generated: isoDate,
  /** Which columns to print, in order. Default: number and name, plus every column that has data. */
  columns: z.array(z.enum(memberColumns)).min(1).max(memberColumns.length).optional(),
  members: z
    .array(
      z.object({
        memberNumber: z.union([z.string().trim().max(40), z.number().int()]).transform(String),
        name: text(300),
        category: optionalText(200),
        email: optionalText(300),
        phone: optionalText(50),
        city: optionalText(200),
      }),
    )
    .max(100_000),
});

export type MemberListModel = z.output<typeof memberListSchema>;
export type MemberListInput = z.input<typeof memberListSchema>;
