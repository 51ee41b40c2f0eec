// File names for invoices saved one by one, so the treasurer can attach each to an e-mail and
// see at a glance whose it is: "Faktura 20260042 Åkesson Bygg AB.pdf".

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** A name safe on Windows, macOS and Linux: no path characters, no trailing dot or space. */
export function safeFileName(name: string, maxLength = 100): string {
  const clean = name.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  return clean.slice(0, maxLength).replace(/[. ]+$/, '');
}

export type DocumentKind = 'invoice' | 'reminder' | 'credit';

const TITLE: Record<DocumentKind, string> = { invoice: 'Faktura', reminder: 'Påminnelse', credit: 'Kreditfaktura' };

export function invoiceFileName(kind: DocumentKind, number: string | number, memberName: string): string {
  const who = safeFileName(memberName, 60);
  return `${safeFileName(`${TITLE[kind]} ${number}${who ? ` ${who}` : ''}`)}.pdf`;
}

/** Makes every name in the list unique by adding " (2)", " (3)" … before the extension. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const key = name.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? name : name.replace(/(\.[^.]*)?$/, ` (${n})$1`);
  });
}
