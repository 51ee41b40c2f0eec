import { z } from 'zod';
import { isoDate, LONG_TEXT, optionalText, text } from './common';

/** Registerutdrag (GDPR art. 15): everything held about one person, as label/value pairs. */
export const registerExtractSchema = z.object({
  generated: isoDate,
  subject: text(300),
  controller: z.object({ name: text(500), organisationNumber: optionalText(20), email: optionalText(300) }),
  purpose: text(2000),
  legalBasis: text(2000),
  retention: text(2000),
  fields: z.array(z.object({ label: text(200), value: z.string().max(LONG_TEXT) })).max(200),
  history: z
    .array(z.object({ at: text(40), by: optionalText(200), event: text(100), fields: optionalText(2000) }))
    .max(10_000)
    .default([]),
});

export type RegisterExtractModel = z.output<typeof registerExtractSchema>;
export type RegisterExtractInput = z.input<typeof registerExtractSchema>;
