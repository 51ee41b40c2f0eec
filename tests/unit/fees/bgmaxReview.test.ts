import { describe, expect, it } from 'vitest';
import { parseBgMaxFile } from '../../../renderer/src/domain/fees/bgmax';
import { decodeBankFile, mayRegister, reviewImport } from '../../../renderer/src/domain/fees/bgmaxReview';
import { matchBgMax } from '../../../renderer/src/domain/fees/matching';
import { writeBgMax } from '../domain/fees/bgmaxWriter';

const invoices = [
  { id: 'a', ocr: '202600018', amountOre: 120_000, status: 'open', invoiceNumber: 20260001, memberName: 'Åkesson Bygg AB' },
  { id: 'b', ocr: '202600026', amountOre: 30_000, status: 'open', invoiceNumber: 20260002, memberName: 'Anna Öberg' },
];
const sections = [
  { bankgiro: '50501055', paymentDate: '2026-03-02', payments: [{ reference: '202600018', amountOre: 120_000, payerName: 'ÅKESSON BYGG AB' }] },
  { bankgiro: '50501055', paymentDate: '2026-03-03', payments: [{ reference: '202600026', amountOre: 30_000, payerName: 'ANNA ÖBERG' }] },
];

function review(text: string, imported = new Set<string>()) {
  const decoded = decodeBankFile(new TextEncoder().encode(text));
  const file = parseBgMaxFile(decoded.text);
  const errors = decoded.note ? [decoded.note, ...file.errors] : file.errors;
  return { file, errors, review: reviewImport(matchBgMax(file.entries, invoices, new Map(), imported), errors) };
}

describe('registering a BgMax file', () => {
  it('goes ahead on one click when the file is whole', () => {
    const { review: r } = review(writeBgMax(sections));
    expect(r).toMatchObject({ count: 2, sumOre: 150_000, needsConfirmation: false });
    expect(mayRegister(r, false)).toBe(true);
  });

  it('registers nothing from a truncated file until the treasurer confirms the valid part', () => {
    // Cut in the second section, after its payment: its deposit record and the end record are gone.
    const lines = writeBgMax(sections).split('\n');
    const cut = lines.slice(0, lines.findIndex((l) => l.startsWith('15')) + 4).join('\n');
    const { review: r, errors } = review(cut);
    expect(errors.some((e) => /Slutposten \(70\) saknas/.test(e))).toBe(true);
    expect(errors).toContain('Rad 8: avsnittet som börjar på rad 6 avslutas aldrig med en insättningspost (15); dess betalning saknar betalningsdag och har inte lästs in.');
    expect(r).toMatchObject({ count: 1, sumOre: 120_000, needsConfirmation: true });
    expect(mayRegister(r, false)).toBe(false);
    expect(mayRegister(r, true)).toBe(true);
  });

  it('names the line of a closing record whose count is wrong, and asks for confirmation', () => {
    const { review: r, errors } = review(writeBgMax(sections, { endCounts: { payments: 3 } }));
    const endLine = writeBgMax(sections).trimEnd().split('\n').length;
    expect(errors).toContain(`Rad ${endLine}: slutposten anger 3 betalningsposter (20) men filen innehåller 2 – filen kan vara ofullständig.`);
    expect(mayRegister(r, false)).toBe(false);
  });

  it('never asks to register a file read before', () => {
    const text = writeBgMax(sections);
    const first = review(text).review;
    const again = review(text, new Set(first.fresh.map((x) => x.importKey))).review;
    expect(again.count).toBe(0);
    expect(mayRegister(again, true)).toBe(false);
  });

  it('reads a file saved again as UTF-16 and says so, so it must be confirmed', () => {
    const text = writeBgMax(sections);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    const decoded = decodeBankFile(utf16);
    expect(decoded.note).toMatch(/UTF-16LE/);
    const file = parseBgMaxFile(decoded.text);
    expect(file.entries.map((e) => e.payerName)).toEqual(['ÅKESSON BYGG AB', 'ANNA ÖBERG']);
    expect(reviewImport(matchBgMax(file.entries, invoices, new Map(), new Set()), [decoded.note!]).needsConfirmation).toBe(true);
  });

  it('reads Bankgirot’s own ISO 8859-1 without a note', () => {
    const latin1 = Uint8Array.from(writeBgMax(sections), (c) => c.charCodeAt(0));
    const decoded = decodeBankFile(latin1);
    expect(decoded.note).toBeUndefined();
    expect(parseBgMaxFile(decoded.text).entries[0]?.payerName).toBe('ÅKESSON BYGG AB');
  });

  it('names the lines where characters were lost in an earlier conversion', () => {
    const text = writeBgMax(sections).replace('ÅKESSON', '\uFFFDKESSON');
    const decoded = decodeBankFile(new TextEncoder().encode(text));
    const line = text.split('\n').findIndex((l) => l.includes('\uFFFD')) + 1;
    expect(decoded.note).toMatch(new RegExp(`^Rad ${line}: tecken som inte kunde läsas`));
  });
});
