/**
 * IBM code page 437, which SIE calls "PC8". Swedish accounting programs still read SIE files in it,
 * so å ä ö must land on the old DOS bytes (å = 0x86, ä = 0x84, ö = 0x94).
 */

/** Characters for bytes 0x80–0xFF, in byte order. */
const HIGH_HALF =
  'ÇüéâäàåçêëèïîìÄÅ' +
  'ÉæÆôöòûùÿÖÜ¢£¥₧ƒ' +
  'áíóúñÑªº¿⌐¬½¼¡«»' +
  '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧' +
  '╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' +
  'αßΓπΣσµτΦΘΩδ∞φε∩' +
  '≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

const ENCODE = new Map<string, number>();
for (let i = 0; i < HIGH_HALF.length; i++) ENCODE.set(HIGH_HALF.charAt(i), 0x80 + i);

export const CP437_REPLACEMENT = 0x3f; // '?'

/**
 * Encodes `text` as CP437. ASCII passes through unchanged; a character CP437 lacks becomes '?'.
 * The text is NFC-normalised first so a decomposed "a" + ring still becomes å.
 */
export function encodeCp437(text: string): Uint8Array {
  const normalised = text.normalize('NFC');
  const out: number[] = [];
  for (const char of normalised) {
    const code = char.codePointAt(0) ?? CP437_REPLACEMENT;
    if (code < 0x80) out.push(code);
    else out.push(ENCODE.get(char) ?? CP437_REPLACEMENT);
  }
  return Uint8Array.from(out);
}

/** Decodes CP437 bytes; every byte maps to exactly one character, so this never fails. */
export function decodeCp437(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : HIGH_HALF.charAt(byte - 0x80);
  return text;
}

/** True when every character of `text` has a CP437 byte, i.e. nothing would turn into '?'. */
export function isCp437Encodable(text: string): boolean {
  for (const char of text.normalize('NFC')) {
    if ((char.codePointAt(0) ?? 0x80) >= 0x80 && !ENCODE.has(char)) return false;
  }
  return true;
}
