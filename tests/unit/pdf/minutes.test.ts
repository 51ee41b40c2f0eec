import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/pdf';
import { minutes, org, SAMPLE_HASH } from './fixtures';
import { pageCount, pdfFonts, pdfInfo, pdfPages, pdfText, squash } from './pdftools';

describe('minutes PDF', () => {
  it('carries what a reader of Swedish minutes looks for', async () => {
    const bytes = await renderPdf({ kind: 'minutes', org, data: minutes() });
    const text = squash(pdfText(bytes));
    for (const expected of [
      'IT-nätverket Norr',
      'Protokoll',
      'Styrelsemöte 3/2025',
      'tisdag 18 mars 2025',
      '18.00–20.15',
      'Kontoret, Storgatan 12, Umeå',
      'Närvarande',
      'Frånvarande',
      'Johan Åström, suppleant',
      '§ 1',
      'Mötets öppnande',
      '§ 11',
      'Beslut',
      'Styrelsen beslutar att utse Karin Öberg att jämte ordföranden justera dagens protokoll.',
      'Åtgärder',
      'Ansvarig: Erik Johansson, klart senast 24 mars 2025',
      'Vid protokollet',
      'Justeras',
      'Sekreterare',
      'Ordförande',
      'Justerare',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('embeds a font that carries å ä ö § – “ ”', async () => {
    const bytes = await renderPdf({ kind: 'minutes', org, data: minutes() });
    const text = squash(pdfText(bytes));
    expect(text).toContain('Temat blir “AI i offentlig sektor – möjligheter och fallgropar”.');
    expect(text).toContain('Älvdalens Molntjänster AB');
    expect(text).toMatch(/§ 6/);
    const fonts = pdfFonts(bytes);
    expect(fonts).toMatch(/DejaVuSans\s.*\byes\s+yes\s+yes/); // embedded, subset, with a Unicode map
    expect(fonts).toMatch(/DejaVuSans-Bold\s/);
  });

  it('prints the SHA-256 on every page of adjusted minutes', async () => {
    const bytes = await renderPdf({ kind: 'minutes', org, data: minutes() });
    const pages = pdfPages(bytes);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain(`SHA-256: ${SAMPLE_HASH}`);
  });

  it('prints no hash on minutes that are not adjusted, and says they are not', async () => {
    const bytes = await renderPdf({ kind: 'minutes', org, data: minutes({ status: 'draft' }) });
    const text = pdfText(bytes);
    expect(text).not.toContain('SHA-256');
    expect(text).not.toContain(SAMPLE_HASH);
    expect(text).toContain('Utkast – ej justerat');
    const noHash = pdfText(await renderPdf({ kind: 'minutes', org, data: minutes({ contentHash: undefined }) }));
    expect(noHash).not.toContain('SHA-256');
  });

  it('numbers the pages "Sida n av N" on a long document, and not on a one-page one', async () => {
    const bytes = await renderPdf({ kind: 'minutes', org, data: minutes() });
    const n = pageCount(bytes);
    const pages = pdfPages(bytes);
    pages.forEach((page, i) => expect(squash(page)).toContain(`Sida ${i + 1} av ${n}`));

    const short = minutes();
    short.items = short.items.slice(0, 2);
    short.attendees = (short.attendees ?? []).slice(0, 3);
    const one = await renderPdf({ kind: 'minutes', org, data: short });
    expect(pageCount(one)).toBe(1);
    expect(pdfText(one)).not.toContain('Sida ');
  });

  it('gives 2 pages "Sida 2 av 2" when the content just runs over', async () => {
    const m = minutes();
    // Keep adding paragraphs until the minutes need a second page, and stop there.
    let bytes = await renderPdf({ kind: 'minutes', org, data: { ...m, items: m.items.slice(0, 1) } });
    for (let k = 2; pageCount(bytes) < 2; k++) {
      bytes = await renderPdf({ kind: 'minutes', org, data: { ...m, items: m.items.slice(0, k) } });
    }
    expect(pageCount(bytes)).toBe(2);
    const text = squash(pdfText(bytes));
    expect(text).toContain('Sida 1 av 2');
    expect(text).toContain('Sida 2 av 2');
  });

  it('keeps every line inside the page and the signature block whole', async () => {
    const bytes = await renderPdf({ kind: 'minutes', org, data: minutes() });
    const pages = pdfPages(bytes);
    const last = squash(pages[pages.length - 1] ?? '');
    // The block "Vid protokollet … Justeras … Justerare" is never split between pages.
    expect(last).toContain('Vid protokollet');
    expect(last).toContain('Karin Öberg');
    expect(pdfInfo(bytes)['Page size']).toContain('595.28 x 841.89');
  });

  it('sets the PDF metadata from the model, so the same minutes give the same bytes', async () => {
    const a = await renderPdf({ kind: 'minutes', org, data: minutes() });
    const b = await renderPdf({ kind: 'minutes', org, data: minutes() });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const info = pdfInfo(a);
    expect(info.Title).toBe('Protokoll – Styrelsemöte 3/2025');
    expect(info.Author).toBe('IT-nätverket Norr');
    expect(info.CreationDate).toMatch(/^2025-03-18/);
  });
});
