import { describe, expect, it } from 'vitest';
import { cellText, detectFileKind, MAX_IMPORT_BYTES, sheetToGrid } from '../../../../renderer/src/domain/members/sheet';
import { parseMemberGrid } from '../../../../renderer/src/domain/members/csv';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('what kind of file was picked', () => {
  it('knows CSV and .xlsx by their content', () => {
    expect(detectFileKind(text('Namn;Ort\nA;B\n'), 'medlemmar.csv')).toEqual({ kind: 'csv' });
    expect(detectFileKind(bytes(0x50, 0x4b, 0x03, 0x04, 0, 0), 'medlemmar.xlsx')).toEqual({ kind: 'xlsx' });
  });

  it('refuses, with a reason, an empty file, a PDF, old .xls, a Word file, an image and a 50 MB file', () => {
    const message = (b: Uint8Array, name: string) => {
      const k = detectFileKind(b, name);
      return k.kind === 'refused' ? k.message : '';
    };
    expect(message(bytes(), 'tom.csv')).toBe('Filen tom.csv är tom – den innehåller inga rader alls');
    expect(message(text('%PDF-1.7'), 'lista.pdf')).toContain('är en PDF');
    expect(message(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1), 'gammal.xls')).toContain('Excels gamla format (.xls)');
    expect(message(bytes(0x50, 0x4b, 0x03, 0x04), 'brev.docx')).toContain('inte ett Excelark');
    expect(message(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), 'logo.png')).toContain('inte en textfil');
    const big = new Uint8Array(50 * 1024 * 1024);
    expect(big.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(message(big, 'stor.csv')).toContain('är 50 MB – större än 20 MB');
  });
});

describe('an Excel sheet read like a CSV', () => {
  it('turns dates, numbers and booleans into the text a CSV would have', () => {
    expect(cellText(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(cellText(5560360793)).toBe('5560360793');
    expect(cellText(1.5)).toBe('1,5');
    expect(cellText(true)).toBe('ja');
    expect(cellText(null)).toBe('');
  });

  it('reads members from the grid, an organisation number stored as a number included', () => {
    const grid = sheetToGrid([
      ['Medlemsnr', 'Företag', 'Org.nr', 'Inträdesdatum'],
      [101, 'Saab AB', 5560360793, new Date(Date.UTC(2015, 2, 1))],
      [null, null, null, null],
    ]);
    const parsed = parseMemberGrid(grid, undefined, { today: new Date(2025, 5, 15) });
    expect(parsed.rows).toEqual([
      { row: 2, problems: [], member: { kind: 'organisation', name: 'Saab AB', organisationNumber: '556036-0793', memberNumber: 101, joinedDate: '2015-03-01' } },
    ]);
  });
});
