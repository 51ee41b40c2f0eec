// Turning the bytes of an imported CSV into text. Excel in Swedish saves "CSV (semikolonavgränsad)"
// in Windows-1252; Excel's "CSV UTF-8", Google Sheets and Numbers save UTF-8 (Excel with a BOM).
// Valid UTF-8 is almost never produced by accident from Windows-1252 text with å, ä or ö in it
// (0xE5 0xE4 0xF6 would each have to be followed by continuation bytes), so "valid UTF-8, else
// Windows-1252" is a safe rule.

export type CsvEncoding = 'utf-8' | 'windows-1252';

export type DecodedCsv = { text: string; encoding: CsvEncoding };

// Bytes 0x80–0x9F, where Windows-1252 differs from ISO-8859-1 (WHATWG index-windows-1252).
// Decoded by hand because Node's TextDecoder gets this range wrong in some versions
// (nodejs/node#60888: "windows-1252" decoded as Latin-1, so 0x80 became U+0080 instead of €).
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** UTF-8 (a BOM is removed) when the bytes are valid UTF-8, otherwise Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  try {
    // fatal: invalid UTF-8 throws instead of turning into U+FFFD; the default ignoreBOM=false strips a BOM
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
