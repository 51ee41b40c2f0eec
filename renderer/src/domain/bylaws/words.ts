// Word-level diff of Swedish text. Tokens are whole words (letters of any script, including å, ä,
// ö, é and combining accents from decomposed text), single line breaks, runs of other whitespace,
// and single other characters, so the parts always join back to the exact input.
import { diffArrays } from 'diff';

export type WordOp = 'equal' | 'insert' | 'delete';
export type WordChange = { op: WordOp; text: string };

const TOKEN = /[\p{L}\p{M}\p{N}_]+|\r\n|[\r\n]|[^\S\r\n]+|[\s\S]/gu;
const BLANK = /^\s+$/u;
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The words of a text, lowercased and composed, for comparing sections by content. */
export function wordsOf(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(WORD) ?? []);
}

/**
 * Joining the `equal` and `delete` parts gives `before` exactly; joining `equal` and `insert`
 * gives `after`. Within a changed stretch the deletion comes before the insertion.
 */
export function diffWords(before: string, after: string): WordChange[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  const changes = diffArrays(tokenize(before), tokenize(after));
  const out: WordChange[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    // Whitespace that both sides of a replacement start or end with belongs to the text around it.
    const lead = del && ins ? commonWhitespace(del, ins, 1) : 0;
    const trail = del && ins ? commonWhitespace(del.slice(lead), ins.slice(lead), -1) : 0;
    if (lead) out.push({ op: 'equal', text: del.slice(0, lead) });
    if (del) out.push({ op: 'delete', text: del.slice(lead, del.length - trail) });
    if (ins) out.push({ op: 'insert', text: ins.slice(lead, ins.length - trail) });
    if (trail) out.push({ op: 'equal', text: del.slice(del.length - trail) });
    del = '';
    ins = '';
  };
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const text = change.value.join('');
    if (change.added) ins += text;
    else if (change.removed) del += text;
    else if ((del || ins) && BLANK.test(text) && i + 1 < changes.length) {
      // A lone space between two changes reads better inside the change than kept apart
      // ("fem ledamöter" -> "sju suppleanter", not "fem"/"sju", " ", "ledamöter"/"suppleanter").
      del += text;
      ins += text;
    } else {
      flush();
      out.push({ op: 'equal', text });
    }
  }
  flush();
  return joinAdjacent(out);
}

/** Length of the whitespace both strings start with (dir 1) or end with (dir -1). */
function commonWhitespace(a: string, b: string, dir: 1 | -1): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max) {
    const x = dir === 1 ? a[n]! : a[a.length - 1 - n]!;
    const y = dir === 1 ? b[n]! : b[b.length - 1 - n]!;
    if (x !== y || !BLANK.test(x)) break;
    n += 1;
  }
  return n;
}

function joinAdjacent(parts: WordChange[]): WordChange[] {
  const out: WordChange[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = out[out.length - 1];
    if (last && last.op === part.op) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
