import { z } from 'zod';
import { isoDate, LONG_TEXT, MAX_IMAGE_DATA_URL, optionalText, text } from './common';

export const pressBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: text(LONG_TEXT) }),
  z.object({ type: z.literal('heading'), text: text(300) }),
  z.object({ type: z.literal('quote'), text: text(LONG_TEXT), name: text(200), title: optionalText(200) }),
  z.object({ type: z.literal('image'), src: z.string().max(MAX_IMAGE_DATA_URL), caption: optionalText(1000) }),
]);

export const pressReleaseSchema = z.object({
  date: isoDate,
  /** Local time, YYYY-MM-DDTHH:MM: not to be published before then. */
  embargo: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'embargo ska vara ÅÅÅÅ-MM-DDTHH:MM')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  headline: text(300),
  lead: text(LONG_TEXT),
  body: z.array(pressBlockSchema).max(500).default([]),
  about: z.object({ heading: text(300), text: text(LONG_TEXT) }).optional(),
  contacts: z
    .array(z.object({ name: text(200), role: optionalText(200), phone: optionalText(50), email: optionalText(300) }))
    .max(20)
    .default([]),
});

export type PressBlock = z.output<typeof pressBlockSchema>;
export type PressReleaseModel = z.output<typeof pressReleaseSchema>;
export type PressReleaseInput = z.input<typeof pressReleaseSchema>;
