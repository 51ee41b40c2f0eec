import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/pdf';
import { memberList, org } from './fixtures';
import { pdfInfo, pdfPages, pdfText, squash } from './pdftools';

describe('member list PDF', () => {
  it('lists every member in a table whose header row repeats on each page', async () => {
    const data = memberList(120);
    const bytes = await renderPdf({ kind: 'member-list', org, data });
    const pages = pdfText(bytes, { layout: true }).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      expect(squash(page)).toMatch(/Nr Namn Kategori E-post Telefon Ort/);
      expect(squash(page)).toContain(`Sida ${i + 1} av ${pages.length}`);
    });
    const text = squash(pages.join(' '));
    expect(text).toContain('Medlemsförteckning 2025');
    expect(text).toContain('120 medlemmar · utskriven 12 mars 2025');
    for (const m of data.members) {
      expect(text).toContain(`${m.memberNumber} ${m.name}`);
      expect(text).toContain(m.email!);
    }
    expect(text).toContain('Innehåller personuppgifter');
  });

  it('turns the page for six columns and keeps it upright for a few', async () => {
    const wide = await renderPdf({ kind: 'member-list', org, data: memberList(30) });
    expect(pdfInfo(wide)['Page size']).toContain('841.89 x 595.28');
    const narrow = await renderPdf({ kind: 'member-list', org, data: memberList(30, { columns: ['memberNumber', 'name', 'city'] }) });
    expect(pdfInfo(narrow)['Page size']).toContain('595.28 x 841.89');
    const text = squash(pdfText(narrow, { layout: true }));
    expect(text).toMatch(/Nr Namn Ort/);
    expect(text).not.toContain('E-post');
  });

  it('leaves out columns nobody has data for', async () => {
    const data = memberList(5);
    data.members = data.members.map(({ phone: _phone, category: _category, ...rest }) => rest);
    const text = squash(pdfText(await renderPdf({ kind: 'member-list', org, data }), { layout: true }));
    expect(text).toMatch(/Nr Namn E-post Ort/);
    expect(text).not.toContain('Telefon');
  });

  it('prints an empty register as a one-page list with its header', async () => {
    const bytes = await renderPdf({ kind: 'member-list', org, data: memberList(0) });
    const pages = pdfPages(bytes);
    expect(pages).toHaveLength(1);
    expect(squash(pages[0] ?? '')).toContain('0 medlemmar');
  });
});
