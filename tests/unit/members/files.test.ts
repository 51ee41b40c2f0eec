// Files in and out of the register: an .xlsx written by the export reads back through the import,
// a Windows-1252 CSV is recognised, and files that are no register are refused with a reason.
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { readImportFile } from '../../../renderer/src/features/members/importFile';
import { emailAddresses, xlsxRows } from '../../../renderer/src/features/members/exports';
import { parseMemberGrid } from '../../../renderer/src/domain/members/csv';
import { CATEGORIES, member } from '../domain/members/factory';

const TODAY = new Date(2025, 5, 15);

describe('Excel export and import', () => {
  it('reads back what it wrote: names with å ä ö, numbers, dates and the category', async () => {
    const list = [member(1, { name: 'Åre Öl & Data AB', joinedDate: '2024-02-29', tags: ['sponsor'] }), member(2)];
    const { header, rows } = xlsxRows(list, CATEGORIES);
    const blob = await writeXlsxFile([header, ...rows]).toBlob();
    const read = await readImportFile(new File([await blob.arrayBuffer()], 'Medlemmar.xlsx'));
    expect(read.ok && read.format).toBe('xlsx');
    if (!read.ok) return;
    const parsed = parseMemberGrid(read.grid, undefined, { today: TODAY });
    expect(parsed.rows.map((r) => r.problems)).toEqual([[], []]);
    expect(parsed.rows[0]!.member).toMatchObject({
      name: 'Åre Öl & Data AB', memberNumber: 2, organisationNumber: list[0]!.organisationNumber, joinedDate: '2024-02-29',
      category: CATEGORIES.find((c) => c.id === list[0]!.categoryId)!.name, tags: ['sponsor'], contactName: list[0]!.contacts![0]!.name,
    });
  });

  it('refuses a damaged .xlsx with a way out', async () => {
    const read = await readImportFile(new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], 'trasig.xlsx'));
    expect(read).toEqual({ ok: false, message: expect.stringContaining('trasig.xlsx gick inte att läsa som ett Excelark') });
  });
});

describe('CSV files', () => {
  it('recognises Windows-1252 and UTF-8 with BOM', async () => {
    const cp1252 = await readImportFile(new File([new Uint8Array([0x4e, 0x61, 0x6d, 0x6e, 0x0d, 0x0a, 0xc5, 0x73, 0x61, 0x0d, 0x0a])], 'a.csv'));
    expect(cp1252.ok && cp1252.format).toBe('windows-1252');
    expect(cp1252.ok && cp1252.grid.rows[1]).toEqual(['Åsa']);
    const bom = await readImportFile(new File(['\uFEFFNamn;Ort\r\nÅsa;Borås\r\n'], 'b.csv'));
    expect(bom.ok && bom.format).toBe('utf-8');
    expect(bom.ok && bom.grid.rows[0]).toEqual(['Namn', 'Ort']);
  });

  it('refuses a file with nothing but empty lines', async () => {
    expect(await readImportFile(new File(['\r\n;;\r\n'], 'tom.csv'))).toEqual({ ok: false, message: 'Filen tom.csv är tom – den innehåller inga rader alls' });
  });
});

describe('e-mail addresses for a BCC field', () => {
  it('takes the member’s address, else the first contact’s, without duplicates', () => {
    const list = [
      member(1, { email: 'info@a.se' }),
      member(2, { email: undefined, contacts: [{ id: 'x', name: 'K' }, { id: 'y', name: 'L', email: 'l@b.se' }] }),
      member(3, { email: 'INFO@a.se' }),
      member(4, { email: undefined, contacts: [] }),
    ];
    expect(emailAddresses(list)).toEqual(['info@a.se', 'l@b.se']);
  });
});
