// Before a BgMax file is registered: what would be registered, and whether the treasurer must
// confirm first. A file with errors (truncated, totals that disagree, odd records) registers
// nothing until the treasurer has read the errors and asked for the valid payments only.
import { decodeBgMaxBytes } from './bgmax';
import type { MatchRow } from './matching';

export type ImportReview = {
  /** The payments that would be registered: every row not already read from an earlier file. */
  fresh: MatchRow[];
  count: number;
  sumOre: number;
  /** The file has errors: registering needs the treasurer's explicit "only the valid ones". */
  needsConfirmation: boolean;
};

export function reviewImport(rows: readonly MatchRow[], errors: readonly string[]): ImportReview {
  const fresh = rows.filter((r) => r.kind !== 'alreadyImported');
  return { fresh, count: fresh.length, sumOre: fresh.reduce((s, r) => s + r.entry.amountOre, 0), needsConfirmation: errors.length > 0 };
}

/** Whether registering may go ahead: nothing new, or errors not yet confirmed, says no. */
export function mayRegister(review: ImportReview, confirmedValidOnly: boolean): boolean {
  return review.count > 0 && (!review.needsConfirmation || confirmedValidOnly);
}

/**
 * The file's text, and a note when its encoding was not what Bankgirot writes (ISO 8859-1):
 * a file opened and saved again in a text editor may come back as UTF-16, which would otherwise
 * read as "not a BgMax file" with every other byte a zero.
 */
export function decodeBankFile(bytes: Uint8Array): { text: string; note?: string } {
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  // Without a byte-order mark, zero bytes in every other position of a text file mean UTF-16.
  let zerosEven = 0;
  let zerosOdd = 0;
  const sample = Math.min(bytes.length, 400);
  for (let i = 0; i < sample; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) zerosEven++;
    else zerosOdd++;
  }
  const guess = bom16 ?? (zerosOdd > sample / 4 ? 'utf-16le' : zerosEven > sample / 4 ? 'utf-16be' : undefined);
  if (guess) {
    const text = new TextDecoder(guess).decode(bytes).replace(/^\uFEFF/, '');
    return { text, note: `Filen är sparad som ${guess.toUpperCase()} och inte i Bankgirots teckenkodning (ISO 8859-1) – den har öppnats och sparats om efter nedladdningen. Kansli har läst om den; kontrollera betalarnas namn.` };
  }
  const text = decodeBgMaxBytes(bytes);
  const odd = text.split(/\r\n|\r|\n/).flatMap((line, i) => (line.includes('\uFFFD') ? [i + 1] : []));
  if (odd.length > 0) {
    const where = odd.length === 1 ? `Rad ${odd[0]}` : `Raderna ${odd.slice(0, 5).join(', ')}${odd.length > 5 ? ' …' : ''}`;
    return { text, note: `${where}: tecken som inte kunde läsas (�) – filen kan ha sparats om i en annan teckenkodning. Kontrollera betalarnas namn.` };
  }
  return { text };
}
