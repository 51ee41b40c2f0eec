import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/pdf';
import { org, pressRelease } from './fixtures';
import { pdfImages, pdfInfo, pdfPages, pdfText, squash } from './pdftools';
import { dataUrl, photoPng } from './pngs';

describe('press release PDF', () => {
  it('reads top to bottom as a Swedish press release', async () => {
    const bytes = await renderPdf({ kind: 'press-release', org, data: pressRelease() });
    const text = squash(pdfText(bytes));
    const order = [
      'PRESSMEDDELANDE',
      '2 september 2025',
      'Rekordintresse för Norrland Digital – 600 deltagare till Umeå i oktober',
      'Höstens stora IT-konferens i norr är redan fullbokad.',
      'Konferensen arrangeras av IT-nätverket Norr',
      '”Vi ser att frågorna om AI har gått från att handla om teknik',
      '– Anna Lindqvist, ordförande i IT-nätverket Norr',
      'Tre spår och ett öppet forum',
      'Folkets Hus i Umeå, där Norrland Digital hålls den 9–10 oktober. Foto: IT-nätverket Norr',
      '“För oss som mindre kommun är det här det enda stället där vi träffar både leverantörer och andra kommuner på samma dag.”',
      '– Lars Öhman, IT-chef, Vindelns kommun',
      'Om IT-nätverket Norr',
      'För mer information, kontakta',
      'Anna Lindqvist, ordförande',
      'Telefon 070-123 45 67',
      'E-post press@itnorr.se',
    ];
    let at = -1;
    for (const phrase of order) {
      const found = text.indexOf(phrase, at + 1);
      expect(found, phrase).toBeGreaterThan(at);
      at = found;
    }
  });

  it('embeds the picture and the logo, each once', async () => {
    const bytes = await renderPdf({ kind: 'press-release', org, data: pressRelease() });
    const images = pdfImages(bytes);
    const objects = new Set(images.map((i) => i.object));
    expect(objects.size).toBe(2);
    const photo = images.find((i) => i.width === 480 && i.height === 270);
    expect(photo).toBeDefined();
    expect(images.filter((i) => i.width === 160)).toHaveLength(pdfPages(bytes).length); // the logo, on every page
  });

  it('skips a picture that is not a usable image instead of failing', async () => {
    const body = [
      { type: 'paragraph' as const, text: 'Före bilden.' },
      { type: 'image' as const, src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB', caption: 'Trasig bild' },
      { type: 'image' as const, src: '/etc/hostname', caption: 'Ingen sökväg' },
      { type: 'image' as const, src: dataUrl(photoPng(120, 80)), caption: 'Hel bild' },
      { type: 'paragraph' as const, text: 'Efter bilden.' },
    ];
    const bytes = await renderPdf({ kind: 'press-release', org: { ...org, logo: undefined }, data: pressRelease({ body }) });
    const text = squash(pdfText(bytes));
    expect(text).toContain('Före bilden.');
    expect(text).toContain('Efter bilden.');
    expect(text).toContain('Hel bild');
    expect(text).not.toContain('Trasig bild');
    expect(text).not.toContain('Ingen sökväg');
    expect(pdfImages(bytes)).toHaveLength(1);
  });

  it('puts "Sida n av N" on each page of a long release and titles the file with the headline', async () => {
    const body = Array.from({ length: 14 }, (_, i) => ({
      type: 'paragraph' as const,
      text: `Stycke ${i + 1}. Föreningens medlemmar har under året arrangerat frukostmöten, studiebesök och en välbesökt höstkonferens, och antalet medlemsföretag har ökat från 287 till 312. Styrelsen ser fram emot att fortsätta arbetet för kompetensförsörjning i regionen.`,
    }));
    const bytes = await renderPdf({ kind: 'press-release', org, data: pressRelease({ body }) });
    const pages = pdfPages(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => expect(squash(p)).toContain(`Sida ${i + 1} av ${pages.length}`));
    expect(squash(pages[pages.length - 1] ?? '')).toContain('För mer information, kontakta');
    const info = pdfInfo(bytes);
    expect(info.Title).toBe('Rekordintresse för Norrland Digital – 600 deltagare till Umeå i oktober');
    expect(info.CreationDate).toMatch(/^2025-09-02/);
  });
});
