import { z } from 'zod';
import { isoDate, itemNumber, LONG_TEXT, optionalDate, optionalText, text } from './common';

/** The bylaws as adopted, with the history of decisions on the last page. */
export const cleanBylawsSchema = z.object({
  mode: z.literal('clean'),
  title: text(300),
  sections: z
    .array(z.object({ number: itemNumber, heading: text(300), text: z.string().max(LONG_TEXT).default(''), chapter: optionalText(300) }))
    .max(1000),
  history: z
    .array(z.object({ date: isoDate, decision: text(2000), meeting: optionalText(300) }))
    .max(200)
    .default([]),
  /** Used as the PDF's creation date; defaults to the latest history entry. */
  date: optionalDate,
});

const wordSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string().max(LONG_TEXT) });

/** Joining the kept and deleted words gives the current wording; kept and inserted, the proposed. */
function wordsMatch(c: { before?: string; after?: string; words?: { op: string; text: string }[] }): boolean {
  if (!c.words) return true;
  const join = (skip: string) => c.words!.filter((w) => w.op !== skip).map((w) => w.text).join('');
  return join('insert') === (c.before ?? '') && join('delete') === (c.after ?? '');
}

/** A proposed amendment: current and proposed wording side by side, per changed section. */
export const bylawsComparisonSchema = z.object({
  mode: z.literal('comparison'),
  title: text(300),
  proposal: text(LONG_TEXT),
  rationale: optionalText(LONG_TEXT),
  changes: z
    .array(
      z
        .object({
          number: itemNumber,
          heading: text(300),
          before: optionalText(LONG_TEXT),
          after: optionalText(LONG_TEXT),
          /** The word diff the app showed the board (diffBylaws' `words`), so the PDF marks the same words. */
          words: z.array(wordSchema).max(20000).optional(),
        })
        .refine((c) => c.before !== undefined || c.after !== undefined, {
          message: 'måste ha nuvarande eller föreslagen lydelse',
        })
        .refine(wordsMatch, { message: 'ordjämförelsen stämmer inte med nuvarande och föreslagen lydelse' }),
    )
    .min(1)
    .max(500),
  date: optionalDate,
});

export const bylawsSchema = z.discriminatedUnion('mode', [cleanBylawsSchema, bylawsComparisonSchema]);

export type CleanBylawsModel = z.output<typeof cleanBylawsSchema>;
export type BylawsComparisonModel = z.output<typeof bylawsComparisonSchema>;
export type BylawsModel = z.output<typeof bylawsSchema>;
export type BylawsInput = z.input<typeof bylawsSchema>;
